import { setTimeout as sleep } from "node:timers/promises";
import type { MessageState } from "../emulators/discord/types.js";

/** Small readers and waits shared by the fault tests. */

export { sleep };

export async function until(check: () => boolean, timeoutMs: number, what = "a condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

export interface EmbedView {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: Array<{ name: string; value: string }>;
}

export const embedOf = (message: MessageState): EmbedView => (message.embeds[0] ?? {}) as EmbedView;
export const textOf = (message: MessageState): string => message.content + JSON.stringify(message.embeds);

/** The 1-based page number a pager message shows in its footer ("Page 7 · …"). */
export function shownPage(message: MessageState): number {
  return Number(/^Page (\d+)/.exec(embedOf(message).footer?.text ?? "")?.[1] ?? Number.NaN);
}

/** The pager buttons of a message by action (first, prev, label, next, last). */
export function pagerButtons(message: MessageState): Record<string, { id: string; disabled: boolean }> {
  const row = message.components[0] as
    | { components: Array<{ custom_id: string; disabled?: boolean }> }
    | undefined;
  return Object.fromEntries(
    (row?.components ?? []).map((b) => [
      b.custom_id.split(":").at(-1) ?? "",
      { id: b.custom_id, disabled: b.disabled ?? false },
    ]),
  );
}

/** Answers that must never reach a user: raw HTTP statuses, error class names, stack traces. */
export const RAW_ERROR =
  /\b(429|5\d\d)\b|Too Many Requests|OpenCloudError|ECONNRESET|UND_ERR|Error:|at .+\.(ts|js):\d+/;

/** A finished (not loading) message that says something. */
export const answered = (message: MessageState) =>
  !message.loading && (message.content.length > 0 || message.embeds.length > 0);

/** Parsed JSON log lines of the bot, with the raw line kept for the secret checks. */
export function parsedLogs(lines: readonly string[]): Array<Record<string, unknown>> {
  return lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

/** pino levels: 40 warn, 50 error, 60 fatal. */
export const LEVEL = { warn: 40, error: 50, fatal: 60 } as const;
