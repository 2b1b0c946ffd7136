import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageState } from "../emulators/discord/types.js";
import { type Harness, startHarness } from "../support/harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ store: "sqlite" });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

const INVOKER = { id: "300000000000000001", username: "invoker" };
const STRANGER = { id: "300000000000000002", username: "stranger" };

const groupLookups = () => harness.roblox.countRequests({ family: "group" });
const roleLookups = () => harness.roblox.countRequests({ family: "roles" });
const membershipLookups = () => harness.roblox.countRequests({ family: "memberships" });

function embedOf(message: MessageState): { description?: string; footer?: { text: string }; title?: string } {
  return message.embeds[0] as { description?: string; footer?: { text: string } };
}

function buttonIds(message: MessageState): Record<string, { id: string; disabled: boolean }> {
  const row = message.components[0] as { components: Array<{ custom_id: string; disabled?: boolean }> };
  const byAction: Record<string, { id: string; disabled: boolean }> = {};
  for (const button of row.components) {
    byAction[button.custom_id.split(":").at(-1)!] = {
      id: button.custom_id,
      disabled: button.disabled ?? false,
    };
  }
  return byAction;
}

/** The user's memberships in the order Roblox lists them (by group ID). */
function listed(userId: string) {
  return [...harness.roblox.world.membershipsOfUser(userId)].sort(
    (a, b) => Number(a.groupId) - Number(b.groupId),
  );
}

function footer(userId: string, index: number): string {
  const total = listed(userId).length;
  return `${total} group${total === 1 ? "" : "s"} · page ${index + 1} of ${Math.max(1, Math.ceil(total / 15))}`;
}

/** The group names the emulator's world lists for the user, page by page (15 a page). */
function expectedPage(userId: string, index: number): string[] {
  return listed(userId)
    .slice(index * 15, index * 15 + 15)
    .map((membership) => harness.roblox.world.getGroup(membership.groupId)!.name);
}

function expectRows(message: MessageState, userId: string, index: number): void {
  const description = embedOf(message).description ?? "";
  const names = expectedPage(userId, index);
  expect(names.length).toBeGreaterThan(0);
  let position = -1;
  for (const name of names) {
    const found = description.indexOf(name.replace(/[[\]]/g, "").slice(0, 20));
    expect(found, `${name} on page ${index + 1}`).toBeGreaterThan(position);
    position = found;
  }
  for (const membership of listed(userId).slice(index * 15, index * 15 + 15)) {
    const role = harness.roblox.world
      .getGroup(membership.groupId)!
      .roles.find((r) => r.id === membership.roleId)!;
    expect(description).toContain(`rank ${role.rank}`);
  }
}

async function turn(message: MessageState, action: string, user = INVOKER): Promise<MessageState> {
  const click = harness.discord.click(message, buttonIds(message)[action]!.id, { user });
  await click.ack();
  return click.reply();
}

