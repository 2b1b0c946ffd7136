import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, spawnBot } from "../support/bot-process.js";
import { answered, LEVEL, parsedLogs, textOf, until } from "../support/fault-helpers.js";
import { type Harness, startHarness } from "../support/harness.js";
import { FAULT_USER_IDS } from "../support/process-faults.js";

/**
 * The process's last line of defence, with the bot as its own process and defects injected inside the
 * handling of an interaction (test/support/process-faults.ts): what must not end the process does not,
 * and what must end it is logged and exits 1 after letting work in flight finish.
 */
const PRELOAD = ["test/support/process-faults.ts"];
let harness: Harness;
const workDir = mkdtempSync(join(tmpdir(), "bot-process-guard-"));
beforeAll(async () => {
  harness = await startHarness({ childProcess: true, preload: PRELOAD });
}, 60_000);
afterAll(async () => {
  harness?.roblox.setFaults({});
  harness?.assertClean();
  await harness?.close();
  rmSync(workDir, { recursive: true, force: true });
});

let userCounter = 0;
const member = () => ({ id: `5200000000000${String(++userCounter).padStart(5, "0")}` });

async function lookUp(userId: string) {
  const handle = harness.discord.runCommand({ name: "user", options: { user: userId }, user: member() });
  return { handle, reply: await handle.waitFor(answered, 15_000) };
}

describe("process guard (bot in its own process)", () => {
  it.each([
    ["an 'error' event nobody listens to", FAULT_USER_IDS.strayErrorEvent, "unhandled 'error' event"],
    ["a promise rejection nobody handles", FAULT_USER_IDS.unhandledRejection, "unhandled promise rejection"],
  ])("%s is logged with the interaction's id, and the bot keeps serving", async (_, userId, logged) => {
    const { handle, reply } = await lookUp(userId);
    expect(textOf(reply)).toContain(userId);
    await until(
      () => parsedLogs(harness.logs).some((line) => String(line.msg).startsWith(logged)),
      5_000,
      "the guard's log line",
    );
    const line = parsedLogs(harness.logs).find((entry) => String(entry.msg).startsWith(logged));
    expect(line).toMatchObject({ level: LEVEL.error, interactionId: handle.id });
    const subject = harness.roblox.world.subjects.smallUser;
    const after = await lookUp(subject.userId);
    expect(textOf(after.reply)).toContain(subject.userId);
  });

  it("an uncaught exception is logged with the interaction's id; work in flight finishes; exit code 1", async () => {
    await harness.stopBot();
    let bot: BotProcess | undefined = spawnBot(harness.env, workDir, { preload: PRELOAD });
    try {
      await bot.ready;
      harness.roblox.clearRequests();
      harness.roblox.setFaults({ latencyMs: 400 });
      const subject = harness.roblox.world.subjects.manyGroupsUser;
      const inFlight = harness.discord.runCommand({
        name: "groups",
        options: { user: subject.userId },
        user: member(),
      });
      expect((await inFlight.ack()).type).toBe(5);
      await until(() => harness.roblox.requests.length > 0, 10_000, "a Roblox request in flight");

      const crashing = harness.discord.runCommand({
        name: "user",
        options: { user: FAULT_USER_IDS.uncaughtException },
        user: member(),
      });
      const exit = await Promise.race([
        bot.exited,
        new Promise<never>((_, fail) => setTimeout(() => fail(new Error("no exit within 8 s")), 8_000)),
      ]);
      expect(exit).toEqual({ code: 1, signal: null });
      const fatal = parsedLogs(bot.stdout).find((line) => line.level === LEVEL.fatal);
      expect(fatal).toMatchObject({ msg: "uncaught exception; stopping", interactionId: crashing.id });
      const finished = harness.discord.messages.get(inFlight.message()?.id ?? "");
      expect(finished && answered(finished)).toBe(true);
      expect(textOf(finished!)).toContain(subject.username);
      bot = undefined;
    } finally {
      harness.roblox.setFaults({});
      if (bot) {
        bot.child.kill("SIGKILL");
        await bot.exited;
      }
    }
    await harness.startBot();
    const after = await lookUp(harness.roblox.world.subjects.admin.userId);
    expect(textOf(after.reply)).toContain(harness.roblox.world.subjects.admin.userId);
  }, 60_000);
});
