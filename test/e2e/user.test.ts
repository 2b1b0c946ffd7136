import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
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

  const profileOf = async (typed: string) => {
    const handle = harness.discord.runCommand({ name: "user", options: { user: typed } });
    const message = await handle.waitFor((m) => !m.loading && (m.embeds.length > 0 || m.content.length > 0));
    const embed = (message.embeds[0] ?? {}) as {
      url?: string;
      fields?: Array<{ name: string; value: string }>;
    };
    return { message, embed, id: embed.fields?.find((f) => f.name === "User ID")?.value };
  };

  it("looks up a username longer than 20 characters with several underscores, as Roblox shows it", async () => {
    const subject = harness.roblox.world.subjects.longNameUser;
    expect(subject.username).toMatch(/_.*_/);
    const { id } = await profileOf(subject.username);
    expect(id).toBe(subject.userId);
  });

  it("asks Roblox about a moderated account's name (roblox_user_<ID>) instead of refusing it", async () => {
    harness.roblox.clearRequests();
    const { message } = await profileOf("roblox_user_1234567890");
    expect(message.content).toMatch(/No Roblox user is named “roblox\\?_user\\?_1234567890”/);
    expect(harness.roblox.countRequests({ family: "usernames" })).toBe(1);
  });

  it.each([
    ["a profile link", (id: string) => `https://www.roblox.com/users/${id}/profile`],
    ["a short profile link", (id: string) => `roblox.com/users/${id}`],
    [
      "a profile link with a query",
      (id: string) => `https://www.roblox.com/users/${id}/profile?friendshipSourceType=PlayerSearch`,
    ],
    ["an ID with leading zeros", (id: string) => `000${id}`],
  ])("takes %s as the user's ID, with no username lookup", async (_, typedFor) => {
    const subject = harness.roblox.world.subjects.smallUser;
    harness.roblox.clearRequests();
    const { id, embed } = await profileOf(typedFor(subject.userId));
    expect(id).toBe(subject.userId);
    expect(embed.url).toBe(`https://www.roblox.com/users/${subject.userId}/profile`);
    expect(harness.roblox.countRequests({ family: "usernames" })).toBe(0);
  });

  it("lets every command's user option hold a pasted profile link", () => {
    const longestLink = "https://www.roblox.com/users/9223372036854775807/profile";
    for (const command of commands) {
      const option = (command.data.options ?? []).find((o) => o.name === "user") as
        | { max_length?: number }
        | undefined;
      if (option)
        expect(option.max_length ?? 0, command.data.name).toBeGreaterThanOrEqual(longestLink.length);
    }
  });

  it.each([
    ["an unknown username", "NoSuchUserHere", /No Roblox user is named “NoSuchUserHere”/],
    ["a malformed name", "bad name!", /is not a Roblox username, user ID or profile link/],
    ["a name with a symbol", "some-name", /letters, digits and underscores/],
    ["an ID of zeros", "000", /IDs start at 1/],
    ["an unknown ID", "999999999999", /No Roblox user has the ID 999999999999/],
  ])("answers %s with a private error", async (_, typed, expected) => {
    const before = harness.roblox.countRequests();
    const handle = harness.discord.runCommand({ name: "user", options: { user: typed } });
    await handle.ack();
    const notice = await handle.waitFor((m) => m.ephemeral && m.content.length > 0);
    expect(notice.content).toMatch(expected);
    if (!/^No Roblox user/.test(notice.content)) expect(harness.roblox.countRequests()).toBe(before);
  });
});
