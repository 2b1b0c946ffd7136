import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/translator.js";

const RESTARTING_MESSAGE = en.t("failure.restarting");

import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { filterKeeps, parseInventoryFilter } from "../emulators/opencloud/inventoryFilter.js";
import { type BotProcess, spawnBot } from "../support/bot-process.js";
import { answered, embedOf, pagerButtons, shownPage, textOf, until } from "../support/fault-helpers.js";
import { type Harness, startHarness } from "../support/harness.js";

/** The bot's process killed or stopped while it works: SQLite keeps its state, SIGTERM drains. */
let harness: Harness;
const workDir = mkdtempSync(join(tmpdir(), "bot-faults-process-"));
beforeAll(async () => {
  harness = await startHarness({ childProcess: true, store: "sqlite" });
}, 60_000);
afterAll(async () => {
  harness?.roblox.setFaults({});
  harness?.assertClean();
  await harness?.close();
  rmSync(workDir, { recursive: true, force: true });
});

const INVOKER = { id: "320000000000000001", username: "pager" };
const world = () => harness.roblox.world;

/** The ID of the n-th item (0-based) another user's key sees in this inventory, as the page shows it. */
function visibleItemId(userId: string, index: number): string {
  const entry = world()
    .inventoryOf(userId)
    .filter((item) => filterKeeps(parseInventoryFilter(null), item, false))[index];
  if (!entry) throw new Error(`no item ${index}`);
  switch (entry.kind) {
    case "asset":
      return entry.assetId;
    case "badge":
      return entry.badgeId;
    case "gamePass":
      return entry.gamePassId;
    case "privateServer":
      return entry.privateServerId;
  }
}

async function click(message: MessageState, action: string): Promise<InteractionHandle> {
  const handle = harness.discord.click(message, pagerButtons(message)[action]!.id, { user: INVOKER });
  await handle.ack();
  return handle;
}

async function turn(message: MessageState, action: string): Promise<MessageState> {
  return (await click(message, action)).reply(15_000);
}

describe("process faults", () => {
  it("SIGKILL during a page turn: after a restart the list still pages correctly", async () => {
    const rich = world().subjects.richUser;
    const first = await harness.discord
      .runCommand({ name: "inventory", options: { user: rich.userId }, user: INVOKER })
      .waitFor(answered, 20_000);
    let message = first;
    for (let page = 2; page <= 10; page++) message = await turn(message, "next");
    expect(shownPage(message)).toBe(10);

    // Page 11 needs a Roblox read; make it slow and kill the bot while it waits.
    harness.roblox.clearRequests();
    harness.roblox.setFaults({ latencyMs: 5_000 });
    const dying = await click(message, "next");
    await until(() => harness.roblox.countRequests({ family: "inventory" }) === 1, 10_000, "the page read");
    await harness.killBot();
    harness.roblox.setFaults({});
    expect(shownPage(harness.discord.messages.get(message.id)!)).toBe(10);
    // The dying click changed nothing the user can see.
    expect(dying.followUps()).toEqual([]);

    await harness.startBot();
    const live = harness.discord.messages.get(message.id)!;
    message = await turn(live, "next");
    expect(shownPage(message)).toBe(11);
    expect(embedOf(message).description).toContain(visibleItemId(rich.userId, 100));
    message = await turn(message, "prev");
    expect(shownPage(message)).toBe(10);
    message = await turn(message, "next");
    message = await turn(message, "next");
    expect(shownPage(message)).toBe(12);
    expect(embedOf(message).description).toContain(visibleItemId(rich.userId, 110));
    message = await turn(message, "first");
    expect(shownPage(message)).toBe(1);
  }, 90_000);

  it("SIGTERM with work in flight: it finishes, a new command is told to wait, exit code 0", async () => {
    await harness.stopBot();
    let bot: BotProcess | undefined = spawnBot(harness.env, workDir);
    try {
      await bot.ready;
      harness.roblox.clearRequests();
      harness.roblox.setFaults({ latencyMs: 1_500 });
      const subject = world().subjects.manyGroupsUser;
      const inFlight = harness.discord.runCommand({
        name: "groups",
        options: { user: subject.userId },
        user: INVOKER,
      });
      expect((await inFlight.ack()).type).toBe(5);
      await until(() => harness.roblox.requests.length > 0, 10_000, "a Roblox request in flight");

      bot.child.kill("SIGTERM");
      await until(() => bot!.stdout.some((l) => l.includes("shutting down")), 10_000, "shutdown to start");
      const refused = harness.discord.runCommand({
        name: "user",
        options: { user: world().subjects.smallUser.userId },
        user: { id: "320000000000000002" },
      });
      const notice = await refused.waitFor((m) => m.content.length > 0, 5_000);
      expect(notice.ephemeral).toBe(true);
      expect(notice.content).toBe(RESTARTING_MESSAGE);

      const finished = await inFlight.waitFor(answered, 20_000);
      expect(finished.ephemeral).toBe(false);
      expect(embedOf(finished).title ?? "").toContain(subject.username);
      const exit = await bot.exited;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(bot.stdout.some((l) => l.includes("stopped before every interaction finished"))).toBe(false);
      bot = undefined;
    } finally {
      harness.roblox.setFaults({});
      if (bot) {
        bot.child.kill("SIGKILL");
        await bot.exited;
      }
    }

    // Back up again, it serves as before.
    await harness.startBot();
    const after = await harness.discord
      .runCommand({ name: "user", options: { user: world().subjects.admin.userId }, user: INVOKER })
      .waitFor(answered, 20_000);
    expect(textOf(after)).toContain(world().subjects.admin.userId);
  }, 90_000);
});
