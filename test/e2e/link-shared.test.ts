import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LinkingHarness, startLinkingHarness } from "../support/linking.js";

let linking: LinkingHarness;

beforeAll(async () => {
  linking = await startLinkingHarness({ env: { LINK_SHARED_ACCOUNTS: "on" } });
});
afterAll(async () => {
  await linking?.harness.close();
});

async function linkByPhrase(user: { id: string; username: string }, robloxUserId: string): Promise<void> {
  const reply = await linking.harness.discord
    .runCommand({ name: "link", user, options: { method: "profile", account: robloxUserId } })
    .reply();
  linking.harness.roblox.world.setAbout(robloxUserId, /`([a-z ]+)`/.exec(reply.content)?.[1] ?? "");
  await linking.harness.discord
    .click(reply, "lk:v1:check", { user })
    .waitFor((m) => m.content.startsWith("Linked as"), 10_000);
}

describe("LINK_SHARED_ACCOUNTS=on", () => {
  it("keeps a Roblox account linked to every Discord account that proved it, with no DM", async () => {
    const roblox = linking.harness.roblox.world.subjects.smallUser;
    const first = { id: "450000000000000001", username: "first" };
    const second = { id: "450000000000000002", username: "second" };
    const links = () => linking.harness.bot()?.context.services.links;
    await linkByPhrase(first, roblox.userId);
    await linkByPhrase(second, roblox.userId);
    expect(await links()?.linkOf(first.id)).toMatchObject({ robloxUserId: roblox.userId });
    expect(await links()?.linkOf(second.id)).toMatchObject({ robloxUserId: roblox.userId });
    expect(linking.harness.discord.directMessages.of(first.id)).toEqual([]);

    // Either one unlinking leaves the other's link alone.
    await linking.harness.discord.runCommand({ name: "unlink", user: second }).reply();
    expect(await links()?.linkOf(second.id)).toBeUndefined();
    expect(await links()?.linkOf(first.id)).toMatchObject({ robloxUserId: roblox.userId });
  });
});
