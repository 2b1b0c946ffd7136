import { GatewayIntentBits, ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import {
  buttonUrl,
  csrfOf,
  HttpClient,
  type LinkingHarness,
  runLink,
  startLinkingHarness,
} from "../support/linking.js";

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

async function link(user: { id: string; username: string }, robloxUserId: string): Promise<void> {
  const browser = new HttpClient();
  const opened = await browser.request(buttonUrl(await runLink(linking.harness, user)));
  const outcome = await linking.harness.roblox.oauth.consent(opened.location ?? "", {
    userId: robloxUserId,
    decision: "approve",
  });
  if (outcome.kind !== "redirect") throw new Error("Roblox kept the browser");
  const back = await browser.request(String(outcome.location));
  const confirm = await browser.request(back.location ?? "");
  await browser.request(`${linking.origin}/link/confirm`, {
    form: { csrf: csrfOf(confirm.body) ?? "", decision: "confirm" },
  });
}

beforeAll(async () => {
  linking = await startLinkingHarness({
    discord: { allowedPrivilegedIntents: GatewayIntentBits.GuildMembers },
    env: { EVENTS_GUILD_MEMBERS: "on" },
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
      "and when they join only if the bot has the GuildMembers intent",
    );
  });

  it("/unlink takes the roles binds gave away, and gives the unverified role back, in one member update", async () => {
    await link(member, linking.harness.roblox.world.subjects.richUser.userId);
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
