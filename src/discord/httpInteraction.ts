import { setTimeout as delay } from "node:timers/promises";
import type { APIInteraction, APIInteractionResponse } from "@discordjs/core/http-only";
import { REST } from "@discordjs/rest";
import { interactionFromPayload } from "../interaction/fromPayload.js";
import type { InteractionRest } from "../interaction/transport.js";
import type { InteractionContext } from "../interaction/types.js";

/**
 * REST for what follows an HTTP interaction's first answer (edits, follow-ups, deletes of its webhook
 * messages): the token in the route is their only authorisation, so this client holds no bot token.
 */
export function createInteractionRest(discordApiUrl: string): InteractionRest {
  return new REST({ api: discordApiUrl, version: "10", timeout: 10_000, handlerSweepInterval: 60_000 });
}

/** Discord's answer to an interaction's webhook used before the interaction is acknowledged. */
const UNKNOWN_WEBHOOK = 10015;
/** Pauses before trying a webhook call again while the acknowledgement is still on its way (about 1.5 s). */
const SETTLE_PAUSES_MS = [25, 50, 100, 200, 400, 800];

/**
 * Over HTTP the acknowledgement reaches Discord when Discord has read the response, which a proxy in
 * between (nginx) may pass on after the handler's first webhook call has already arrived: Discord
 * answers that call 10015 Unknown Webhook, and did nothing. Until one webhook call has gone through,
 * such an answer is tried again after a short pause; after that, 10015 means what it says.
 */
function settlingRest(rest: InteractionRest): InteractionRest {
  let settled = false;
  async function attempt<T>(call: () => Promise<T>): Promise<T> {
    for (const pause of settled ? [] : SETTLE_PAUSES_MS) {
      try {
        const result = await call();
        settled = true;
        return result;
      } catch (error) {
        if ((error as { code?: unknown } | undefined)?.code !== UNKNOWN_WEBHOOK) throw error;
        await delay(pause);
      }
    }
    const result = await call();
    settled = true;
    return result;
  }
  return {
    post: (route, options) => attempt(() => rest.post(route, options)),
    patch: (route, options) => attempt(() => rest.patch(route, options)),
    delete: (route, options) => attempt(() => rest.delete(route, options)),
  };
}

/**
 * The HTTP adapter of the interaction context: the verified payload becomes the same context the gateway
 * builds, its first answer is the HTTP response (`respond`), and everything after goes over REST. There is
 * no retried callback over HTTP, so an error from the first answer never means Discord had it already.
 */
export function createHttpInteractionReceiver(
  rest: InteractionRest,
  handle: (context: InteractionContext) => Promise<void>,
): (payload: APIInteraction, respond: (response: APIInteractionResponse) => Promise<void>) => Promise<void> {
  return async (payload, respond) => {
    const context = interactionFromPayload(payload, {
      callback: respond,
      acknowledgedEarlier: () => false,
      rest: settlingRest(rest),
    });
    if (context) await handle(context);
  };
}
