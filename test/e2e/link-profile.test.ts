import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/translator.js";
import type { MessageState } from "../emulators/discord/types.js";
import {
  buttonUrl,
  csrfOf,
  HttpClient,
  type LinkingHarness,
  runLink,
  startLinkingHarness,
} from "../support/linking.js";

let linking: LinkingHarness;

beforeAll(async () => {
  linking = await startLinkingHarness();
});
afterAll(async () => {
  await linking?.harness.close();
});

const CHECK_ID = "lk:v1:check";

function phraseOf(reply: MessageState): string {
  const phrase = /`([a-z ]+)`/.exec(reply.content)?.[1];
  if (phrase === undefined) throw new Error(`no phrase in ${reply.content}`);
  return phrase;
}

async function startProfileLink(user: { id: string; username: string }, account: string) {
  const reply = await linking.harness.discord
    .runCommand({ name: "link", user, options: { method: "profile", account } })
    .reply();
  expect(reply.ephemeral).toBe(true);
  return reply;
}

/** Presses "I've added it" and returns the private notice, or the edited /link reply when it linked. */
async function press(reply: MessageState, user: { id: string; username: string }): Promise<MessageState> {
  const handle = linking.harness.discord.click(reply, CHECK_ID, { user });
  return handle.waitFor((m) => m.ephemeral && m.content !== "" && m.content !== reply.content, 10_000);
}

const linkOf = (discordUserId: string) =>
  linking.harness.bot()?.context.services.linking?.linkOf(discordUserId);

describe("linking by a phrase on the Roblox profile", () => {
  const alice = { id: "430000000000000001", username: "alice" };
  const bob = { id: "430000000000000002", username: "bob" };
  const carol = { id: "430000000000000003", username: "carol" };

  it("refuses a profile without the phrase, limits the checks, and links once the phrase is there", async () => {
    const roblox = linking.harness.roblox.world.subjects.smallUser;
    const reply = await startProfileLink(alice, roblox.username);
    const phrase = phraseOf(reply);
    expect(phrase.split(" ")).toHaveLength(6);
    expect(reply.content).toContain(roblox.userId);

    // The bot's profile cache now holds the About without the phrase; the check must not read it.
    await linking.harness.discord.runCommand({ name: "user", options: { user: roblox.userId } }).reply();
    // Another phrase (say, one from an earlier /link) is the wrong phrase.
    linking.harness.roblox.world.setAbout(roblox.userId, "amber anchor apple arrow basil beacon");
    const wrong = await press(reply, alice);
    expect(wrong.content).toBe(en.t("link.profile.notFound", { account: roblox.userId }));
    expect(await linkOf(alice.id)).toBeUndefined();

    linking.harness.roblox.world.setAbout(roblox.userId, `Hello! ${phrase}`);
    const tooSoon = await press(reply, alice);
    expect(tooSoon.content).toBe(en.t("link.profile.tooSoon"));
    expect(await linkOf(alice.id)).toBeUndefined();

    linking.clock.advance(11_000);
    const linked = await press(reply, alice);
    expect(linked.content).toMatch(/^Linked as .*\(profile phrase\).*remove the phrase/s);
    expect(linked.content).toContain(roblox.userId);
    expect(linked.components).toEqual([]);
    expect(await linkOf(alice.id)).toMatchObject({
      robloxUserId: roblox.userId,
      discordUserId: alice.id,
      method: "profile-code",
    });
  });

  it("refuses an expired phrase and stores nothing", async () => {
    const roblox = linking.harness.roblox.world.subjects.emptyUser;
    const reply = await startProfileLink(carol, roblox.userId);
    linking.harness.roblox.world.setAbout(roblox.userId, phraseOf(reply));
    linking.clock.advance(15 * 60_000 + 1_000);
    const expired = await press(reply, carol);
    expect(expired.content).toBe(en.t("link.profile.expired"));
    expect(await linkOf(carol.id)).toBeUndefined();
  });

  it("moves a Roblox account already linked to someone else, and tells them by DM", async () => {
    const roblox = linking.harness.roblox.world.subjects.smallUser;
    expect(await linkOf(alice.id)).toMatchObject({ robloxUserId: roblox.userId });
    linking.clock.advance(11_000);
    const reply = await startProfileLink(bob, roblox.username);
    linking.harness.roblox.world.setAbout(roblox.userId, phraseOf(reply));
    const linked = await press(reply, bob);
    expect(linked.content).toMatch(/remove the phrase/);
    expect(await linkOf(bob.id)).toMatchObject({ robloxUserId: roblox.userId, method: "profile-code" });
    expect(await linkOf(alice.id)).toBeUndefined();
    await expect.poll(() => linking.harness.discord.directMessages.of(alice.id).length).toBe(1);
    const [dm] = linking.harness.discord.directMessages.of(alice.id);
    expect(dm?.content).toContain("is now linked to another Discord account");
    expect(linking.harness.discord.directMessages.of(bob.id)).toEqual([]);
  });

  it("moves it again when someone signs in with Roblox for it, and tells the previous owner", async () => {
    const roblox = linking.harness.roblox.world.subjects.smallUser;
    const browser = new HttpClient();
    const opened = await browser.request(buttonUrl(await runLink(linking.harness, carol)));
    const consent = await linking.harness.roblox.oauth.consent(opened.location ?? "", {
      userId: roblox.userId,
    });
    if (consent.kind !== "redirect") throw new Error("Roblox kept the browser");
    const back = await browser.request(consent.location.toString());
    const confirm = await browser.request(back.location ?? "");
    const form = { csrf: csrfOf(confirm.body) ?? "", decision: "confirm" };
    expect((await browser.request(`${linking.origin}/link/confirm`, { form })).status).toBe(303);

    expect(await linkOf(carol.id)).toMatchObject({ robloxUserId: roblox.userId, method: "oauth" });
    expect(await linkOf(bob.id)).toBeUndefined();
    await expect.poll(() => linking.harness.discord.directMessages.of(bob.id).length).toBe(1);
  });
});
