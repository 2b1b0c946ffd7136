/**
 * An expected failure that the person who ran the command can understand and act on
 * (an unknown username, a private inventory, a file too large). Its message is shown to them as is,
 * so it must be plain words and never carry raw HTTP or store error text.
 */
export class UserError extends Error {
  override readonly name = "UserError";
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/**
 * A failure of an outside service that is neither the bot's fault nor the asker's: Roblox busy, down
 * or refusing the bot's key. Plain data, so the words for it need not know the HTTP client.
 */
export type ServiceFailure =
  | { readonly kind: "rate_limited"; readonly retryAfterMs: number | undefined }
  | { readonly kind: "unavailable" }
  | {
      readonly kind: "unauthenticated";
      /** Roblox refused the key from this address (the key's Accepted IP Addresses). */
      readonly ipNotAllowed: boolean;
    }
  | { readonly kind: "permission_denied"; readonly missingScope: string | undefined };
