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

  it("fetching the message again gives its attachment a fresh link once the old one expired", async () => {
    const [open] = emu.guilds;
    const form = new FormData();
    form.set(
      "payload_json",
      JSON.stringify({ content: "for review", attachments: [{ id: "0", filename: "file.png" }] }),
    );
    form.set("files[0]", new Blob([Buffer.from("the bytes")], { type: "image/png" }), "file.png");
    const sent = await fetch(`${emu.apiUrl}/v10/channels/${open?.channelId}/messages`, {
      method: "POST",
      headers: { authorization: `Bot ${emu.token}` },
      body: form,
    });
    expect(sent.status, await sent.clone().text()).toBe(200);
    const message = (await sent.json()) as { id: string; attachments: Array<{ url: string }> };
    const firstLink = message.attachments[0]?.url ?? "";
    expect((await fetch(firstLink)).status).toBe(200);
    emu.clock.advance(25 * 60 * 60 * 1000);
    expect((await fetch(firstLink)).status).toBe(404);
    const read = await fetch(`${emu.apiUrl}/v10/channels/${open?.channelId}/messages/${message.id}`, {
      headers: { authorization: `Bot ${emu.token}` },
    });
    expect(read.status).toBe(200);
    const fresh = ((await read.json()) as { attachments: Array<{ url: string }> }).attachments[0]?.url ?? "";
    expect(fresh).not.toBe(firstLink);
    const bytes = await fetch(fresh);
    expect(bytes.status).toBe(200);
    expect(Buffer.from(await bytes.arrayBuffer()).toString()).toBe("the bytes");
  });

  it("answers 10008 for a message it does not have", async () => {
    const [open] = emu.guilds;
    const read = await fetch(`${emu.apiUrl}/v10/channels/${open?.channelId}/messages/1499999999999999999`, {
      headers: { authorization: `Bot ${emu.token}` },
    });
    expect(read.status).toBe(404);
    expect(((await read.json()) as { code: number }).code).toBe(10008);
  });
});
