import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { answered, pagerButtons, shownPage, textOf } from "../support/fault-helpers.js";
import { type Harness, startHarness } from "../support/harness.js";

/**
 * A callback Discord processed but whose answer was lost (5xx): @discordjs/rest retries it, and the
 * retry meets 40060 "already acknowledged". The interaction is acknowledged, so the bot carries on.
 */
let harness: Harness;
const subjects = seedWorld(1).subjects;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  harness?.discord.setRestFaults({});
  harness?.assertClean();
  await harness?.close();
});

let userCounter = 0;
const freshUser = () => ({ id: `32000000000000${String(++userCounter).padStart(4, "0")}` });
const CALLBACK = /^\/interactions\/\d+\/:token\/callback$/;

function callbackStatuses(interactionId: string): number[] {
  return harness.discord.requests
    .filter((r) => r.path.startsWith(`/interactions/${interactionId}/`))
    .map((r) => r.status);
}

describe("a retried acknowledgement", () => {
  it("a public defer processed, then answered 502: the retry's 40060 counts and the reply is edited", async () => {
    harness.discord.setRestFaults({ processedThen5xx: { count: 1, path: CALLBACK } });
    const handle = harness.discord.runCommand({
      name: "user",
      options: { user: subjects.richUser.userId },
      user: freshUser(),
    });
    expect((await handle.ack()).type).toBe(5);
    const message = await handle.waitFor(answered, 15_000);
    expect(message.ephemeral).toBe(false);
    expect(textOf(message)).toContain(subjects.richUser.userId);
    expect(callbackStatuses(handle.id)).toEqual([502, 400]);
  }, 30_000);

  it("a private defer processed, then answered 503: the private reply is still edited", async () => {
    harness.discord.setRestFaults({ processedThen5xx: { count: 1, status: 503, path: CALLBACK } });
    const handle = harness.discord.runCommand({ name: "uploads", user: freshUser() });
    const message = await handle.waitFor(answered, 15_000);
    expect(message.ephemeral).toBe(true);
    expect(callbackStatuses(handle.id)).toEqual([503, 400]);
  }, 30_000);

  it("a button's deferred update processed, then answered 502: the page still turns", async () => {
    const invoker = freshUser();
    const list = harness.discord.runCommand({
      name: "inventory",
      options: { user: subjects.richUser.userId },
      user: invoker,
    });
    const first = await list.waitFor(answered, 15_000);
    expect(shownPage(first)).toBe(1);
    harness.discord.setRestFaults({ processedThen5xx: { count: 1, path: CALLBACK } });
    const click = harness.discord.click(first, pagerButtons(first).next!.id, { user: invoker });
    expect((await click.ack()).type).toBe(6);
    const turned = await click.waitFor((m) => shownPage(m) === 2, 15_000);
    expect(turned.id).toBe(first.id);
    expect(callbackStatuses(click.id)).toEqual([502, 400]);
  }, 30_000);
});

describe("error notices after a public defer", () => {
  it("stay private even when the public placeholder cannot be deleted", async () => {
    harness.roblox.setFaults({ status5xx: { count: 1_000, status: 503 } });
    harness.discord.setRestFaults({
      status5xx: { count: 1_000, method: "DELETE", path: /\/messages\/@original$/ },
    });
    try {
      const handle = harness.discord.runCommand({
        name: "user",
        options: { user: subjects.smallUser.userId },
        user: freshUser(),
      });
      expect((await handle.ack()).type).toBe(5);
      const notice = await handle.waitFor((m) => m.content.includes("Roblox is not answering"), 30_000);
      expect(notice.ephemeral).toBe(true);
      const placeholder = handle.message()!;
      expect(placeholder.ephemeral).toBe(false);
      expect(placeholder.content).not.toContain("Roblox");
      expect(JSON.stringify(placeholder.editHistory)).not.toContain("Roblox");
    } finally {
      harness.roblox.setFaults({});
      harness.discord.setRestFaults({});
    }
  }, 40_000);
});

describe("old messages", () => {
  it("a list over an hour old that Discord will not edit again (30046) gets a clear private notice", async () => {
    const invoker = freshUser();
    const list = harness.discord.runCommand({
      name: "inventory",
      options: { user: subjects.richUser.userId },
      user: invoker,
    });
    const first = await list.waitFor(answered, 15_000);
    harness.discord.setOldMessageEditLimit({ limit: 1 });
    harness.discord.clock.advance(61 * 60_000);
    const allowed = harness.discord.click(first, pagerButtons(first).next!.id, { user: invoker });
    const second = await allowed.waitFor((m) => shownPage(m) === 2, 15_000);
    const refused = harness.discord.click(second, pagerButtons(second).next!.id, { user: invoker });
    const notice = await refused.waitFor((m) => m.role === "follow-up", 15_000);
    expect(notice.ephemeral).toBe(true);
    expect(notice.content).toContain("more than an hour old");
    expect(notice.content).not.toContain("Something went wrong");
    expect(shownPage(harness.discord.messages.get(first.id)!)).toBe(2);
  }, 30_000);
});
