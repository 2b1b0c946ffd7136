import { GatewayIntentBits, ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { type LinkingHarness, linkInBrowser, startLinkingHarness } from "../support/linking.js";

// The bot asks for the GuildMembers intent, and the "developer portal" allows it.
let linking: LinkingHarness;
const discord = () => linking.harness.discord;
const guildId = () => discord().guilds[0]?.id ?? "";
const staff = { id: "320000000000000001", username: "staffer" };
const member = { id: "320000000000000002", username: "newcomer1" };
const roles: Record<string, string> = {};
let channelId = "";

const roleOf = (name: string) => {
  const id = roles[name];
  if (id === undefined) throw new Error(`no role ${name}`);
  return id;
};
const writesOf = (userId: string) => discord().roleWrites.filter((write) => write.userId === userId);
const memberRoles = (userId: string) => discord().guildControls.member(guildId(), userId)?.roles ?? [];
const auditLines = () =>
  discord()
    .channelMessages(channelId)
    .flatMap((message) => message.content.split("\n"));

async function run(
  name: string,
  options: Array<{ name: string; type: T; value: string | number | boolean }>,
  extra: { user?: { id: string; username: string }; subcommand?: string; subcommandGroup?: string } = {},
): Promise<string> {
  const reply = await discord()
    .runCommand({ name, options, user: extra.user ?? staff, ...extra })
    .reply();
  await linking.harness.settled();
  const embeds = (reply.embeds as Array<{ description?: string }>).flatMap((embed) =>
    embed.description === undefined ? [] : [embed.description],
  );
  return [reply.content, ...embeds].join("\n");
}

/** Waits until the bot has handled what the gateway sent: `done` holds, within a few seconds. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 150; tries++) {
    await linking.harness.settled();
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

beforeAll(async () => {
  linking = await startLinkingHarness({
    discord: { allowedPrivilegedIntents: GatewayIntentBits.GuildMembers },
    // The writes counted here are /verify's and the member events': linking alone does not sync.
    env: { EVENTS_GUILD_MEMBERS: "on", ROLE_SYNC_ON_LINK: "off" },
  });
  const emu = discord();
  const put = await fetch(`${emu.apiUrl}/v10/applications/${emu.applicationId}/commands`, {
    method: "PUT",
    headers: { authorization: `Bot ${emu.token}`, "content-type": "application/json" },
    body: JSON.stringify(commands.map((command) => command.data)),
  });
  expect(put.status).toBe(200);
  for (const name of ["Verified", "Guest"]) roles[name] = emu.guildControls.createRole(guildId(), { name });
  const bot = linking.harness.bot();
  await until(
    () => Object.values(roles).every((id) => bot?.client.guilds.cache.get(guildId())?.roles.cache.has(id)),
    "the bot sees the roles",
  );
  channelId = emu.guildControls.textChannelId(guildId());
  await run("binds", [{ name: "role", type: T.Role, value: roleOf("Verified") }], {
    subcommandGroup: "add",
    subcommand: "verified",
  });
  await run("binds", [{ name: "role", type: T.Role, value: roleOf("Guest") }], {
    subcommandGroup: "add",
    subcommand: "unverified",
  });
  await run(
    "settings",
    [
      { name: "role", type: T.Role, value: roleOf("Guest") },
      { name: "on", type: T.Boolean, value: true },
    ],
    { subcommandGroup: "set", subcommand: "remove-unmatched" },
  );
  await run("settings", [{ name: "channel", type: T.Channel, value: channelId }], {
    subcommandGroup: "set",
    subcommand: "audit-channel",
  });
});
afterAll(async () => {
  linking?.harness.assertClean();
  await linking?.harness.close();
});

describe("binds follow members joining, unlinking and leaving (GuildMembers intent on)", () => {
  it("gives a member who joins unlinked the unverified role in one member update", async () => {
    discord().guildControls.addMember(guildId(), member);
    await until(() => writesOf(member.id).length === 1, "the join's member update");
    expect(writesOf(member.id)[0]).toMatchObject({
      method: "PATCH",
      status: 200,
      added: [roleOf("Guest")],
      removed: [],
    });
    expect(writesOf(member.id)[0]?.reason).toContain("joined the server");
    expect(memberRoles(member.id)).toEqual([roleOf("Guest")]);
    expect(auditLines()).toContain(
      `<@${member.id}> +<@&${roleOf("Guest")}> (not linked to a Roblox account), joined the server`,
    );
    expect(await run("binds", [], { subcommand: "list" })).toContain(
      "applied when they join (the bot has the GuildMembers intent) and when they run /verify",
    );
  });

  it("/unlink takes the roles binds gave away, and gives the unverified role back, in one member update", async () => {
    await linkInBrowser(linking, member, linking.harness.roblox.world.subjects.richUser.userId);
    const verified = await run("verify", [], { user: member });
    expect(verified).toContain(`Added <@&${roleOf("Verified")}>`);
    expect(memberRoles(member.id)).toEqual([roleOf("Verified")]);
    expect(writesOf(member.id)).toHaveLength(2);

    const unlinked = await run("unlink", [], { user: member });
    expect(unlinked).toContain("Unlinked: your Discord account is no longer linked");
    expect(unlinked).toContain(`Added <@&${roleOf("Guest")}>: not linked to a Roblox account`);
    expect(unlinked).toContain(`Removed <@&${roleOf("Verified")}>`);
    const [, , write, ...more] = writesOf(member.id);
    expect(more).toEqual([]);
    expect(write).toMatchObject({
      method: "PATCH",
      status: 200,
      added: [roleOf("Guest")],
      removed: [roleOf("Verified")],
    });
    expect(write?.reason).toContain("/unlink by newcomer1");
    expect(memberRoles(member.id)).toEqual([roleOf("Guest")]);
    expect(auditLines()).toContain(
      `<@${member.id}> −<@&${roleOf("Verified")}> (no bind matches: linked to a Roblox account), /unlink by newcomer1`,
    );
  });

  it("sends no role write for a member who left, and says so in the audit channel", async () => {
    const before = discord().roleWrites.length;
    discord().guildControls.removeMember(guildId(), member.id);
    const line = `<@${member.id}> left the server: Discord took away every role with them, so the bot sent no role change.`;
    await until(() => auditLines().includes(line), "the departure's audit line");
    expect(discord().roleWrites).toHaveLength(before);
    expect(discord().roleWrites.filter((write) => write.status >= 400)).toEqual([]);
  });
});

describe("the nickname template (off by default)", () => {
  const world = () => linking.harness.roblox.world;
  const owner = { id: "100000000000000001", username: "tester" };
  const renamed = { id: "320000000000000003", username: "renamed1" };
  const senior = { id: "320000000000000004", username: "senior1" };
  const nickWrites = () => discord().roleWrites.filter((write) => write.nick !== undefined);

  it("is off until set, refuses a template without a Roblox name, and /settings show lists it", async () => {
    expect(await run("settings", [], { subcommand: "show" })).toContain(
      "**nickname** (linked members' nickname, off by default): off",
    );
    const wrong = await run("settings", [{ name: "template", type: T.String, value: "Member" }], {
      subcommandGroup: "set",
      subcommand: "nickname",
    });
    expect(wrong).toContain("Nothing was saved: a template needs {roblox-name} or {display-name}");
    const set = await run(
      "settings",
      [{ name: "template", type: T.String, value: "{display-name} (@{roblox-name})" }],
      { subcommandGroup: "set", subcommand: "nickname" },
    );
    expect(set).toContain("Linked members' nicknames will follow `{display-name} (@{roblox-name})`");
    expect(set).toContain(
      "**nickname** (linked members' nickname, off by default): `{display-name} (@{roblox-name})`",
    );
  });

  it("sets a linked member's nickname in the same member update as the roles", async () => {
    discord().guildControls.addMember(guildId(), renamed);
    await until(() => writesOf(renamed.id).length === 1, "the join's member update");
    const account = world().subjects.smallUser;
    await linkInBrowser(linking, renamed, account.userId);
    const record = await linking.harness.bot()?.context.services.links?.linkOf(renamed.id);
    const expected = `${record?.robloxDisplayName} (@${record?.robloxUsername})`.slice(0, 32);
    const verified = await run("verify", [], { user: renamed });
    expect(verified).toContain(`Nickname set to \`${expected}\``);
    const [, write, ...more] = writesOf(renamed.id);
    expect(more).toEqual([]);
    expect(write).toMatchObject({
      method: "PATCH",
      status: 200,
      added: [roleOf("Verified")],
      removed: [roleOf("Guest")],
      nick: expected,
    });
    expect(write?.reason).toContain(`nickname → ${expected}`);
    expect(discord().guildControls.member(guildId(), renamed.id)?.nick).toBe(expected);
    expect(auditLines()).toContain(`<@${renamed.id}> nickname → \`${expected}\`, /verify by renamed1`);
    // Already named so: the next /verify writes nothing.
    linking.clock.advance(31_000);
    expect(await run("verify", [], { user: renamed })).toContain("already up to date");
    expect(writesOf(renamed.id)).toHaveLength(2);
  });

  it("never renames the owner or a member above the bot, says why, and sends no refused write", async () => {
    await linkInBrowser(linking, owner, world().subjects.manyGroupsUser.userId);
    const told = await run("verify", [], { user: owner });
    expect(told).toContain("Could not set the nickname: Discord lets no one rename the server's owner.");
    const council = discord().guildControls.createRole(guildId(), { name: "Council", position: 99 });
    await until(
      () => linking.harness.bot()?.client.guilds.cache.get(guildId())?.roles.cache.has(council) === true,
      "the bot sees Council",
    );
    discord().guildControls.addMember(guildId(), senior, [council]);
    await until(() => writesOf(senior.id).length === 1, "the join's member update");
    await linkInBrowser(linking, senior, world().subjects.oneGroupUser.userId);
    const above = await run("verify", [], { user: senior });
    expect(above).toContain(
      "Could not set the nickname: the member's highest role is not below the bot's highest role",
    );
    expect(nickWrites().map((write) => write.userId)).toEqual([renamed.id]);
    expect(discord().roleWrites.filter((write) => write.status >= 400)).toEqual([]);
  });
});
