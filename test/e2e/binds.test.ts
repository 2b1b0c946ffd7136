import { ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { BROWSER_HOOK_TIMEOUT_MS, launchBrowser } from "../support/browser.js";
import {
  buttonUrl,
  csrfOf,
  HttpClient,
  type LinkingHarness,
  runLink,
  startLinkingHarness,
} from "../support/linking.js";

let linking: LinkingHarness;
const discord = () => linking.harness.discord;
const world = () => linking.harness.roblox.world;
const guildId = () => discord().guilds[0]?.id ?? "";
const staff = { id: "310000000000000001", username: "staffer" };
const officer = { id: "310000000000000002", username: "officer1" };
const GAME_PASS = 880_000_001;
let group: ReturnType<LinkingHarness["harness"]["roblox"]["world"]["addGroup"]>;
const roles: Record<string, string> = {};

const roleOf = (name: string) => {
  const id = roles[name];
  if (id === undefined) throw new Error(`no role ${name}`);
  return id;
};
const writesOf = (userId: string) => discord().roleWrites.filter((write) => write.userId === userId);
const refusedWrites = () => discord().roleWrites.filter((write) => write.status >= 400);
const memberRoles = (userId: string) => discord().guildControls.member(guildId(), userId)?.roles ?? [];

async function run(
  name: string,
  options: Array<{ name: string; type: T; value: string | number | boolean }>,
  extra: {
    user?: { id: string; username: string };
    subcommand?: string;
    subcommandGroup?: string;
    memberPermissions?: string;
  } = {},
): Promise<string> {
  const reply = await discord()
    .runCommand({ name, options, user: extra.user ?? staff, ...extra })
    .reply();
  // The audit line goes out after the reply: wait until the bot has finished with the interaction.
  await linking.harness.settled();
  const embeds = (reply.embeds as Array<{ title?: string; description?: string }>).flatMap((embed) =>
    [embed.title, embed.description].filter((text) => text !== undefined),
  );
  return [reply.content, ...embeds].join("\n");
}

/** The whole linking flow over HTTP (button, Roblox consent, callback, confirm), as the member. */
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
  expect(await linking.harness.bot()?.context.services.linking?.linkOf(user.id)).toMatchObject({
    robloxUserId,
  });
}

/** The linking flow as a person clicks through it in a real browser: the button, Roblox's sign-in and consent, Confirm. */
async function linkInBrowser(user: { id: string; username: string }, robloxUserId: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // Nothing from the internet (the accounts' pictures live on Discord's and Roblox's CDNs).
    await page.route(/^https:\/\//, (route) => route.abort());
    await page.goto(buttonUrl(await runLink(linking.harness, user)));
    await page.locator("select[name=as_user]").selectOption(robloxUserId);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Approve" }).click();
    await page.waitForURL((url) => url.pathname === "/link/confirm");
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.waitForURL((url) => url.pathname === "/link/done");
    expect(await page.locator("h1").textContent()).toBe("Linked");
  } finally {
    await browser.close();
  }
  expect(await linking.harness.bot()?.context.services.linking?.linkOf(user.id)).toMatchObject({
    robloxUserId,
  });
}

