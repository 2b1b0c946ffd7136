import type { FastifyInstance } from "fastify";
import type { HealthReport } from "../health.js";

/**
 * GET /healthz (and /readyz): 200 with the report when the bot is ready, 503 otherwise, 503 with no
 * body when the check itself fails. It reveals nothing else.
 */
export function registerHealthRoutes(app: FastifyInstance, check: () => Promise<HealthReport>): void {
  for (const url of ["/healthz", "/readyz"]) {
    app.get(url, { exposeHeadRoute: false }, async (_request, reply) => {
      let report: HealthReport;
      try {
        report = await check();
      } catch {
        return reply.code(503).send();
      }
      return reply
        .code(report.ready ? 200 : 503)
        .type("application/json")
        .send(JSON.stringify(report));
    });
  }
}
