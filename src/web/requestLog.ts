import type { FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "../logger.js";

/**
 * The path of a request without its query string. Query strings carry OAuth codes, states and error
 * descriptions, so no log line may hold one.
 */
export function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * Fastify logs `req` and `res` through these in place of its defaults (which log the full `url`, the
 * host and the client's address). A matched route is logged by its pattern (`/link/:id`), so ids in
 * paths stay out of the logs too; an unmatched request by its path alone.
 */
export const requestSerializers = {
  req(request: FastifyRequest) {
    const route = request.routeOptions?.url;
    return route === undefined
      ? { method: request.method, path: pathOf(request.url) }
      : { method: request.method, route };
  },
  res(reply: FastifyReply) {
    return { statusCode: reply.statusCode };
  },
};

/** The bot's logger (with its secret scrubbing) as the web server's, with the serializers above. */
export function webLogger(logger: Logger): Logger {
  return logger.child({ component: "web" }, { serializers: requestSerializers });
}