/** Waits until the bot's gateway cache has the role (GUILD_ROLE_CREATE reached it). */
async function cached(roleId: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (linking.harness.bot()?.client.guilds.cache.get(guildId())?.roles.cache.has(roleId)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the bot never saw role ${roleId}`);
}

beforeAll(async () => {
  // /verify makes the first write here: linking alone does not sync (its own test is role-sync.test.ts).
  linking = await startLinkingHarness({ env: { ROLE_SYNC_ON_LINK: "off" } });
  const emu = discord();
  // As `npm run deploy-commands` would: the emulator then types each option from the registered command.
  const put = await fetch(`${emu.apiUrl}/v10/applications/${emu.applicationId}/commands`, {
    method: "PUT",
    headers: { authorization: `Bot ${emu.token}`, "content-type": "application/json" },
    body: JSON.stringify(commands.map((command) => command.data)),
  });
  expect(put.status).toBe(200);
  for (const name of ["Officer", "VIP"]) {
    roles[name] = emu.guildControls.createRole(guildId(), { name });
    await cached(roleOf(name));
  }
  emu.guildControls.addMember(guildId(), officer);
  const rich = world().subjects.richUser;
  group = world().addGroup({
    name: "Officer Corps",
    roles: [
      { name: "Cadet", rank: 50 },
      { name: "Officer", rank: 100 },
    ],
  });
  world().addMembership(rich.userId, group.id, group.roles.find((role) => role.name === "Officer")?.id);
  world().addInventoryItems(rich.userId, [{ kind: "gamePass", gamePassId: GAME_PASS }]);
});
afterAll(async () => {
  linking?.harness.assertClean();
  await linking?.harness.close();
});

describe("role binds end to end", () => {
  it("refuses /binds add to a member without Manage Roles, and saves nothing", async () => {
    const reply = await run(
      "binds",
      [
        { name: "group_id", type: T.Integer, value: Number(group.id) },
        { name: "role", type: T.Role, value: roleOf("Officer") },
      ],
      { subcommandGroup: "add", subcommand: "group", memberPermissions: "0", user: officer },
    );
    expect(reply).toContain("You need the Manage Roles permission");
    // @everyone (its id is the server's) can never be given: refused, with the reason, and nothing saved.
    const everyone = await run("binds", [{ name: "role", type: T.Role, value: guildId() }], {
      subcommandGroup: "add",
      subcommand: "verified",
    });
    expect(everyone).toContain("Nothing was saved: @everyone belongs to every member");
    expect(await run("binds", [], { subcommand: "list" })).toContain("no binds yet");
  });

  it(
    "gives an officer linked through the browser flow both roles in one member update, then /update takes Officer away when the rank drops",
    async () => {
      const rankBind = await run(
        "binds",
        [
          { name: "group_id", type: T.Integer, value: Number(group.id) },
          { name: "role", type: T.Role, value: roleOf("Officer") },
          { name: "match", type: T.String, value: "gte" },
          { name: "rank", type: T.Integer, value: 100 },
        ],
        { subcommandGroup: "add", subcommand: "group" },
      );
      expect(rankBind).toContain(`rank ≥ 100 in group ${group.id} gives <@&${roleOf("Officer")}>`);
      const passBind = await run(
        "binds",
        [
          { name: "item", type: T.String, value: "gamePass" },
          { name: "id", type: T.Integer, value: GAME_PASS },
          { name: "role", type: T.Role, value: roleOf("VIP") },
        ],
        { subcommandGroup: "add", subcommand: "owns" },
      );
      expect(passBind).toContain(`owns game pass ${GAME_PASS}`);
      const set = await run(
        "settings",
        [
          { name: "role", type: T.Role, value: roleOf("Officer") },
          { name: "on", type: T.Boolean, value: true },
        ],
        { subcommandGroup: "set", subcommand: "remove-unmatched" },
      );
      expect(set).toContain("will now be taken away");
      const channelId = discord().guildControls.textChannelId(guildId());
      const audit = await run("settings", [{ name: "channel", type: T.Channel, value: channelId }], {
        subcommandGroup: "set",
        subcommand: "audit-channel",
      });
      expect(audit).toContain(`Role changes will be posted in <#${channelId}>`);

      const rich = world().subjects.richUser;
      await linkInBrowser(officer, rich.userId);
      const verified = await run("verify", [], { user: officer });
      expect(verified).toContain(`Added <@&${roleOf("Officer")}>: rank ≥ 100 in group ${group.id}`);
      expect(verified).toContain(`Added <@&${roleOf("VIP")}>: owns game pass ${GAME_PASS}`);
      const [write, ...more] = writesOf(officer.id);
      expect(more).toEqual([]);
      expect(write).toMatchObject({ method: "PATCH", status: 200, removed: [] });
      expect([...(write?.added ?? [])].sort()).toEqual([roleOf("Officer"), roleOf("VIP")].sort());
      expect(write?.reason).toContain("/verify by officer1");
      expect(memberRoles(officer.id).sort()).toEqual([roleOf("Officer"), roleOf("VIP")].sort());
      const auditLines = () =>
        discord()
          .channelMessages(channelId)
          .flatMap((message) => message.content.split("\n"));
      expect(auditLines()).toEqual([
        `<@${officer.id}> +<@&${roleOf("Officer")}> (rank ≥ 100 in group ${group.id}), /verify by officer1`,
        `<@${officer.id}> +<@&${roleOf("VIP")}> (owns game pass ${GAME_PASS}), /verify by officer1`,
      ]);

      // A second /verify at once is held by the cooldown and writes nothing.
      expect(await run("verify", [], { user: officer })).toContain("Try again");
      expect(writesOf(officer.id)).toHaveLength(1);

      world().addMembership(rich.userId, group.id, group.roles.find((role) => role.name === "Cadet")?.id);
      const updated = await run("update", [{ name: "member", type: T.User, value: officer.id }]);
      expect(updated).toContain(`Removed <@&${roleOf("Officer")}>`);
      expect(writesOf(officer.id)).toHaveLength(2);
      expect(writesOf(officer.id)[1]).toMatchObject({
        method: "PATCH",
        status: 200,
        added: [],
        removed: [roleOf("Officer")],
      });
      expect(writesOf(officer.id)[1]?.reason).toContain("/update by staffer");
      expect(memberRoles(officer.id)).toEqual([roleOf("VIP")]);
      expect(discord().channelMessages(channelId).at(-1)?.content).toBe(
        `<@${officer.id}> −<@&${roleOf("Officer")}> (no bind matches: rank ≥ 100 in group ${group.id}), /update by staffer`,
      );
    },
    2 * BROWSER_HOOK_TIMEOUT_MS,
  );

  it("tells the member exactly why a role above the bot's cannot be given, lists it in the doctor, and sends no refused write", async () => {
    const council = discord().guildControls.createRole(guildId(), { name: "Council", position: 99 });
    await cached(council);
    const saved = await run("binds", [{ name: "role", type: T.Role, value: council }], {
      subcommandGroup: "add",
      subcommand: "verified",
    });
    expect(saved).toContain("**Council** is not below the bot's highest role (**Emulated Bot**)");
    linking.clock.advance(31_000);
    const before = writesOf(officer.id).length;
    const verified = await run("verify", [], { user: officer });
    expect(verified).toContain(
      `Could not give <@&${council}>: **Council** is not below the bot's highest role (**Emulated Bot**), so Discord does not let the bot give or take it.`,
    );
    expect(writesOf(officer.id)).toHaveLength(before);
    const doctor = await run("binds", [], { subcommand: "doctor" });
    expect(doctor).toContain("**Council** is not below the bot's highest role");
    expect(doctor).toContain("drag the bot's role (**Emulated Bot**) above **Council**");
    expect(doctor).not.toContain("Officer**");
    const channel = discord().guildControls.textChannelId(guildId());
    expect(discord().channelMessages(channel).at(-1)?.content).toContain(
      `<@${officer.id}> <@&${council}> not applied: **Council** is not below the bot's highest role`,
    );
    expect(refusedWrites()).toEqual([]);
  });

  it("leaves a private inventory's roles alone and says why; gives the unlinked their role", async () => {
    const hidden = { id: "310000000000000003", username: "hidden1" };
    const stranger = { id: "310000000000000004", username: "stranger1" };
    discord().guildControls.addMember(guildId(), hidden);
    discord().guildControls.addMember(guildId(), stranger);
    const guest = discord().guildControls.createRole(guildId(), { name: "Guest" });
    await cached(guest);
    await run("binds", [{ name: "role", type: T.Role, value: guest }], {
      subcommandGroup: "add",
      subcommand: "unverified",
    });
    await link(hidden, world().subjects.privateUser.userId);
    const held = [roleOf("VIP")];
    discord().guildControls.setMemberRoles(guildId(), hidden.id, held);
    const told = await run("verify", [], { user: hidden });
    expect(told).toContain(
      `Left as they are: owns game pass ${GAME_PASS} (the Roblox inventory is private, so the bot cannot see it)`,
    );
    // VIP is not marked remove-unmatched anyway; what matters is that nothing was written for a bind it could not check.
    expect(memberRoles(hidden.id)).toEqual(held);

    const unlinked = await run("verify", [], { user: stranger });
    expect(unlinked).toContain("Not linked to a Roblox account");
    expect(unlinked).toContain(`Added <@&${guest}>: not linked to a Roblox account`);
    expect(memberRoles(stranger.id)).toEqual([guest]);
    expect(refusedWrites()).toEqual([]);
  });

  it("never touches a member holding the never-verify role, and says so", async () => {
    const keeper = discord().guildControls.createRole(guildId(), { name: "Keeper" });
    await cached(keeper);
    const set = await run("settings", [{ name: "role", type: T.Role, value: keeper }], {
      subcommandGroup: "set",
      subcommand: "never-verify",
    });
    expect(set).toContain(`Members with <@&${keeper}> will never be updated by binds.`);
    const kept = { id: "310000000000000005", username: "kept1" };
    discord().guildControls.addMember(guildId(), kept, [keeper]);
    const before = discord().roleWrites.length;
    expect(await run("verify", [], { user: kept })).toContain(
      `Members with <@&${keeper}> are never updated by binds in this server, so nothing changed.`,
    );
    expect(discord().roleWrites).toHaveLength(before);
    expect(await run("settings", [], { subcommand: "show" })).toContain(
      `**never-verify** (members with this role are never updated): <@&${keeper}>`,
    );
    const off = await run("settings", [], { subcommandGroup: "set", subcommand: "never-verify" });
    expect(off).toContain("**never-verify** (members with this role are never updated): off");
  });

  it("/settings show lists every switch with its value", async () => {
    const shown = await run("settings", [], { subcommand: "show" });
    expect(shown).toContain(
      `**audit-channel** (one line per role change): <#${discord().guildControls.textChannelId(guildId())}>`,
    );
    expect(shown).toContain(
      `**remove-unmatched** (roles taken away when no bind gives them): <@&${roleOf("Officer")}>`,
    );
    const list = await run("binds", [], { subcommand: "list" });
    expect(list.split("\n").filter((line) => line.startsWith("`"))).toHaveLength(4);
    expect(list).toContain("applied when they run /verify");
  });
});
