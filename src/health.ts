import { createServer, type Server } from "node:http";
import { type Client, Status } from "discord.js";
import type { Logger } from "./logger.js";
import type { Stores } from "./store/index.js";

export interface HealthReport {
  readonly ready: boolean;
  readonly gateway: "connected" | "disconnected";
  readonly store: "ok" | "failing";
}

export async function checkHealth(client: Client, stores: Stores): Promise<HealthReport> {
  const gateway = client.ws.status === Status.Ready ? "connected" : "disconnected";
  const store = await stores.ping().then(
    () => "ok" as const,
    () => "failing" as const,
  );
  return { ready: gateway === "connected" && store === "ok", gateway, store };
}

/**
 * A small HTTP listener for container health checks: GET /healthz answers 200 when the gateway is
 * connected and the store answers, 503 otherwise. It reveals nothing else.
 */
export async function startHealthServer(
  port: number,
  client: Client,
  stores: Stores,
  logger: Logger,
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== "GET" || (request.url !== "/healthz" && request.url !== "/readyz")) {
      response.writeHead(404).end();
      return;
    }
    checkHealth(client, stores).then(
      (report) => {
        response.writeHead(report.ready ? 200 : 503, { "content-type": "application/json" });
        response.end(JSON.stringify(report));
      },
      () => response.writeHead(503).end(),
    );
  });
  await new Promise<void>((listening, failed) => {
    server.once("error", failed);
    server.listen(port, listening);
  });
  logger.info({ port }, "health endpoint listening");
  return server;
}
