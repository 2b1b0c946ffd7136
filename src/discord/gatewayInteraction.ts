import {
  type APIInteraction,
  type Client,
  DiscordAPIError,
  GatewayDispatchEvents,
  RESTJSONErrorCodes,
  Routes,
} from "discord.js";
import { interactionFromPayload } from "../interaction/fromPayload.js";
import type { InteractionTransport } from "../interaction/transport.js";
import type { InteractionContext } from "../interaction/types.js";

/**
 * @discordjs/rest retries a request after a 5xx or an aborted (timed-out) attempt, up to `retries`
 * (3) times (@discordjs/rest `src/lib/handlers/Shared.ts`). When Discord had processed the first try, the
 * retry of a callback is answered 40060 "Interaction has already been acknowledged" (discord-api-docs
 * topics/opcodes-and-status-codes). Only the router acknowledges, once, so on its first acknowledgement
 * 40060 means the acknowledgement happened.
 */
function acknowledgedEarlier(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged
  );
}

function gatewayTransport(client: Client, payload: APIInteraction): InteractionTransport {
  return {
    async callback(response) {
      await client.rest.post(Routes.interactionCallback(payload.id, payload.token), {
        body: response,
        auth: false,
      });
    },
    acknowledgedEarlier,
    rest: client.rest,
  };
}

/**
 * Hands every interaction the gateway delivers to `handle` as the bot's own context, built from the raw
 * INTERACTION_CREATE payload and answered over the client's REST (retries and rate limits included).
 */
export function onGatewayInteractions(client: Client, handle: (context: InteractionContext) => void): void {
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (payload: APIInteraction) => {
    const context = interactionFromPayload(payload, gatewayTransport(client, payload));
    if (context) handle(context);
  });
}
