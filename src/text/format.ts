import { escapeMarkdown } from "@discordjs/formatters";

/** Cuts text to at most `max` characters (code points kept whole), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = Array.from(text.slice(0, max - 1));
  const last = cut.at(-1);
  if (last !== undefined && /[\uD800-\uDBFF]/.test(last)) cut.pop();
  return `${cut.join("")}…`;
}

/** Shows something a person typed back to them safely: no control characters, no markdown, no pings, bounded. */
export function quoteInput(typed: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const printable = typed.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "");
  const shown = truncate(escapeMarkdown(printable).replace(/@/g, "@\u200b"), 60);
  return shown.length === 0 ? "(nothing)" : `“${shown}”`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}

const KB = 1024;
const MB = 1024 * 1024;

/** A file size in the unit that reads best: bytes, KB or MB (whole megabytes without a decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} bytes`;
  if (bytes < MB) return `${(bytes / KB).toFixed(1)} KB`;
  return `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB`;
}
