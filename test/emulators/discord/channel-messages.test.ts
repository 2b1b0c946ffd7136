import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";

let emu: DiscordEmulator;
const VIEW_CHANNEL = 1n << 10n;

beforeAll(async () => {
  emu = await startDiscordEmulator({
    guilds: [
      { id: "1400000000000000001", name: "open" },
      // The bot may see the channel but not write in it.
      {
        id: "1400000000000000002",
        name: "read only",
        everyonePermissions: VIEW_CHANNEL,
        botRolePermissions: VIEW_CHANNEL,
      },
      { id: "1400000000000000003", name: "hidden", everyonePermissions: 0n, botRolePermissions: 0n },
    ],
  });
});
afterAll(async () => {
  await emu.close();
});

async function post(channelId: string, body: unknown) {
  const response = await fetch(`${emu.apiUrl}/v10/channels/${channelId}/messages`, {
    method: "POST",
    headers: { authorization: `Bot ${emu.token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("messages in a server's text channel", () => {
  it("posts where the bot may send, stored as a channel message of that server", async () => {
    const [open] = emu.guilds;
    const sent = await post(open?.channelId ?? "", { embeds: [{ description: "logged" }] });
    expect(sent.status).toBe(200);
    expect(sent.json).toMatchObject({ channel_id: open?.channelId });
    const stored = emu.messages.get(String(sent.json.id));
    expect(stored).toMatchObject({ role: "channel", guildId: open?.id, channelId: open?.channelId });
  });

  it("refuses without Send Messages (50013) and without View Channel (50001)", async () => {
    const readOnly = await post(emu.guilds[1]?.channelId ?? "", { content: "x" });
    expect(readOnly).toEqual({ status: 403, json: { message: "Missing Permissions", code: 50013 } });
    const hidden = await post(emu.guilds[2]?.channelId ?? "", { content: "x" });
    expect(hidden).toEqual({ status: 403, json: { message: "Missing Access", code: 50001 } });
  });
});
