import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

describe("/user", () => {
  it("shows a profile looked up by username", async () => {
    const subject = harness.roblox.world.subjects.smallUser;
    const user = harness.roblox.world.getUser(subject.userId)!;
    const handle = harness.discord.runCommand({
      name: "user",
      options: { user: subject.username.toUpperCase() },
    });
    expect((await handle.ack()).type).toBe(5);
    const message = await handle.waitFor((m) => !m.loading);
    expect(message.ephemeral).toBe(false);
    const embed = message.embeds[0] as {
      url: string;
      fields: Array<{ name: string; value: string }>;
      thumbnail?: { url: string };
    };
    expect(embed.url).toBe(`https://www.roblox.com/users/${subject.userId}/profile`);
    const fields = Object.fromEntries(embed.fields.map((f) => [f.name, f.value]));
    expect(fields["User ID"]).toBe(subject.userId);
    expect(fields.Username).toBe(`@${user.name}`);
    expect(fields.Premium).toBe(user.premium ? "Yes" : "No");
    const created = Math.floor(Date.parse(user.createTime) / 1000);
    expect(fields["Account created"]).toContain(`<t:${created}:D>`);
    expect(embed.thumbnail?.url).toMatch(/^https?:\/\//);
  });

  it("shows a profile looked up by ID, privately when asked", async () => {
    const subject = harness.roblox.world.subjects.longNameUser;
    const handle = harness.discord.runCommand({
      name: "user",
      options: { user: subject.userId, private: true },
    });
    const message = await handle.waitFor((m) => !m.loading);
    expect(message.ephemeral).toBe(true);
    expect(JSON.stringify(message.embeds[0])).toContain(subject.userId);
    expect((message.embeds[0] as { author: { name: string } }).author.name).toContain(subject.displayName);
  });

  it.each([
    ["an unknown username", "NoSuchUserHere", /No Roblox user is named “NoSuchUserHere”/],
    ["a malformed name", "bad name!", /is not a Roblox username or user ID/],
    ["an unknown ID", "999999999999", /No Roblox user has the ID 999999999999/],
  ])("answers %s with a private error", async (_, typed, expected) => {
    const before = harness.roblox.countRequests();
    const handle = harness.discord.runCommand({ name: "user", options: { user: typed } });
    await handle.ack();
    const notice = await handle.waitFor((m) => m.ephemeral && m.content.length > 0);
    expect(notice.content).toMatch(expected);
    if (typed === "bad name!") expect(harness.roblox.countRequests()).toBe(before);
  });
});
