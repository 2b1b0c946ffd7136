import type { ServiceFailure } from "../errors.js";

/** What a user is told when a command failed while the bot's store (Redis) was unreachable. */
export const STORE_UNAVAILABLE_MESSAGE =
  "The bot cannot reach its storage right now, so it could not finish this. Try again in a minute.";

export const RESTARTING_MESSAGE = "The bot is restarting. Please try again in a moment.";

/** A button whose list or message is gone (expired, or from an older version of the bot). */
export const EXPIRED_COMPONENT_MESSAGE = "These buttons no longer work. Run the command again.";

export function unexpectedErrorMessage(interactionId: string): string {
  return `Something went wrong on our side. If it keeps happening, give the bot's owner this reference: ${interactionId}`;
}

function seconds(ms: number | undefined): string {
  const wait = Math.max(1, Math.ceil((ms ?? 30_000) / 1000));
  return wait === 1 ? "a second" : `${wait} seconds`;
}

/**
 * Plain words for failures that are not the bot's fault and not the asker's either: Roblox busy,
 * down or refusing the bot's key. Undefined for anything unexpected (a bug), which gets a reference instead.
 */
export function describeFailure(failure: ServiceFailure | undefined): string | undefined {
  switch (failure?.kind) {
    case "rate_limited":
      return `Roblox is limiting how fast the bot may ask right now. Try again in ${seconds(failure.retryAfterMs)}.`;
    case "unavailable":
      return "Roblox is not answering right now. Try again in a minute.";
    case "unauthenticated":
      return failure.ipNotAllowed
        ? "Roblox does not accept the bot's API key from the address the bot runs at. The bot's owner needs to add it to the key's Accepted IP Addresses on the Creator Dashboard (run `npm run doctor`)."
        : "Roblox refused the bot's API key. The bot's owner needs to check ROBLOX_API_KEY (run `npm run doctor`).";
    case "permission_denied":
      return failure.missingScope
        ? `The bot's Roblox API key lacks the \`${failure.missingScope}\` permission. The bot's owner can add it on the Roblox Creator Dashboard.`
        : "Roblox did not allow the bot to read that. It may be private, or the bot's API key may lack a permission.";
    default:
      return undefined;
  }
}
