import type { KeyObject } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { APIInteraction, APIInteractionResponse } from "@discordjs/core/http-only";
import type { FastifyInstance } from "fastify";
import type { Clock } from "../../clock.js";
import { verifyInteractionSignature } from "./signature.js";

/**
 * Discord publishes no size limit for an interaction; the largest real ones (a component press carries
 * the whole message, a command its resolved users, members, roles and attachments) stay far below this.
 */
export const INTERACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Discord waits 3 s for the acknowledgement (then the interaction is unknown): a handler that has not
 * answered by then never will in time, so the request is closed instead of being held open.
 */
const ANSWER_WINDOW_MS = 3_000;

/** Discord's PING, sent when the endpoint URL is saved (and from time to time after). */
const PING = 1;
const PONG = 1;

export interface InteractionsEndpoint {
  readonly publicKey: KeyObject;
  readonly clock: Clock;
  /**
   * True the first time a signature is seen within the signature window, in the store every instance
   * shares: a captured request sent again (to this instance or another) is refused.
   */
  firstSeen(signature: string): Promise<boolean>;
  /**
   * Runs one verified interaction. Its first answer goes to `respond`, which sends it as the HTTP
   * response and resolves once it is on its way; what comes after goes through the webhook.
   */
  receive(
    interaction: APIInteraction,
    respond: (response: APIInteractionResponse) => Promise<void>,
  ): Promise<void>;
}

/** A second answer, or one after the window closed: the request has been answered already. */
export class InteractionAnsweredError extends Error {
  override readonly name = "InteractionAnsweredError";
}

/**
 * POST /interactions: the signature is checked over the raw bytes before anything reads them, and a
 * request that fails it is answered 401 with nothing run. The body is JSON-parsed only once verified.
 */
export async function registerInteractionsRoute(
  app: FastifyInstance,
  endpoint: InteractionsEndpoint,
): Promise<void> {
  // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin (FastifyPluginAsync); the rule reads only the callback overload.
  await app.register(async (scope) => {
    // Only this route sees the body, and as bytes: a parser of any content type would run before the check.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    // Each interaction's own outcome is logged by the router; two request lines for each of thousands a
    // minute would only cost time on the acknowledgement path. Refusals (warn) are still logged.
    const routeOptions = { bodyLimit: INTERACTION_BODY_LIMIT, logLevel: "warn" } as const;
    scope.post("/interactions", routeOptions, async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const signature = headerOf(request.headers["x-signature-ed25519"]);
      const verdict = verifyInteractionSignature(
        endpoint.publicKey,
        signature,
        headerOf(request.headers["x-signature-timestamp"]),
        raw,
        endpoint.clock.now(),
      );
      if (verdict !== "valid") {
        request.log.warn({ verdict }, "refused an interaction request that failed its signature check");
        return reply.code(401).send();
      }
      if (!(await endpoint.firstSeen((signature ?? "").toLowerCase()))) {
        request.log.warn("refused a signed interaction request seen before (a replay)");
        return reply.code(401).send();
      }
      let interaction: APIInteraction;
      try {
        interaction = JSON.parse(raw.toString("utf8")) as APIInteraction;
      } catch {
        return reply.code(400).send();
      }
      if (typeof interaction !== "object" || interaction === null) return reply.code(400).send();
      if (interaction.type === PING) {
        return reply
          .code(200)
          .type("application/json")
          .send(JSON.stringify({ type: PONG }));
      }
      const response = await firstAnswer(endpoint, interaction, reply.raw);
      if (response === undefined) return reply.code(503).send();
      return reply.code(200).type("application/json").send(JSON.stringify(response));
    });
  });
}

/**
 * Runs the interaction until its first answer, the end of its handling or the window, whichever comes
 * first; undefined when there is no answer to send.
 */
function firstAnswer(
  endpoint: InteractionsEndpoint,
  interaction: APIInteraction,
  response: ServerResponse,
): Promise<APIInteractionResponse | undefined> {
  const sent = new Promise<void>((done) => {
    response.once("finish", done);
    response.once("close", done);
  });
  return new Promise((settle) => {
    let closed = false;
    const close = (answer: APIInteractionResponse | undefined) => {
      if (closed) return false;
      closed = true;
      clearTimeout(window);
      settle(answer);
      return true;
    };
    const window = setTimeout(() => close(undefined), ANSWER_WINDOW_MS);
    const respond = async (answer: APIInteractionResponse) => {
      if (!close(answer))
        throw new InteractionAnsweredError("the interaction's request was already answered");
      await sent;
    };
    endpoint.receive(interaction, respond).then(
      () => close(undefined),
      () => close(undefined),
    );
  });
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}
