import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { type Harness, startHarness } from "../support/harness.js";
import { UNEXPECTED_ERROR } from "../support/outcomes.js";

const INTERACTIONS = 1_000;
const USERS = 50;
const DURATION_MS = 60_000;
const ACK_LIMIT_MS = 3_000;
const RATE_LIMITED = /Roblox is limiting how fast the bot may ask right now/;

let harness: Harness;
beforeAll(async () => {
  // The bot runs as its own process so its memory can be read; Roblox's rate limits are the real ones.
  harness = await startHarness({ childProcess: true, opencloud: { rateLimits: "spec" } });
}, 60_000);
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

/** The bot's process: this process's child running src/index.ts. */
function botPid(): number {
  const children = readdirSync(`/proc/${process.pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean),
  );
  const pid = children.find((child) =>
    readFileSync(`/proc/${child}/cmdline`, "utf8").includes("src/index.ts"),
  );
  if (pid === undefined) throw new Error("the bot's process was not found among this process's children");
  return Number(pid);
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  return Number(line?.[1] ?? 0) / 1024;
}

const sleep = (ms: number) => new Promise((settle) => setTimeout(settle, ms));
const textOf = (m: MessageState) => `${m.content}\n${JSON.stringify(m.embeds)}`;

type Kind = "groups" | "inventory" | "page";
interface Result {
  kind: Kind;
  ackMs: number;
  outcome: "answer" | "rate-limited" | "problem";
  detail: string;
}

describe("load", () => {
  it("serves 1,000 interactions from 50 users over 60 s within Discord's window and Roblox's limits", async () => {
    const { manyGroupsUser, oneGroupUser, groupless, smallUser, richUser, emptyUser } =
      harness.roblox.world.subjects;
    const groupSubjects = [manyGroupsUser, manyGroupsUser, oneGroupUser, groupless];
    const inventorySubjects = [smallUser, richUser, emptyUser, richUser];
    const inventoryOptions: Array<Record<string, unknown>> = [
      {},
      { badges: true },
      { asset_types: "Hat" },
      { asset_ids: "1,2,3" },
    ];
    const users = Array.from({ length: USERS }, (_, index) => ({
      id: `6000000000000${String(index).padStart(5, "0")}`,
      username: `loaduser${index}`,
    }));
    /** Each user's most recent list with buttons, for page turns. */
    const lists = new Map<string, string>();
    const pid = botPid();
    const startRss = rssMb(pid);
    let peakRss = startRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, rssMb(pid));
    }, 1_000);

    async function command(kind: "groups" | "inventory", index: number): Promise<Result> {
      const user = users[index % USERS] ?? users[0]!;
      const subject =
        kind === "groups"
          ? groupSubjects[index % groupSubjects.length]!
          : inventorySubjects[index % inventorySubjects.length]!;
      const options =
        kind === "groups"
          ? { user: subject.userId }
          : { user: subject.userId, ...inventoryOptions[(index >> 2) % 4] };
      const handle = harness.discord.runCommand({ name: kind, options, user });
      return settle(kind, handle, subject.userId, (message) => {
        if (message.components.length > 0) lists.set(user.id, message.id);
      });
    }

    async function pageTurn(index: number): Promise<Result> {
      const user = users[index % USERS] ?? users[0]!;
      const messageId = lists.get(user.id);
      const message = messageId === undefined ? undefined : harness.discord.messages.get(messageId);
      const buttons = (
        message?.components[0] as { components?: Array<{ custom_id: string; disabled?: boolean }> }
      )?.components;
      const target =
        buttons?.find((b) => !b.disabled && /:next$/.test(b.custom_id)) ?? buttons?.find((b) => !b.disabled);
      if (!message || !target) return command("groups", index);
      const handle = harness.discord.click(message, target.custom_id, { user });
      return settle("page", handle, undefined);
    }

    async function settle(
      kind: Kind,
      handle: InteractionHandle,
      userId: string | undefined,
      onAnswer?: (message: MessageState) => void,
    ): Promise<Result> {
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
    const running: Array<Promise<Result>> = [];
    for (let index = 0; index < INTERACTIONS; index++) {
      const due = started + (index * DURATION_MS) / INTERACTIONS;
      await sleep(Math.max(0, due - Date.now()));
      const roll = index % 10;
      running.push(
        (roll < 4
          ? command("groups", index)
          : roll < 8
            ? command("inventory", index)
            : pageTurn(index)
        ).catch(
          (error: unknown): Result => ({
            kind: "groups",
            ackMs: Number.NaN,
            outcome: "problem",
            detail: String(error),
          }),
        ),
      );
    }
    const results = await Promise.all(running);
    await sleep(5_000);
    clearInterval(sampler);
    const endRss = rssMb(pid);

    const tally: Record<string, number> = {};
    for (const result of results)
      tally[`${result.kind} ${result.outcome}`] = (tally[`${result.kind} ${result.outcome}`] ?? 0) + 1;
    const acks = results.map((result) => result.ackMs).sort((a, b) => a - b);
    const roblox429 =
      harness.roblox.countRequests() - harness.roblox.requests.filter((r) => r.status !== 429).length;
    console.info("load:", {
      tally,
      ackMs: {
        median: acks[Math.floor(acks.length / 2)],
        p99: acks[Math.floor(acks.length * 0.99)],
        max: acks.at(-1),
      },
      robloxRequests: harness.roblox.countRequests(),
      roblox429,
      rssMb: { start: Math.round(startRss), peak: Math.round(peakRss), end: Math.round(endRss) },
      seconds: Math.round((Date.now() - started) / 1000),
    });

    expect(results).toHaveLength(INTERACTIONS);
    expect(results.filter((result) => result.outcome === "problem").map((result) => result.detail)).toEqual(
      [],
    );
    expect(acks.filter((ms) => !(ms <= ACK_LIMIT_MS))).toEqual([]);
    for (const message of harness.discord.messages.values())
      expect(textOf(message)).not.toMatch(/(?<![\w-])429(?![\w-])|Too Many Requests|rate.?limit/i);
    expect(results.filter((result) => result.outcome === "answer").length).toBeGreaterThan(INTERACTIONS / 2);
    // Back near where it started, with room for the heap's own slack.
    expect(endRss).toBeLessThan(startRss + 40);
  }, 150_000);
});
