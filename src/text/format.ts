import { escapeMarkdown } from "@discordjs/formatters";
import { message, type NestedParam } from "../i18n/types.js";

/** Cuts text to at most `max` characters (code points kept whole), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = Array.from(text.slice(0, max - 1));
  const last = cut.at(-1);
  if (last !== undefined && /[\uD800-\uDBFF]/.test(last)) cut.pop();
  return `${cut.join("")}…`;
}

/**
 * Something a person typed, made safe to show back to them: no control characters, no markdown, no
 * pings, bounded. The catalogue's `quote.input` puts it in the locale's quotation marks.
 */
export function cleanInput(typed: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const printable = typed.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "");
  return truncate(escapeMarkdown(printable).replace(/@/g, "@\u200b"), 60);
}

/** What a person typed, as a message parameter: cleaned, in the locale's quotation marks. */
export function quoted(typed: string): NestedParam {
  return { message: message("quote.input", { text: cleanInput(typed) }) };
}
