import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";

/** How an interaction ended, as its invoker sees it. */
export type Outcome =
  | { readonly kind: "answer"; readonly message: MessageState; readonly text: string }
  | { readonly kind: "notice"; readonly message: MessageState; readonly text: string };

export const UNEXPECTED_ERROR = /Something went wrong on our side/;

const textOf = (message: MessageState) => `${message.content}\n${JSON.stringify(message.embeds)}`;

/**
 * Waits for the end of a command: an answer (the placeholder edited into embeds) or a private notice
 * (a plain ephemeral message, in place of a private placeholder or as a follow-up to a public one).
 */
export async function outcomeOf(handle: InteractionHandle, timeoutMs = 15_000): Promise<Outcome> {
  const message = await handle.waitFor(
    (m) =>
      (m.role === "follow-up" || (!m.loading && !m.deleted)) && (m.content !== "" || m.embeds.length > 0),
    timeoutMs,
  );
  const isNotice = message.embeds.length === 0 && message.content !== "";
  return { kind: isNotice ? "notice" : "answer", message, text: textOf(message) };
}

/** A notice is acceptable for hostile input only when it is private, plain and specific. */
export function noticeProblems(outcome: Outcome): string[] {
  if (outcome.kind !== "notice") return [];
  const problems: string[] = [];
  if (!outcome.message.ephemeral) problems.push("the notice is public");
  if (UNEXPECTED_ERROR.test(outcome.text)) problems.push(`an unexpected error: ${outcome.text}`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: echoed control characters are the problem
  if (/[\u0000-\u0009\u000b-\u001f]/.test(outcome.message.content))
    problems.push("control characters echoed");
  if (/@everyone|@here/.test(outcome.message.content)) problems.push("a mass mention echoed");
  return problems;
}
