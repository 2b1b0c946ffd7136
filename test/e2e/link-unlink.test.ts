import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/translator.js";
import type { InteractionHandle, MessageState } from "../emulators/discord/types.js";
import { type LinkingHarness, startLinkingHarness } from "../support/linking.js";

let linking: LinkingHarness;

beforeAll(async () => {
  linking = await startLinkingHarness();
});
afterAll(async () => {
  await linking?.harness.close();
});

type User = { id: string; username: string };

/** Links the member to the Roblox account by the profile phrase, as a member would. */
async function linkByPhrase(user: User, robloxUserId: string): Promise<void> {
  const reply = await linking.harness.discord
    .runCommand({ name: "link", user, options: { method: "profile", account: robloxUserId } })
    .reply();
  const phrase = /`([a-z ]+)`/.exec(reply.content)?.[1] ?? "";
  linking.harness.roblox.world.setAbout(robloxUserId, phrase);
  const linked = await linking.harness.discord
    .click(reply, "lk:v1:check", { user })
    .waitFor((m) => m.content.startsWith("Linked as"), 10_000);
  expect(linked.components).toEqual([]);
}

/** The text an interaction ended with (an error, where the router puts it). */
const notice = (handle: InteractionHandle): Promise<MessageState> =>
  handle.waitFor((m) => !m.loading && !m.deleted && m.content !== "", 10_000);

const shows = (message: MessageState, text: string) => JSON.stringify(message.embeds).includes(text);

describe("members in commands, and /unlink", () => {
  const dave = { id: "440000000000000001", username: "dave" };
  const erin = { id: "440000000000000002", username: "erin" };

  it("answers for the caller's link with no argument, and for a member where they linked", async () => {
    const roblox = linking.harness.roblox.world.subjects.oneGroupUser;
    const notLinked = await notice(linking.harness.discord.runCommand({ name: "user", user: dave }));
    expect(notLinked.content).toBe(en.t("target.selfNotLinked"));

    await linkByPhrase(dave, roblox.userId);
    const mine = await linking.harness.discord.runCommand({ name: "user", user: dave }).reply();
    expect(shows(mine, roblox.username)).toBe(true);
    const groups = await linking.harness.discord.runCommand({ name: "groups", user: dave }).reply();
    expect(shows(groups, roblox.username) || groups.content.includes(roblox.username)).toBe(true);

    const theirs = await linking.harness.discord
      .runCommand({ name: "user", user: erin, options: { member: dave } })
      .reply();
    expect(shows(theirs, roblox.username)).toBe(true);
    // In a DM, dave's link is not shown: he linked it in the server.
    const elsewhere = await notice(
      linking.harness.discord.runCommand({
        name: "user",
        user: erin,
        guildId: null,
        options: { member: dave },
      }),
    );
    expect(elsewhere.content).toBe(en.t("target.memberNotLinked"));
    const unlinkedMember = await notice(
      linking.harness.discord.runCommand({ name: "inventory", user: dave, options: { member: erin } }),
    );
    expect(unlinkedMember.content).toBe(en.t("target.memberNotLinked"));
  });

  it("/unlink deletes the link, says where Roblox lists authorised apps, and /user then says not linked", async () => {
    const unlinked = await linking.harness.discord.runCommand({ name: "unlink", user: dave }).reply();
    expect(unlinked.ephemeral).toBe(true);
    expect(unlinked.content).toMatch(/^Unlinked/);
    expect(unlinked.content).toContain("https://www.roblox.com/my/account#!/security");
    expect(unlinked.content).toContain("nothing to revoke");
    expect(await linking.harness.bot()?.context.services.links?.linkOf(dave.id)).toBeUndefined();

    const after = await notice(linking.harness.discord.runCommand({ name: "user", user: dave }));
    expect(after.content).toBe(en.t("target.selfNotLinked"));
    const again = await linking.harness.discord.runCommand({ name: "unlink", user: dave }).reply();
    expect(again.content).toBe(en.t("unlink.notLinked"));
  });
});
