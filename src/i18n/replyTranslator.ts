import { type ReplyAudience, replyLocale } from "./locales.js";
import { type Translator, translatorFor } from "./translator.js";

/**
 * The translator for an interaction's reply, from the interaction context: the member's language
 * when the reply is private (ephemeral), the server's when the whole channel sees it.
 */
export function replyTranslator(interaction: ReplyAudience): Translator {
  return translatorFor(replyLocale(interaction));
}
