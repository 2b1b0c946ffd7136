import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import {
  answered,
  embedOf,
  pagerButtons,
  RAW_ERROR,
  shownPage,
  sleep,
  textOf,
  until,
} from "../support/fault-helpers.js";
import { type Harness, startHarness } from "../support/harness.js";
import { PNG } from "./upload-files.js";

/**
 * Roblox misbehaving under the bot: 429 storms, 5xx bursts, reset connections, slow answers.
 * Each case shows the user a clear outcome in time, no raw error, and a normal command working after.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ store: "sqlite" });
});
afterAll(async () => {
  harness?.roblox.setFaults({});
  harness?.assertClean();
  await harness?.close();
});

const INVOKER = { id: "300000000000000077", username: "faulty" };
const world = () => harness.roblox.world;
const statusCount = (status: number, path: RegExp) =>
  harness.roblox.requests.filter((r) => r.status === status && path.test(r.path)).length;
const INVENTORY_PATH = /\/inventory-items$/;

function command(name: string, options: Record<string, unknown>): InteractionHandle {
  return harness.discord.runCommand({ name, options, user: INVOKER });
}

async function privateNotice(handle: InteractionHandle, timeoutMs = 20_000): Promise<string> {
  const notice = await handle.waitFor((m) => m.ephemeral && m.content.length > 0, timeoutMs);
  return notice.content;
}

async function click(message: MessageState, action: string): Promise<InteractionHandle> {
  const handle = harness.discord.click(message, pagerButtons(message)[action]!.id, { user: INVOKER });
  await handle.ack();
  return handle;
}

/** A normal command after a fault: the bot keeps serving. */
async function stillServes(): Promise<void> {
  const handle = command("user", { user: world().subjects.admin.userId });
  const message = await handle.waitFor(answered, 15_000);
  expect(JSON.stringify(message.embeds)).toContain(world().subjects.admin.userId);
}

describe("Roblox faults", () => {
  it("a 429 storm during /inventory paging: retried within limits, then a plain rate-limit message", async () => {
    const rich = world().subjects.richUser;
    const first = await command("inventory", { user: rich.userId }).waitFor(answered, 15_000);
    expect(shownPage(first)).toBe(1);
    let message = first;
    // Pages 2–10 come from the first read of 100; page 11 needs a second read.
    for (let page = 2; page <= 10; page++) {
      message = await (await click(message, "next")).reply();
      expect(shownPage(message)).toBe(page);
    }

    // A short storm is absorbed by the client's retries: the user sees the next page.
    harness.roblox.clearRequests();
    harness.roblox.setFaults({ storm429: { count: 2, retryAfterSeconds: 1, path: INVENTORY_PATH } });
    const absorbed = await (await click(message, "next")).reply(15_000);
    expect(shownPage(absorbed)).toBe(11);
    expect(statusCount(429, INVENTORY_PATH)).toBe(2);
    expect(statusCount(200, INVENTORY_PATH)).toBe(1);
    message = await (await click(absorbed, "prev")).reply();
    expect(shownPage(message)).toBe(10);
    for (let page = 11; page <= 20; page++) message = await (await click(message, "next")).reply();
    expect(shownPage(message)).toBe(20);

    // A storm longer than the retry budget: a bounded number of attempts, then plain words.
    harness.roblox.clearRequests();
    harness.roblox.setFaults({ storm429: { count: 50, retryAfterSeconds: 1, path: INVENTORY_PATH } });
    const stormed = await click(message, "next");
    const notice = await privateNotice(stormed);
    expect(notice).toMatch(/^Roblox is limiting how fast the bot may ask right now\. Try again in/);
    expect(notice).not.toMatch(RAW_ERROR);
    const attempts = statusCount(429, INVENTORY_PATH);
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(4);
    // The list was not moved: it still shows page 20 and its session still points there.
    const unchanged = harness.discord.messages.get(message.id)!;
    expect(shownPage(unchanged)).toBe(20);

    harness.roblox.setFaults({});
    const recovered = await (await click(unchanged, "next")).reply(15_000);
    expect(shownPage(recovered)).toBe(21);
    expect(embedOf(recovered).description).toContain("/");
    await stillServes();
  }, 60_000);

  it("5xx bursts: a short burst is retried away, a long one ends in plain words", async () => {
    const { oneGroupUser, manyGroupsUser } = world().subjects;
    const memberships = /\/groups\/-\/memberships$/;
    harness.roblox.clearRequests();
    harness.roblox.setFaults({ status5xx: { count: 2, status: 503, path: memberships } });
    const ok = await command("groups", { user: oneGroupUser.userId }).waitFor(answered, 15_000);
    expect(ok.ephemeral).toBe(false);
    expect(textOf(ok)).toContain(world().subjects.oneGroup.groupId);
    expect(statusCount(503, memberships)).toBe(2);

    harness.roblox.clearRequests();
    harness.roblox.setFaults({ status5xx: { count: 50, status: 500, path: memberships } });
    const handle = command("groups", { user: manyGroupsUser.userId });
    expect((await handle.ack()).type).toBe(5);
    const notice = await privateNotice(handle);
    expect(notice).toBe("Roblox is not answering right now. Try again in a minute.");
    const attempts = statusCount(500, memberships);
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(4);
    harness.roblox.setFaults({});
    // Nothing wrong was cached: the same question now gets its answer.
    const later = await command("groups", { user: manyGroupsUser.userId }).waitFor(answered, 15_000);
    expect(later.ephemeral).toBe(false);
    expect(embedOf(later).title ?? "").toContain(manyGroupsUser.username);
    await stillServes();
  }, 60_000);

  it("connection resets: retried for reads, then plain words; never a raw socket error", async () => {
    const users = /^\/cloud\/v2\/users\/\d+$/;
    const { smallUser, emptyUser } = world().subjects;
    harness.roblox.clearRequests();
    harness.roblox.setFaults({ dropConnections: { count: 2, path: users } });
    const ok = await command("user", { user: smallUser.userId }).waitFor(answered, 15_000);
    expect(JSON.stringify(ok.embeds)).toContain(smallUser.userId);
    expect(statusCount(0, users)).toBe(2);

    harness.roblox.clearRequests();
    harness.roblox.setFaults({ dropConnections: { count: 50, path: users } });
    const handle = command("user", { user: emptyUser.userId });
    const notice = await privateNotice(handle);
    expect(notice).toBe("Roblox is not answering right now. Try again in a minute.");
    expect(notice).not.toMatch(RAW_ERROR);
    const drops = statusCount(0, users);
    expect(drops).toBeGreaterThanOrEqual(2);
    expect(drops).toBeLessThanOrEqual(4);
    harness.roblox.setFaults({});
    await stillServes();
  }, 60_000);

  it("a slow Roblox (1 s a call): the command is deferred at once and the answer arrives", async () => {
    const slowpoke = world().addUser({ name: "SlowPoke" });
    world().addMembership(slowpoke.id, world().subjects.oneGroup.groupId);
    harness.roblox.setFaults({ latencyMs: 1_000 });
    harness.roblox.clearRequests();
    try {
      // By name: a username lookup, the memberships, the group and its role, each 1 s late.
      const handle = command("groups", { user: "SlowPoke" });
      const ack = await handle.ack();
      expect(ack.type).toBe(5);
      expect(ack.elapsedMs).toBeLessThan(3_000);
      const message = await handle.waitFor(answered, 30_000);
      expect(message.ephemeral).toBe(false);
      expect(embedOf(message).title ?? "").toContain("SlowPoke");
      expect(textOf(message)).toContain(world().subjects.oneGroup.groupId);
      expect(harness.roblox.requests.filter((r) => r.status >= 400 || r.status === 0)).toEqual([]);
    } finally {
      harness.roblox.setFaults({});
    }
    await stillServes();
  }, 60_000);

  it("no interaction died unanswered and nothing crashed", async () => {
    await until(() => harness.bot() !== undefined, 1_000);
    expect(harness.bot()?.client.isReady()).toBe(true);
    expect(harness.discord.violations).toEqual([]);
  });
});

