import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { de } from "../../src/i18n/locales/de/index.js";
import { en } from "../../src/i18n/translator.js";
import { type Harness, startHarness } from "../support/harness.js";
import { type TestClock, testClock } from "../support/linking.js";

let harness: Harness;
let clock: TestClock;

beforeAll(async () => {
  clock = testClock();
  // No Roblox OAuth app, no web server: only the profile phrase links.
  harness = await startHarness({ store: "sqlite", clock, env: { LINK_METHODS: "profile-code" } });
});
afterAll(async () => {
  await harness?.close();
});

type User = { id: string; username: string };

async function linkByPhrase(user: User, robloxUserId: string, locale: string): Promise<void> {
  const reply = await harness.discord
    .runCommand({ name: "link", user, locale, options: { method: "profile", account: robloxUserId } })
    .reply();
  const phrase = /`([a-z ]+)`/.exec(reply.content)?.[1] ?? "";
  expect(phrase.split(" ")).toHaveLength(6);
  harness.roblox.world.setAbout(robloxUserId, `hello ${phrase}`);
  clock.advance(11_000);
  const linked = await harness.discord
    .click(reply, "lk:v1:check", { user })
    .waitFor((m) => m.components.length === 0 && m.content !== reply.content, 10_000);
  expect(linked.content).toContain(robloxUserId);
}

describe("profile-phrase linking without a Roblox OAuth app", () => {
  const alice = { id: "480000000000000001", username: "alice" };
  const bob = { id: "480000000000000002", username: "bob" };

  it("links by the phrase, refuses sign-in with Roblox, and /user answers for the link", async () => {
    expect(harness.config.linking?.oauth).toBeUndefined();
    const roblox = harness.roblox.world.subjects.oneGroupUser;
    const oauth = await harness.discord
      .runCommand({ name: "link", user: alice, options: { method: "oauth" } })
      .waitFor((m) => !m.loading && m.content !== "", 10_000);
    expect(oauth.content).toBe(en.t("link.reply.methodOff"));

    await linkByPhrase(alice, roblox.userId, "de");
    const mine = await harness.discord.runCommand({ name: "user", user: alice }).reply();
    expect(JSON.stringify(mine.embeds)).toContain(roblox.username);
  });

  it("moves the account to a new owner and tells the previous one in the language they linked in", async () => {
    const roblox = harness.roblox.world.subjects.oneGroupUser;
    await linkByPhrase(bob, roblox.userId, "en-US");
    await expect.poll(() => harness.discord.directMessages.of(alice.id).length).toBe(1);
    const [dm] = harness.discord.directMessages.of(alice.id);
    const germanStart = de["link.moved.dm"].split("{{")[0] ?? "";
    expect(germanStart.length).toBeGreaterThan(5);
    expect(dm?.content.startsWith(germanStart)).toBe(true);
    expect(await harness.bot()?.context.services.links?.linkOf(alice.id)).toBeUndefined();
  });
});