describe("/groups", () => {
  it("pages through 120+ groups and back, looking up only the rows shown", async () => {
    const subject = harness.roblox.world.subjects.manyGroupsUser;
    const [groupsBefore, rolesBefore] = [groupLookups(), roleLookups()];
    const handle = harness.discord.runCommand({
      name: "groups",
      options: { user: subject.username },
      user: INVOKER,
    });
    const first = await handle.waitFor((m) => !m.loading);
    expect(listed(subject.userId).length).toBeGreaterThanOrEqual(120);
    expect(embedOf(first).footer?.text).toBe(footer(subject.userId, 0));
    expectRows(first, subject.userId, 0);
    expect(groupLookups() - groupsBefore).toBe(15);
    expect(roleLookups() - rolesBefore).toBe(15);
    const buttons = buttonIds(first);
    expect(buttons.first?.disabled).toBe(true);
    expect(buttons.prev?.disabled).toBe(true);
    expect(buttons.next?.disabled).toBe(false);

    const second = await turn(first, "next");
    expect(embedOf(second).footer?.text).toBe(footer(subject.userId, 1));
    expectRows(second, subject.userId, 1);
    expect(groupLookups() - groupsBefore).toBe(30);

    const lastIndex = Math.ceil(listed(subject.userId).length / 15) - 1;
    const last = await turn(second, "last");
    expect(embedOf(last).footer?.text).toBe(footer(subject.userId, lastIndex));
    expectRows(last, subject.userId, lastIndex);
    expect(buttonIds(last).next?.disabled).toBe(true);

    const back = await turn(last, "first");
    expectRows(back, subject.userId, 0);
    // Page 1 was seen before: its names come from the cache.
    const shown = 30 + expectedPage(subject.userId, lastIndex).length;
    expect(groupLookups() - groupsBefore).toBe(shown);
    expect(roleLookups() - rolesBefore).toBe(shown);
    expect(back.id).toBe(first.id);
  });

  it("answers a second identical /groups from the cache", async () => {
    const subject = harness.roblox.world.subjects.manyGroupsUser;
    const before = harness.roblox.countRequests();
    const handle = harness.discord.runCommand({
      name: "groups",
      options: { user: subject.userId },
      user: INVOKER,
    });
    const message = await handle.waitFor((m) => !m.loading);
    expectRows(message, subject.userId, 0);
    expect(harness.roblox.countRequests()).toBe(before);
  });

  it("shows one group without buttons", async () => {
    const subject = harness.roblox.world.subjects.oneGroupUser;
    const handle = harness.discord.runCommand({ name: "groups", options: { user: subject.username } });
    const message = await handle.waitFor((m) => !m.loading);
    expectRows(message, subject.userId, 0);
    expect(embedOf(message).footer?.text).toBe(footer(subject.userId, 0));
    expect(listed(subject.userId)).toHaveLength(1);
    expect(message.components).toEqual([]);
  });

  it("says plainly when the user is in no groups", async () => {
    const subject = harness.roblox.world.subjects.groupless;
    const handle = harness.discord.runCommand({
      name: "groups",
      options: { user: subject.username, private: true },
    });
    const message = await handle.waitFor((m) => !m.loading);
    expect(message.ephemeral).toBe(true);
    expect(embedOf(message).description).toMatch(/is not in any groups\.$/);
  });

  it("checks one group for a member and a non-member", async () => {
    const member = harness.roblox.world.subjects.manyGroupsUser;
    const membership = listed(member.userId)[20]!;
    const group = harness.roblox.world.getGroup(membership.groupId)!;
    const role = group.roles.find((r) => r.id === membership.roleId)!;
    const yes = await harness.discord
      .runCommand({ name: "groups", options: { user: member.username, group: Number(group.id) } })
      .waitFor((m) => !m.loading);
    const yesEmbed = yes.embeds[0] as { description: string; fields: Array<{ name: string; value: string }> };
    expect(yesEmbed.description).toMatch(/^✓ .* is a member of /);
    expect(yesEmbed.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Role", value: expect.stringContaining(role.name.slice(0, 10)) }),
        expect.objectContaining({ name: "Rank", value: String(role.rank) }),
        expect.objectContaining({ name: "Joined" }),
      ]),
    );

    const outsider = harness.roblox.world.subjects.groupless;
    const no = await harness.discord
      .runCommand({ name: "groups", options: { user: outsider.username, group: Number(group.id) } })
      .waitFor((m) => !m.loading);
    expect((no.embeds[0] as { description: string }).description).toMatch(/is \*\*not\*\* a member of/);
  });

  it.each([
    ["an unknown group", { group: 987654321 }, /No Roblox group has the ID 987654321/],
    ["an unknown user", { user: "NobodyByThisName" }, /No Roblox user is named/],
    ["a malformed name", { user: "__x" }, /is not a Roblox username, user ID or profile link/],
  ])("answers %s privately and changes nothing", async (_, options, expected) => {
    const subject = harness.roblox.world.subjects.oneGroupUser;
    const handle = harness.discord.runCommand({
      name: "groups",
      options: { user: subject.username, ...options },
    });
    const notice = await handle.waitFor((m) => m.ephemeral && m.content.length > 0);
    expect(notice.content).toMatch(expected);
    expect(handle.message()?.deleted ?? true).toBe(true);
  });

  it("ignores another user's clicks and tells them privately", async () => {
    const subject = harness.roblox.world.subjects.manyGroupsUser;
    const first = await harness.discord
      .runCommand({ name: "groups", options: { user: subject.username }, user: INVOKER })
      .waitFor((m) => !m.loading);
    const click = harness.discord.click(first, buttonIds(first).next!.id, { user: STRANGER });
    const notice = await click.waitFor((m) => m.role === "follow-up");
    expect(notice.ephemeral).toBe(true);
    expect(notice.content).toMatch(/Only the person who ran this command/);
    expect(embedOf(harness.discord.messages.get(first.id)!).footer?.text).toBe(footer(subject.userId, 0));
  });

  it("disables the buttons of an expired list", async () => {
    const subject = harness.roblox.world.subjects.manyGroupsUser;
    const first = await harness.discord
      .runCommand({ name: "groups", options: { user: subject.username }, user: INVOKER })
      .waitFor((m) => !m.loading);
    await harness.bot()!.context.stores.sessions.clear();
    const click = harness.discord.click(first, buttonIds(first).next!.id, { user: INVOKER });
    const notice = await click.waitFor((m) => m.role === "follow-up");
    expect(notice.content).toMatch(/This list has expired/);
    const after = harness.discord.messages.get(first.id)!;
    expect(Object.values(buttonIds(after)).every((button) => button.disabled)).toBe(true);
    expect(embedOf(after).footer?.text).toBe(footer(subject.userId, 0));
  });

  it("keeps working after the bot restarts", async () => {
    const subject = harness.roblox.world.subjects.manyGroupsUser;
    const first = await harness.discord
      .runCommand({ name: "groups", options: { user: subject.username }, user: INVOKER })
      .waitFor((m) => !m.loading);
    await harness.restartBot();
    const second = await turn(first, "next");
    expect(embedOf(second).footer?.text).toBe(footer(subject.userId, 1));
    expectRows(second, subject.userId, 1);
  });

  it("turns from the page the message shows, even when the saved list is further on", async () => {
    const subject = harness.roblox.world.subjects.manyGroupsUser;
    const first = await harness.discord
      .runCommand({ name: "groups", options: { user: subject.username }, user: INVOKER })
      .waitFor((m) => !m.loading);
    // As if an earlier page turn was saved but its edit never reached Discord.
    const session = buttonIds(first).next!.id.split(":")[2]!;
    const sessions = harness.bot()!.context.services.sessions;
    const saved = (await sessions.load(session))!;
    await sessions.save(session, { ...saved, position: { ...saved.position, index: 5 } });
    const second = await turn(first, "next");
    expect(embedOf(second).footer?.text).toBe(footer(subject.userId, 1));
    expectRows(second, subject.userId, 1);
  });

  it("asks the wildcard membership list with the documented `user in [...]` filter", async () => {
    const subject = harness.roblox.world.subjects.smallUser;
    harness.roblox.clearRequests();
    await harness.discord
      .runCommand({ name: "groups", options: { user: subject.username } })
      .waitFor((m) => !m.loading);
    const asked = harness.roblox.requests.filter((r) => r.path === "/cloud/v2/groups/-/memberships");
    expect(asked.length).toBeGreaterThan(0);
    for (const request of asked) expect(request.query.filter).toBe(`user in ['users/${subject.userId}']`);
  });

  it("shows every role of a member who holds several, highest first", async () => {
    const subject = harness.roblox.world.subjects.multiRoleUser;
    const groupId = harness.roblox.world.subjects.manyRolesGroup.groupId;
    const group = harness.roblox.world.getGroup(groupId)!;
    const membership = harness.roblox.world.membershipsOfUser(subject.userId)[0]!;
    const held = [membership.roleId, ...(membership.extraRoleIds ?? [])].map(
      (id) => group.roles.find((role) => role.id === id)!,
    );
    expect(held).toHaveLength(3);
    const check = await harness.discord
      .runCommand({ name: "groups", options: { user: subject.username, group: Number(groupId) } })
      .waitFor((m) => !m.loading);
    const fields = (check.embeds[0] as { fields: Array<{ name: string; value: string }> }).fields;
    expect(fields.find((f) => f.name === "Roles")?.value).toBe(held.map((role) => role.name).join(", "));
    expect(fields.find((f) => f.name === "Rank")?.value).toBe(String(held[0]!.rank));

    const list = await harness.discord
      .runCommand({ name: "groups", options: { user: subject.username } })
      .waitFor((m) => !m.loading);
    expect(embedOf(list).description).toContain(`${held[0]!.name} · rank ${held[0]!.rank} (+2 more roles)`);
  });

  it("never needed more memberships requests than one per user and cache period", () => {
    expect(membershipLookups()).toBeLessThanOrEqual(5);
  });
});