describe("an upload whose Roblox operation does not finish in the reply's lifetime", () => {
  let uploads: Harness;
  beforeAll(async () => {
    // 6 pending polls: more than fit before the reply is handed over, few enough to finish in the test.
    uploads = await startHarness({
      opencloud: { operationPolls: 6 },
      env: ({ discord }) => ({
        ROBLOX_UPLOAD_CREATOR: `user:${seedWorld(1).subjects.admin.userId}`,
        UPLOAD_GUILD_IDS: seededGuildIds(discord),
      }),
    });
  });
  afterAll(async () => {
    uploads?.assertClean();
    await uploads?.close();
  });

  async function uploadsList(): Promise<string> {
    const handle = uploads.discord.runCommand({ name: "uploads", user: INVOKER });
    return textOf(await handle.waitFor(answered, 10_000));
  }

  it("ends the reply with the still-processing message; /uploads says pending, then the result", async () => {
    expect(uploads.config.roblox.uploadCreator).toBeDefined();
    const attachment = uploads.discord.addAttachment({ name: "eternal.png", data: PNG });
    const handle = uploads.discord.runCommand({
      name: "upload",
      options: { file: attachment },
      user: INVOKER,
    });
    expect((await handle.ack()).type).toBe(5);
    await handle.waitFor((m) => textOf(m).includes("Waiting for Roblox"), 15_000);
    // Jump to the end of the interaction token's 15 minutes while Roblox is still working.
    uploads.discord.clock.advance(14 * 60_000 + 30_000);
    const last = await handle.waitFor((m) => textOf(m).includes("still processing"), 20_000);
    expect(textOf(last)).toContain("/uploads");
    expect(await uploadsList()).toContain("Roblox is still processing it");

    let listed = "";
    for (let attempt = 0; attempt < 15 && !/approved/i.test(listed); attempt++) {
      listed = await uploadsList();
      if (!/approved/i.test(listed)) await sleep(2_000);
    }
    expect(listed).toMatch(/asset \d+, approved/);
    // One asset was created, however long the wait.
    expect(uploads.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" })).toBe(1);
  }, 60_000);
});
