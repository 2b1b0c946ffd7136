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
      rest,
    });
    if (context) await handle(context);
  };
}
