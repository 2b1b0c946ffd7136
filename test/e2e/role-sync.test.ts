import { ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { type LinkingHarness, linkInBrowser, startLinkingHarness } from "../support/linking.js";

let linking: LinkingHarness;
const discord = () => linking.harness.discord;
const world = () => linking.harness.roblox.world;
const guildId = () => discord().guilds[0]?.id ?? "";
const staff = { id: "320000000000000001", username: "staffer" };
const officer = { id: "320000000000000002", username: "officer2" };
const roles: Record<string, string> = {};
let group: ReturnType<LinkingHarness["harness"]["roblox"]["world"]["addGroup"]>;
const SIX_HOURS = 6 * 60 * 60_000;

const roleOf = (name: string) => roles[name] ?? "";
const writesOf = (userId: string) => discord().roleWrites.filter((write) => write.userId === userId);
const memberRoles = (userId: string) => discord().guildControls.member(guildId(), userId)?.roles ?? [];
const rankOf = (name: string) => group.roles.find((role) => role.name === name)?.id;

async function run(
  name: string,
  options: Array<{ name: string; type: T; value: string | number | boolean }>,
  extra: { subcommand?: string; subcommandGroup?: string } = {},
): Promise<string> {
  const reply = await discord()
    .runCommand({ name, options, user: staff, ...extra })
    .reply();
  await linking.harness.settled();
  const embeds = (reply.embeds as Array<{ description?: string }>).map((embed) => embed.description ?? "");
  return [reply.content, ...embeds].join("\n");
}

/** Polls (the job engine runs on its own) until the condition holds; a few seconds at most. */
async function until(what: string, condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 250; tries++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never happened: ${what}`);
}

beforeAll(async () => {
  linking = await startLinkingHarness();
  const emu = discord();
  const put = await fetch(`${emu.apiUrl}/v10/applications/${emu.applicationId}/commands`, {
    method: "PUT",
    headers: { authorization: `Bot ${emu.token}`, "content-type": "application/json" },
    body: JSON.stringify(commands.map((command) => command.data)),
  });
  expect(put.status).toBe(200);
  roles.Officer = emu.guildControls.createRole(guildId(), { name: "Officer" });
  await until("the bot sees the role", () =>
    Boolean(linking.harness.bot()?.client.guilds.cache.get(guildId())?.roles.cache.has(roleOf("Officer"))),
  );
  emu.guildControls.addMember(guildId(), officer);
  group = world().addGroup({
    name: "Sync Corps",
    roles: [
      { name: "Cadet", rank: 50 },
      { name: "Officer", rank: 100 },
    ],
  });
});
afterAll(async () => {
  linking?.harness.assertClean();
  await linking?.harness.close();
});

describe("scheduled role sync end to end", () => {
  it("gives the role on link, and the next scheduled pass takes it away when the rank drops, with no command", async () => {
    await run(
      "binds",
      [
        { name: "group_id", type: T.Integer, value: Number(group.id) },
        { name: "role", type: T.Role, value: roleOf("Officer") },
        { name: "match", type: T.String, value: "gte" },
        { name: "rank", type: T.Integer, value: 100 },
      ],
      { subcommandGroup: "add", subcommand: "group" },
    );
    await run(
      "settings",
      [
        { name: "role", type: T.Role, value: roleOf("Officer") },
        { name: "on", type: T.Boolean, value: true },
      ],
      { subcommandGroup: "set", subcommand: "remove-unmatched" },
    );
    const channelId = discord().guildControls.textChannelId(guildId());
    await run("settings", [{ name: "channel", type: T.Channel, value: channelId }], {
      subcommandGroup: "set",
      subcommand: "audit-channel",
    });
    const member = world().subjects.oneGroupUser;
    world().addMembership(member.userId, group.id, rankOf("Officer"));

    // Linking alone syncs: a job the link queued gives Officer, said in the audit channel.
    await linkInBrowser(linking, officer, member.userId);
    await until("the sync on link", () => writesOf(officer.id).length === 1);
    expect(writesOf(officer.id)[0]).toMatchObject({ status: 200, added: [roleOf("Officer")], removed: [] });
    expect(writesOf(officer.id)[0]?.reason).toContain("linking");
    expect(memberRoles(officer.id)).toEqual([roleOf("Officer")]);

    // The rank drops on Roblox; nobody runs a command; the clock passes the schedule's six hours.
    world().addMembership(member.userId, group.id, rankOf("Cadet"));
    // The preview shows what the pass will do, and writes nothing.
    const preview = await run("binds", [], { subcommand: "preview" });
    expect(preview).toContain(`<@${officer.id}>: −<@&${roleOf("Officer")}>`);
    expect(preview).toContain(
      "Checked 1 of the 1 linked members the bot knows in this server: 1 would change.",
    );
    expect(writesOf(officer.id)).toHaveLength(1);
    const requestsBefore = linking.harness.roblox.requests.length;
    linking.clock.advance(SIX_HOURS + 60_000);
    await until("the scheduled pass", () => writesOf(officer.id).length === 2);
    expect(writesOf(officer.id)[1]).toMatchObject({ status: 200, added: [], removed: [roleOf("Officer")] });
    expect(writesOf(officer.id)[1]?.reason).toContain("scheduled sync");
    expect(memberRoles(officer.id)).toEqual([]);
    await until("the audit line", () =>
      discord()
        .channelMessages(channelId)
        .some((message) => message.content.includes("scheduled sync")),
    );
    expect(discord().channelMessages(channelId).at(-1)?.content).toBe(
      `<@${officer.id}> −<@&${roleOf("Officer")}> (no bind matches: rank ≥ 100 in group ${group.id}), scheduled sync`,
    );
    // The pass read memberships with one `user in [...]` call for its batch.
    const pass = linking.harness.roblox.requests.slice(requestsBefore);
    const memberships = pass.filter((request) => request.family === "memberships");
    expect(memberships).toHaveLength(1);
    expect(memberships[0]?.query.filter).toBe(`user in ['users/${member.userId}']`);
  });

  it("a second pass with nothing changed writes nothing", async () => {
    const before = discord().roleWrites.length;
    linking.clock.advance(SIX_HOURS + 60_000);
    const requestsBefore = linking.harness.roblox.requests.length;
    await until("the second pass read Roblox", () =>
      linking.harness.roblox.requests
        .slice(requestsBefore)
        .some((request) => request.family === "memberships"),
    );
    await linking.harness.settled();
    expect(discord().roleWrites).toHaveLength(before);
  });

  it("a member who unlinked elsewhere loses this server's bound roles at the next pass, then is left alone", async () => {
    const linkedRole = discord().guildControls.createRole(guildId(), { name: "Linked" });
    await until("the bot sees the role", () =>
      Boolean(linking.harness.bot()?.client.guilds.cache.get(guildId())?.roles.cache.has(linkedRole)),
    );
    const saved = await run("binds", [{ name: "role", type: T.Role, value: linkedRole }], {
      subcommandGroup: "add",
      subcommand: "verified",
    });
    expect(saved).toContain(`linked to a Roblox account gives <@&${linkedRole}>`);
    const pass = async (what: string, writes: number) => {
      linking.clock.advance(SIX_HOURS + 60_000);
      await until(what, () => writesOf(officer.id).length === writes);
      await linking.harness.settled();
    };
    const before = writesOf(officer.id).length;
    await pass("the pass that gives Linked", before + 1);
    expect(writesOf(officer.id).at(-1)).toMatchObject({ status: 200, added: [linkedRole], removed: [] });

    // Unlinked without this server seeing it (as /unlink in a DM or in another server does).
    expect(await linking.harness.bot()?.context.services.links?.unlink(officer.id)).toBeDefined();
    await pass("the pass after the unlink", before + 2);
    expect(writesOf(officer.id).at(-1)).toMatchObject({ status: 200, added: [], removed: [linkedRole] });
    expect(writesOf(officer.id).at(-1)?.reason).toContain("scheduled sync");
    expect(memberRoles(officer.id)).toEqual([]);

    // Out of the server's roster once the pass is done with the member (it drops them after the write): a pass
    // run then visits nobody. A pass run earlier meets the member with no roles left, and writes nothing either.
    const roleSync = linking.harness.bot()?.context.services.roleSync;
    let report = await roleSync?.reconcile({ guildId: guildId(), pass: "again-0" });
    for (let tries = 1; tries < 100 && report?.members !== 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      report = await roleSync?.reconcile({ guildId: guildId(), pass: `again-${tries}` });
    }
    expect(report).toMatchObject({ members: 0, written: 0 });
    expect(writesOf(officer.id)).toHaveLength(before + 2);
  });
});
