import { en } from "./i18n/translator.js";
import { type Message, type MessageKey, message, type ParamsArg } from "./i18n/types.js";

/**
 * An expected failure that the person who ran the command can understand and act on
 * (an unknown username, a private inventory, a file too large). It carries a catalogue message,
 * never a sentence: the edge renders it in the member's language. Its `message` is the en-US text, for logs.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  readonly text: Message;

  constructor(text: Message) {
    super(en.render(text));
    this.text = text;
  }
}

/** A UserError for a catalogue key; its parameters are checked against the key's placeholders. */
export function userError<K extends MessageKey>(key: K, ...params: ParamsArg<K>): UserError {
  return new UserError(message(key, ...params));
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
