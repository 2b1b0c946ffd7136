import type { APIInteractionResponse } from "discord-api-types/v10";

/** The slice of a @discordjs/rest `REST` the context needs for the webhook routes (auth is the token). */
export interface InteractionRest {
  post(
    route: `/${string}`,
    options: { body?: unknown; auth?: boolean; query?: URLSearchParams },
  ): Promise<unknown>;
  patch(route: `/${string}`, options: { body?: unknown; auth?: boolean }): Promise<unknown>;
  delete(route: `/${string}`, options: { auth?: boolean }): Promise<unknown>;
}

/**
 * How one interaction is answered. The gateway posts the first answer to the callback route; an HTTP
 * interactions endpoint sends it as the response to Discord's request. Everything after the first
 * answer goes through the interaction's webhook over REST, either way.
 */
export interface InteractionTransport {
  /** Sends the interaction's one initial response. */
  callback(response: APIInteractionResponse): Promise<void>;
  /**
   * Whether an error `callback` threw says Discord had already acknowledged the interaction (40060): a
   * retried callback whose first try Discord processed. Only then does a defer count as done.
   */
  acknowledgedEarlier(error: unknown): boolean;
  readonly rest: InteractionRest;
}
