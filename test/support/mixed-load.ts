import type { DiscordEmulator, InteractionHandle, MessageState } from "../emulators/discord/index.js";
import type { OpenCloudEmulator } from "../emulators/opencloud/index.js";
import { UNEXPECTED_ERROR } from "./outcomes.js";

/**
 * A mix of real traffic, shared by the load test (is every interaction answered correctly?) and the
 * load benchmark (how fast, how much memory?): 40 % /groups, 40 % /inventory, 20 % page turns, from a
 * number of users, spread evenly over a duration.
 */
export interface MixedLoad {
  readonly interactions: number;
  readonly users: number;
  readonly durationMs: number;
}

export type LoadKind = "groups" | "inventory" | "page";
export interface LoadResult {
  readonly kind: LoadKind;
  /** From dispatch to acknowledgement, as the emulator saw it (the benchmark reads it; tests do not). */
  readonly ackMs: number;
  readonly outcome: "answer" | "rate-limited" | "problem";
  readonly detail: string;
}

export const RATE_LIMITED = /Roblox is limiting how fast the bot may ask right now/;
const textOf = (m: MessageState) => `${m.content}\n${JSON.stringify(m.embeds)}`;
const sleep = (ms: number) => new Promise((settle) => setTimeout(settle, ms));

export async function runMixedLoad(
  emulators: { readonly discord: DiscordEmulator; readonly roblox: OpenCloudEmulator },
  load: MixedLoad,
): Promise<LoadResult[]> {
  const { discord, roblox } = emulators;
  const { manyGroupsUser, oneGroupUser, groupless, smallUser, richUser, emptyUser } = roblox.world.subjects;
  const groupSubjects = [manyGroupsUser, manyGroupsUser, oneGroupUser, groupless];
  const inventorySubjects = [smallUser, richUser, emptyUser, richUser];
  const inventoryOptions: Array<Record<string, unknown>> = [
    {},
    { badges: true },
    { asset_types: "Hat" },
    { asset_ids: "1,2,3" },
  ];
  const users = Array.from({ length: load.users }, (_, index) => ({
    id: `6000000000000${String(index).padStart(5, "0")}`,
    username: `loaduser${index}`,
  }));
  /** Each user's most recent list with buttons, for page turns. */
  const lists = new Map<string, string>();

  async function command(kind: "groups" | "inventory", index: number): Promise<LoadResult> {
    const user = users[index % load.users] ?? users[0]!;
    const subject =
      kind === "groups"
        ? groupSubjects[index % groupSubjects.length]!
        : inventorySubjects[index % inventorySubjects.length]!;
    const options =
      kind === "groups"
        ? { user: subject.userId }
        : { user: subject.userId, ...inventoryOptions[(index >> 2) % 4] };
    const handle = discord.runCommand({ name: kind, options, user });
    return settle(kind, handle, subject.userId, (message) => {
      if (message.components.length > 0) lists.set(user.id, message.id);
    });
  }

  async function pageTurn(index: number): Promise<LoadResult> {
    const user = users[index % load.users] ?? users[0]!;
    const messageId = lists.get(user.id);
    const message = messageId === undefined ? undefined : discord.messages.get(messageId);
    const buttons = (
      message?.components[0] as { components?: Array<{ custom_id: string; disabled?: boolean }> }
    )?.components;
    const target =
      buttons?.find((b) => !b.disabled && /:next$/.test(b.custom_id)) ?? buttons?.find((b) => !b.disabled);
    if (!message || !target) return command("groups", index);
    const handle = discord.click(message, target.custom_id, { user });
    return settle("page", handle, undefined);
  }

  async function settle(
    kind: LoadKind,
    handle: InteractionHandle,
    userId: string | undefined,
    onAnswer?: (message: MessageState) => void,
  ): Promise<LoadResult> {
    const ackMs = (await handle.ack(10_000)).elapsedMs;
    const done =
      kind === "page"
        ? await Promise.race([handle.reply(30_000), handle.waitFor((m) => m.role === "follow-up", 30_000)])
        : await handle.waitFor(
            (m) =>
              (m.role === "follow-up" || (!m.loading && !m.deleted)) &&
              (m.content !== "" || m.embeds.length > 0),
            30_000,
          );
    const text = textOf(done);
    if (RATE_LIMITED.test(text) && done.ephemeral)
      return { kind, ackMs, outcome: "rate-limited", detail: "" };
    const correct =
      done.embeds.length > 0 &&
      !UNEXPECTED_ERROR.test(text) &&
      (kind === "page" ? /Page \d+/.test(JSON.stringify(done.components)) : text.includes(userId ?? "?"));
    if (correct) onAnswer?.(done);
    return {
      kind,
      ackMs,
      outcome: correct ? "answer" : "problem",
      detail: correct ? "" : text.slice(0, 300),
    };
  }

  const started = Date.now();
  const running: Array<Promise<LoadResult>> = [];
  for (let index = 0; index < load.interactions; index++) {
    const due = started + (index * load.durationMs) / load.interactions;
    await sleep(Math.max(0, due - Date.now()));
    const roll = index % 10;
    running.push(
      (roll < 4 ? command("groups", index) : roll < 8 ? command("inventory", index) : pageTurn(index)).catch(
        (error: unknown): LoadResult => ({
          kind: "groups",
          ackMs: Number.NaN,
          outcome: "problem",
          detail: String(error),
        }),
      ),
    );
  }
  return Promise.all(running);
}

/** Every message text that shows a 429 or a rate-limit to a user in raw form. */
export function rawRateLimitTexts(discord: DiscordEmulator): string[] {
  return [...discord.messages.values()]
    .map(textOf)
    .filter((text) => /(?<![\w-])429(?![\w-])|Too Many Requests|rate.?limit/i.test(text));
}
