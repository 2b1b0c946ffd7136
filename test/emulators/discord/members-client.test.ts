import { type Client, DiscordAPIError } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";
import { connectClient } from "./test-client.js";

const MEMBER = { id: "200000000000000002", username: "member" };

let emu: DiscordEmulator;
let client: Client<true>;
let guildId: string;

beforeAll(async () => {
  emu = await startDiscordEmulator({ guilds: [{ roles: [{ name: "Verified" }, { name: "Officer" }] }] });
  guildId = emu.guilds[0]?.id ?? "";
  emu.guildControls.addMember(guildId, MEMBER);
  client = await connectClient(emu);
});

afterAll(async () => {
  await client?.destroy();
  await emu?.close();
});

const roleId = (name: string) =>
  emu.guildControls.roles(guildId).find((role) => role.name === name)?.id ?? "";

describe("members and roles through discord.js", () => {
  it("sees the role hierarchy and its own managed role from GUILD_CREATE", () => {
    const guild = client.guilds.cache.get(guildId);
    const me = guild?.members.me;
    expect(me?.roles.highest.id).toBe(emu.guildControls.botRoleId(guildId));
    expect(guild?.roles.cache.get(roleId("Officer"))?.comparePositionTo(roleId("Verified"))).toBeGreaterThan(
      0,
    );
  });

  it("fetches members by id over the gateway without privileged intents", async () => {
    const guild = client.guilds.cache.get(guildId);
    const fetched = await guild?.members.fetch({ user: [MEMBER.id], time: 2_000 });
    expect([...(fetched?.keys() ?? [])]).toEqual([MEMBER.id]);
  });

  it("sets roles in one PATCH with a reason, and is refused 50013 above its top role", async () => {
    const guild = client.guilds.cache.get(guildId);
    const member = await guild?.members.fetch({ user: MEMBER.id, force: true });
    await member?.roles.set([roleId("Verified"), roleId("Officer")], "linked: rank 100");
    expect(emu.guildControls.member(guildId, MEMBER.id)?.roles).toEqual([
      roleId("Verified"),
      roleId("Officer"),
    ]);
    expect(emu.roleWrites.at(-1)).toMatchObject({ method: "PATCH", reason: "linked: rank 100", status: 200 });

    emu.guildControls.moveRole(guildId, emu.guildControls.botRoleId(guildId), 1);
    const refused = await member?.roles.remove(roleId("Officer")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DiscordAPIError);
    expect((refused as DiscordAPIError).code).toBe(50013);
    expect(emu.roleWrites.at(-1)).toMatchObject({ method: "DELETE", status: 403 });
  });

  it("gets no answer when asking for every member without the GuildMembers intent", async () => {
    const guild = client.guilds.cache.get(guildId);
    await expect(guild?.members.fetch({ time: 300 })).rejects.toThrow(/didn't arrive in time/);
    expect(emu.refusedMemberRequests()).toHaveLength(1);
  });
});
