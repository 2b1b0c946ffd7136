import { type Client, Events, type Guild, type Interaction, PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";
import { connectClient } from "./test-client.js";

let emu: DiscordEmulator;
let client: Client<true>;

beforeAll(async () => {
  emu = await startDiscordEmulator({ heartbeatIntervalMs: 1_000 });
  client = await connectClient(emu);
});
afterAll(async () => {
  await client?.destroy();
  await emu?.close();
});

function next<T>(event: Events.GuildCreate | Events.InteractionCreate): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5_000);
    client.once(event, (value: unknown) => {
      clearTimeout(timer);
      resolve(value as T);
    });
  });
}

describe("a stranger installs the bot", () => {
  it("says the application is public, as a new application is by default", async () => {
    const application = await client.rest.get("/applications/@me");
    expect((application as { bot_public: boolean }).bot_public).toBe(true);
    const privateEmu = await startDiscordEmulator({ botPublic: false });
    try {
      const response = await fetch(`${privateEmu.apiUrl}/v10/applications/@me`, {
        headers: { authorization: `Bot ${privateEmu.token}` },
      });
      expect(((await response.json()) as { bot_public: boolean }).bot_public).toBe(false);
    } finally {
      await privateEmu.close();
    }
  });

  it("joins a new guild at runtime whose owner is an administrator there", async () => {
    const joined = next<Guild>(Events.GuildCreate);
    const installed = emu.installGuild({ name: "Somebody else's server" });
    const guild = await joined;
    expect(guild.id).toBe(installed.id);
    expect(guild.name).toBe("Somebody else's server");
    expect(guild.ownerId).toBe(installed.owner.id);
    expect(
      guild.roles.cache.get(installed.adminRoleId)?.permissions.has(PermissionFlagsBits.Administrator),
    ).toBe(true);
    expect(emu.guilds.map((known) => known.id)).toContain(installed.id);
    const listed = (await client.rest.get("/users/@me/guilds")) as Array<{ id: string; name: string }>;
    expect(listed).toContainEqual(
      expect.objectContaining({ id: installed.id, name: "Somebody else's server" }),
    );
    const afterFirst = (await client.rest.get("/users/@me/guilds", {
      query: new URLSearchParams({ after: emu.guilds[0]?.id ?? "0", limit: "1" }),
    })) as Array<{ id: string }>;
    expect(afterFirst.map((guild) => guild.id)).toEqual([installed.id]);

    const received = next<Interaction>(Events.InteractionCreate);
    const handle = emu.runCommand({ name: "ping", guildId: installed.id, user: installed.owner });
    const interaction = await received;
    expect(interaction.guildId).toBe(installed.id);
    expect(interaction.user.id).toBe(installed.owner.id);
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.Administrator)).toBe(true);
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuildExpressions)).toBe(true);
    const member = interaction.member;
    const roles = member && !Array.isArray(member.roles) ? [...member.roles.cache.keys()] : [];
    expect(roles).toContain(installed.adminRoleId);
    if (interaction.isRepliable()) await interaction.reply("pong");
    expect((await handle.reply()).content).toBe("pong");
  });
});
