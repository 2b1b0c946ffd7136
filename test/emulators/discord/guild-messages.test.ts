import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";

let emu: DiscordEmulator;

beforeAll(async () => {
  emu = await startDiscordEmulator();
});
afterAll(async () => {
  await emu.close();
});

const post = async (channelId: string, body: unknown) => {
  const response = await fetch(`${emu.apiUrl}/v10/channels/${channelId}/messages`, {
    method: "POST",
    headers: { authorization: `Bot ${emu.token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
};

describe("messages into a server's text channel", () => {
  it("delivers the bot's message into the guild's channel", async () => {
    const guild = emu.guilds[0];
    const channelId = emu.guildControls.textChannelId(guild?.id ?? "");
    const sent = await post(channelId, { content: "audit line", allowed_mentions: { parse: [] } });
    expect(sent.status).toBe(200);
    expect(sent.json).toMatchObject({ channel_id: channelId, content: "audit line" });
    expect(emu.channelMessages(channelId).map((message) => message.content)).toEqual(["audit line"]);
  });

  it("refuses with 403 code 50013 when the bot may not send messages there, and delivers nothing", async () => {
    const guildId = emu.guilds[0]?.id ?? "";
    const channelId = emu.guildControls.textChannelId(guildId);
    const before = emu.channelMessages(channelId).length;
    // Without Send Messages on @everyone or its role (1 << 11).
    const everything = (1n << 53n) - 1n;
    const withoutSend = everything & ~(1n << 11n) & ~(1n << 3n);
    emu.guildControls.setRolePermissions(guildId, guildId, withoutSend);
    emu.guildControls.setRolePermissions(guildId, emu.guildControls.botRoleId(guildId), withoutSend);
    const refused = await post(channelId, { content: "nope" });
    expect(refused).toMatchObject({ status: 403, json: { code: 50013 } });
    expect(emu.channelMessages(channelId)).toHaveLength(before);
  });

  it("answers 10003 for a channel it does not know", async () => {
    expect(await post("999999999999999999", { content: "x" })).toMatchObject({
      status: 404,
      json: { code: 10003 },
    });
  });
});
