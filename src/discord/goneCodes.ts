import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";

/** Discord errors that only mean the interaction or its reply can no longer be answered or edited. */
const GONE_CODES: ReadonlySet<number | string> = new Set([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.InvalidWebhookToken,
  RESTJSONErrorCodes.UnknownWebhook,
  RESTJSONErrorCodes.UnknownMessage,
]);

export function isInteractionGone(error: unknown): boolean {
  return error instanceof DiscordAPIError && GONE_CODES.has(error.code);
}

/** The same test on an error code alone, for errors of @discordjs/rest's ESM build (another class than discord.js's). */
export function isGoneCode(code: number | string): boolean {
  return GONE_CODES.has(code);
}

/** Discord's 30046: too many edits to a message older than an hour. */
export function isMaxEditsRefusal(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    error.code === RESTJSONErrorCodes.MaximumNumberOfEditsToMessagesOlderThanOneHourReached
  );
}
