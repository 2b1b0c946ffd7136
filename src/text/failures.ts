import type { ServiceFailure } from "../errors.js";
import { type Message, message } from "../i18n/types.js";

function seconds(ms: number | undefined): number {
  return Math.max(1, Math.ceil((ms ?? 30_000) / 1000));
}

/**
 * The words for failures that are not the bot's fault and not the asker's either: Roblox busy,
 * down or refusing the bot's key. Undefined for anything unexpected (a bug), which gets a reference instead.
 */
export function describeFailure(failure: ServiceFailure | undefined): Message | undefined {
  switch (failure?.kind) {
    case "rate_limited":
      return message("failure.rateLimited", { count: seconds(failure.retryAfterMs) });
    case "unavailable":
      return message("failure.unavailable");
    case "unauthenticated":
      return message(failure.ipNotAllowed ? "failure.ipNotAllowed" : "failure.keyRefused");
    case "permission_denied":
      return failure.missingScope
        ? message("failure.missingScope", { scope: failure.missingScope })
        : message("failure.permissionDenied");
    default:
      return undefined;
  }
}
