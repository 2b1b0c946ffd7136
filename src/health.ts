import { type Client, Status } from "discord.js";
import type { Stores } from "./store/index.js";

/** What GET /healthz reports: `ready` decides 200 or 503; the rest says which part is not. */
export type HealthReport = GatewayHealthReport | HttpHealthReport;

export interface GatewayHealthReport {
  readonly ready: boolean;
  readonly gateway: "connected" | "disconnected";
  readonly store: "ok" | "failing";
}

/** An instance taking interactions over HTTP holds no gateway connection. */
export interface HttpHealthReport {
  readonly ready: boolean;
  readonly interactions: "http";
  readonly store: "ok" | "failing";
  readonly publicKey: "loaded" | "missing";
  readonly router: "ready" | "starting";
}

async function storeState(stores: Stores): Promise<"ok" | "failing"> {
  return stores.ping().then(
    () => "ok" as const,
    () => "failing" as const,
  );
}

/** Ready when the gateway is connected and the store answers; served at GET /healthz by the web server. */
export async function checkHealth(client: Client, stores: Stores): Promise<GatewayHealthReport> {
  const gateway = client.ws.status === Status.Ready ? "connected" : "disconnected";
  const store = await storeState(stores);
  return { ready: gateway === "connected" && store === "ok", gateway, store };
}

/** Ready when the store answers, the public key that verifies requests is loaded and the router takes them. */
export async function checkHttpHealth(
  stores: Stores,
  state: { readonly publicKeyLoaded: boolean; readonly routerReady: boolean },
): Promise<HttpHealthReport> {
  const store = await storeState(stores);
  const publicKey = state.publicKeyLoaded ? "loaded" : "missing";
  const router = state.routerReady ? "ready" : "starting";
  return {
    ready: store === "ok" && publicKey === "loaded" && router === "ready",
    interactions: "http",
    store,
    publicKey,
    router,
  };
}
