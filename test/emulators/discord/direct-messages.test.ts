import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";

let emu: DiscordEmulator;

beforeAll(async () => {
  emu = await startDiscordEmulator();
});
afterAll(async () => {
  await emu.close();
});

async function call(
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${emu.apiUrl}/v10${path}`, {
    method,
    headers: { authorization: `Bot ${emu.token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("direct messages", () => {
  it("opens one DM channel per user and delivers the bot's messages into it", async () => {
    const first = await call("POST", "/users/@me/channels", { recipient_id: "320000000000000001" });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ type: 1, recipients: [{ id: "320000000000000001" }] });
    const again = await call("POST", "/users/@me/channels", { recipient_id: "320000000000000001" });
    expect(again.json.id).toBe(first.json.id);
    const sent = await call("POST", `/channels/${String(first.json.id)}/messages`, { content: "hello" });
    expect(sent.status).toBe(200);
    expect(emu.directMessages.of("320000000000000001").map((message) => message.content)).toEqual(["hello"]);
  });

  it("refuses a message to a member whose DMs are closed with 403 code 50007, after opening the channel", async () => {
    emu.directMessages.setClosed("320000000000000002", true);
    const channel = await call("POST", "/users/@me/channels", { recipient_id: "320000000000000002" });
    expect(channel.status).toBe(200);
    const sent = await call("POST", `/channels/${String(channel.json.id)}/messages`, { content: "hello" });
    expect(sent).toEqual({
      status: 403,
      json: { message: "Cannot send messages to this user", code: 50007 },
    });
    expect(emu.directMessages.of("320000000000000002")).toEqual([]);
  });

  it("checks the bodies: a bad recipient, an empty message, a channel it does not know", async () => {
    const badRecipient = await call("POST", "/users/@me/channels", { recipient_id: "not-a-snowflake" });
    expect(badRecipient.status).toBe(400);
    expect(badRecipient.json.code).toBe(50035);
    const channel = await call("POST", "/users/@me/channels", { recipient_id: "320000000000000003" });
    const empty = await call("POST", `/channels/${String(channel.json.id)}/messages`, { content: "" });
    expect(empty.json.code).toBe(50006);
    const unknown = await call("POST", "/channels/1/messages", { content: "hello" });
    expect(unknown).toMatchObject({ status: 404, json: { code: 10003 } });
  });
});
