import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { TrustProxy } from "../config.js";
import type { HealthReport } from "../health.js";
import type { Logger } from "../logger.js";
import { registerHealthRoutes } from "./health.js";
import type { RequestLimiter } from "./requestLimiter.js";
import { webLogger } from "./requestLog.js";
import { installSecurityHeaders } from "./security.js";

export interface WebServerOptions {
  readonly logger: Logger;
  readonly trustProxy: TrustProxy;
  readonly health: () => Promise<HealthReport>;
  /** The per-client request counter protected route groups share (store-backed with Redis). */
  readonly limiter: RequestLimiter;
}

export interface WebServer {
  /** Routes are added here before `listen` (page groups through `registerProtectedGroup`). */
  readonly app: FastifyInstance;
  readonly limiter: RequestLimiter;
  /** Listens on every interface at the port; resolves with the port actually bound (for port 0). */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

/** A hop count becomes the function Fastify builds for one itself (its types take no number). */
function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === "number") return (_address, hop) => hop < trust;
  return [...trust];
}

const CLOSE_GRACE_MS = 2_000;

/** Bodies outside a protected group are small: nothing but route groups takes a body today. */
const DEFAULT_BODY_LIMIT = 16 * 1024;

/**
 * The bot's HTTP server: /healthz now, the member-facing pages later, each with the security headers.
 * Errors and unknown paths get a bare status, never Fastify's default bodies, which repeat the URL
 * (with its query string) and error messages.
 */
export function createWebServer(options: WebServerOptions): WebServer {
  const app = Fastify({
    // Typed as Fastify's base logger so the instance is the plain FastifyInstance route modules take.
    loggerInstance: webLogger(options.logger) as FastifyBaseLogger,
    // Forwarding headers are believed only from the proxies named; by default they are ignored.
    trustProxy: fastifyTrustProxy(options.trustProxy),
    bodyLimit: DEFAULT_BODY_LIMIT,
    // Request ids are generated, never taken from a client header.
    requestIdHeader: false,
    return503OnClosing: true,
  });
  installSecurityHeaders(app);
  app.setNotFoundHandler((_request, reply) => reply.code(404).send());
  app.setErrorHandler((error: { statusCode?: unknown }, request, reply) => {
    const status = typeof error.statusCode === "number" && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return reply.code(status).send();
  });
  registerHealthRoutes(app, options.health);

  return {
    app,
    limiter: options.limiter,
    async listen(port) {
      try {
        await app.listen({ port, host: "::" });
      } catch (error) {
        // A host without IPv6 (some containers): every IPv4 interface instead.
        const code = (error as { code?: unknown }).code;
        if (code !== "EAFNOSUPPORT" && code !== "EADDRNOTAVAIL") throw error;
        await app.listen({ port, host: "0.0.0.0" });
      }
      const address = app.server.address();
      return typeof address === "object" && address !== null ? address.port : port;
    },
    async close() {
      // Requests in flight may finish; a connection a browser opened ahead of time and never used
      // would hold the close open until Node's header timeout, so after a grace every socket goes.
      const grace = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
      try {
        await app.close();
      } finally {
        clearTimeout(grace);
      }
    },
  };
}
