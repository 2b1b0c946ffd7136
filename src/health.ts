import { type Client, Status } from "discord.js";
import type { Stores } from "./store/index.js";

export interface HealthReport {
  readonly ready: boolean;
  readonly gateway: "connected" | "disconnected";
  readonly store: "ok" | "failing";
}

/** Ready when the gateway is connected and the store answers; served at GET /healthz by the web server. */
export async function checkHealth(client: Client, stores: Stores): Promise<HealthReport> {
  const gateway = client.ws.status === Status.Ready ? "connected" : "disconnected";
  const store = await stores.ping().then(
    () => "ok" as const,
    () => "failing" as const,
  );
  return { ready: gateway === "connected" && store === "ok", gateway, store };
}
