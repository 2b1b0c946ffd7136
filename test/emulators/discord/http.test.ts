import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";

/** A bare gateway client (no discord.js) so each HTTP detail can be exercised exactly. */
class RawGateway {
  private readonly waiting: Array<(d: Record<string, unknown>) => void> = [];
  readonly frames: Array<{ op: number; t?: string; s?: number; d: unknown }> = [];

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (raw) => {
      const frame = JSON.parse(String(raw));
      this.frames.push(frame);
      if (frame.t === "INTERACTION_CREATE") this.waiting.shift()?.(frame.d);
    });
  }

  static async connect(emu: DiscordEmulator): Promise<RawGateway> {
    const ws = new WebSocket(`${emu.gatewayUrl}?v=10&encoding=json`);
    const gateway = new RawGateway(ws);
    await new Promise((resolve) => ws.once("open", resolve));
    ws.send(
      JSON.stringify({
        op: 2,
        d: { token: emu.token, intents: 1, properties: { os: "linux", browser: "t", device: "t" } },
      }),
    );
    while (!gateway.frames.some((f) => f.t === "READY")) await new Promise((r) => setTimeout(r, 5));
    return gateway;
  }

  interaction(): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  close(): void {
    this.ws.close();
  }
}

let emu: DiscordEmulator;
let gateway: RawGateway;
let recordDir: string;
let recordFile: string;

beforeAll(async () => {
  recordDir = mkdtempSync(join(tmpdir(), "dc-emu-"));
  recordFile = join(recordDir, "requests.jsonl");
  // This bare client does not pace itself by the rate-limit headers; only the test of those limits meets them.
  emu = await startDiscordEmulator({ recordFile, rateLimits: { webhook: { limit: 100, windowMs: 2_000 } } });
  gateway = await RawGateway.connect(emu);
});

afterAll(async () => {
  gateway?.close();
  await emu?.close();
  rmSync(recordDir, { recursive: true, force: true });
});

beforeEach(() => {
  emu.violations.length = 0;
});

async function newInteraction(input: Parameters<DiscordEmulator["runCommand"]>[0] = { name: "raw" }) {
  const received = gateway.interaction();
  const handle = emu.runCommand(input);
  const payload = await received;
  const base = `${emu.apiUrl}/v10`;
  return {
    handle,
    payload,
    callback: `${base}/interactions/${handle.id}/${handle.token}/callback`,
    webhook: `${base}/webhooks/${emu.applicationId}/${handle.token}`,
  };
}

const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("gateway frames", () => {
  it("sends READY with application and resume URL, then GUILD_CREATE", async () => {
    const ready = gateway.frames.find((f) => f.t === "READY")?.d as Record<string, unknown>;
    expect(ready).toMatchObject({
      v: 10,
      user: { id: emu.botUserId, bot: true },
      application: { id: emu.applicationId, flags: 0 },
      resume_gateway_url: emu.gatewayUrl,
      guilds: [{ id: emu.guilds[0]?.id, unavailable: true }],
    });
    // Guilds stream in after READY, as on Discord.
    while (!gateway.frames.some((f) => f.t === "GUILD_CREATE")) await new Promise((r) => setTimeout(r, 5));
    expect(gateway.frames.find((f) => f.t === "GUILD_CREATE")?.d).toMatchObject({
      id: emu.guilds[0]?.id,
      unavailable: false,
    });
  });

  it("builds guild interactions the way Discord does", async () => {
    const attachment = emu.addAttachment({ name: "a.png", data: Buffer.from([1, 2, 3]), declaredSize: 50 });
    const { payload } = await newInteraction({
      name: "up",
      options: { file: attachment, count: 3 },
      memberPermissions: 8n,
      roles: ["123"],
    });
    expect(payload).toMatchObject({
      type: 2,
      version: 1,
      application_id: emu.applicationId,
      guild_id: emu.guilds[0]?.id,
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      context: 0,
      attachment_size_limit: 10_485_760,
      authorizing_integration_owners: { "0": emu.guilds[0]?.id },
      member: { permissions: "8", roles: ["123"], user: { username: "tester" } },
      data: {
        name: "up",
        type: 1,
        options: [
          { name: "file", type: 11, value: attachment.id },
          { name: "count", type: 4, value: 3 },
        ],
        resolved: {
          attachments: { [attachment.id]: { filename: "a.png", size: 50, content_type: "image/png" } },
        },
      },
    });
    expect(payload.user).toBeUndefined();
  });
});

describe("REST", () => {
  it("answers 204 by default and the callback object with with_response=true", async () => {
    const first = await newInteraction();
    expect((await fetch(first.callback, json({ type: 4, data: { content: "hi" } }))).status).toBe(204);
    const second = await newInteraction();
    const res = await fetch(`${second.callback}?with_response=true`, json({ type: 5 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      interaction: {
        id: second.handle.id,
        type: 2,
        response_message_loading: true,
        response_message_ephemeral: false,
      },
      resource: { type: 5 },
    });
    const third = await newInteraction();
    const withMessage = await fetch(
      `${third.callback}?with_response=true`,
      json({ type: 4, data: { content: "hi" } }),
    );
    expect(((await withMessage.json()) as { resource: unknown }).resource).toMatchObject({
      type: 4,
      message: { content: "hi" },
    });
  });

  it("returns a message from with_response only for types 4 and 7", async () => {
    const { callback } = await newInteraction();
    const res = await fetch(`${callback}?with_response=true`, json({ type: 5 }));
    expect(((await res.json()) as { resource: Record<string, unknown> }).resource).not.toHaveProperty(
      "message",
    );
  });

  it("refuses flags other than SUPPRESS_EMBEDS and IS_COMPONENTS_V2 on an edit", async () => {
    const { callback, webhook } = await newInteraction();
    await fetch(callback, json({ type: 4, data: { content: "original" } }));
    const edit = (flags: number) =>
      fetch(`${webhook}/messages/@original`, { ...json({ content: "edited", flags }), method: "PATCH" });
    expect((await edit(64)).status).toBe(400);
    expect((await edit(1 << 12)).status).toBe(400);
    expect((await edit(4)).status).toBe(200);
    expect(emu.violations.map((v) => v.issues[0]?.code)).toEqual([
      "MESSAGE_FLAGS_INVALID",
      "MESSAGE_FLAGS_INVALID",
    ]);
  });

  it("resolves command attachments as ephemeral attachments with the image's size", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000300000002008060000009f3b1e8b", "hex");
    const attachment = emu.addAttachment({ name: "pic.png", data: png });
    expect(attachment).toMatchObject({ ephemeral: true, width: 48, height: 32 });
    expect(new URL(attachment.url).pathname).toMatch(/^\/cdn\/ephemeral-attachments\/\d+\/\d+\/pic\.png$/);
    expect((await fetch(attachment.url)).status).toBe(200);
    const { payload } = await newInteraction({ name: "up", options: { file: attachment } });
    const resolved = (payload.data as { resolved: { attachments: Record<string, unknown> } }).resolved;
    expect(Object.values(resolved.attachments)[0]).toMatchObject({ ephemeral: true, width: 48, height: 32 });
  });

  it("serves @original both raw and URL-encoded, and the message ids of follow-ups", async () => {
    const { callback, webhook } = await newInteraction();
    await fetch(callback, json({ type: 4, data: { content: "original" } }));
    for (const name of ["@original", "%40original"]) {
      const res = await fetch(`${webhook}/messages/${name}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ content: "original", webhook_id: emu.applicationId });
    }
    const followUp = (await (await fetch(`${webhook}?wait=true`, json({ content: "more" }))).json()) as {
      id: string;
    };
    const edited = await fetch(`${webhook}/messages/${followUp.id}`, {
      ...json({ content: "more!" }),
      method: "PATCH",
    });
    expect(await edited.json()).toMatchObject({ id: followUp.id, content: "more!" });
    expect((await fetch(`${webhook}`, json({ content: "no wait" }))).status).toBe(204);
    expect((await fetch(`${webhook}/messages/${followUp.id}`, { method: "DELETE" })).status).toBe(204);
    expect(await (await fetch(`${webhook}/messages/${followUp.id}`)).json()).toEqual({
      message: "Unknown Message",
      code: 10008,
    });
  });

  it("sends rate-limit headers on every response and 429s past 5 requests per 2 s on one webhook", async () => {
    emu.setRateLimits({});
    try {
      const { callback, webhook } = await newInteraction();
      const acked = await fetch(callback, json({ type: 4, data: { content: "original" } }));
      expect(acked.headers.get("x-ratelimit-limit")).toBe("50");
      const answers: Response[] = [];
      for (let index = 0; index < 6; index++) answers.push(await fetch(`${webhook}/messages/@original`));
      expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 200, 429]);
      expect(answers.map((res) => res.headers.get("x-ratelimit-remaining"))).toEqual([
        "4",
        "3",
        "2",
        "1",
        "0",
        "0",
      ]);
      for (const res of answers) {
        expect(res.headers.get("x-ratelimit-limit")).toBe("5");
        expect(res.headers.get("x-ratelimit-bucket")).toMatch(/^[0-9a-f]{16}$/);
        expect(Number(res.headers.get("x-ratelimit-reset-after"))).toBeLessThanOrEqual(2);
      }
      const limited = answers[5]!;
      expect(limited.headers.get("x-ratelimit-scope")).toBe("user");
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ message: "You are being rate limited.", global: false });
      // Another interaction's webhook has its own bucket.
      const other = await newInteraction();
      await fetch(other.callback, json({ type: 4, data: { content: "other" } }));
      expect((await fetch(`${other.webhook}/messages/@original`)).status).toBe(200);
    } finally {
      emu.setRateLimits({ webhook: { limit: 100, windowMs: 2_000 } });
    }
  });

  it("answers a hidden per-channel limit on webhook writes with a 429 of scope shared", async () => {
    emu.setRateLimits({ channelWebhookWrites: { limit: 2, windowMs: 60_000, retryAfterMs: 40_000 } });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 3; index++) {
        const { callback, webhook } = await newInteraction();
        await fetch(callback, json({ type: 5 }));
        const res = await fetch(`${webhook}/messages/@original`, {
          ...json({ content: "x" }),
          method: "PATCH",
        });
        statuses.push(res.status);
        if (res.status === 429) {
          expect(res.headers.get("x-ratelimit-scope")).toBe("shared");
          expect(res.headers.get("retry-after")).toBe("40");
        }
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      emu.setRateLimits({ webhook: { limit: 100, windowMs: 2_000 } });
    }
  });

  it("parses multipart callbacks (payload_json + files[n])", async () => {
    const { callback, handle } = await newInteraction();
    const form = new FormData();
    form.append(
      "payload_json",
      JSON.stringify({
        type: 4,
        data: { content: "file", attachments: [{ id: "0", description: "bytes" }] },
      }),
    );
    form.append("files[0]", new Blob([Buffer.from("abc")], { type: "text/plain" }), "abc.txt");
    expect((await fetch(callback, { method: "POST", body: form })).status).toBe(204);
    const message = await handle.reply();
    expect(message.attachments).toMatchObject([{ filename: "abc.txt", description: "bytes", size: 3 }]);
    expect(message.attachments[0]?.data.toString()).toBe("abc");
  });

  it("keeps only listed attachments on edit", async () => {
    const { callback, webhook, handle } = await newInteraction();
    const form = new FormData();
    form.append(
      "payload_json",
      JSON.stringify({ type: 4, data: { attachments: [{ id: "0" }, { id: "1" }] } }),
    );
    form.append("files[0]", new Blob(["a"]), "a.txt");
    form.append("files[1]", new Blob(["b"]), "b.txt");
    await fetch(callback, { method: "POST", body: form });
    const keep = (await handle.reply()).attachments.find((a) => a.filename === "b.txt");
    await fetch(`${webhook}/messages/@original`, {
      ...json({ attachments: [{ id: keep?.id }] }),
      method: "PATCH",
    });
    expect(handle.message()?.attachments.map((a) => a.filename)).toEqual(["b.txt"]);
  });

  it("refuses empty messages, wrong callback types and webhooks before acknowledgement", async () => {
    const { callback, webhook } = await newInteraction();
    expect(await (await fetch(`${webhook}/messages/@original`)).json()).toEqual({
      message: "Unknown Webhook",
      code: 10015,
    });
    const empty = await fetch(callback, json({ type: 4, data: { content: "" } }));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ message: "Cannot send an empty message", code: 50006 });
    const wrongType = await fetch(callback, json({ type: 7, data: { content: "x" } }));
    expect(await wrongType.json()).toMatchObject({
      code: 50035,
      errors: { type: { _errors: [{ code: "INTERACTION_CALLBACK_TYPE_INVALID" }] } },
    });
    expect(emu.violations.map((v) => v.response.code)).toEqual([50006, 50035]);
    expect((await fetch(callback, json({ type: 4, data: { content: "ok" } }))).status).toBe(204);
    expect((await fetch(`${emu.apiUrl}/v10/interactions/1/nope/callback`, json({ type: 5 }))).status).toBe(
      404,
    );
  });

  it("requires the bot token on bot routes", async () => {
    const unauthorized = await fetch(`${emu.apiUrl}/v10/users/@me`);
    expect(unauthorized.status).toBe(401);
    const me = await fetch(`${emu.apiUrl}/v10/users/@me`, { headers: { authorization: `Bot ${emu.token}` } });
    expect(await me.json()).toMatchObject({ id: emu.botUserId, bot: true });
    const app = await fetch(`${emu.apiUrl}/v10/applications/@me`, {
      headers: { authorization: `Bot ${emu.token}` },
    });
    expect(await app.json()).toMatchObject({ id: emu.applicationId });
    const unknown = await fetch(`${emu.apiUrl}/v10/channels/1/messages`, {
      headers: { authorization: `Bot ${emu.token}` },
    });
    expect(unknown.status).toBe(404);
    expect(emu.requests.at(-1)?.route).toBe("(unmatched)");
  });

  it("validates registered commands against the spec", async () => {
    const res = await fetch(
      `${emu.apiUrl}/v10/applications/${emu.applicationId}/guilds/${emu.guilds[0]?.id}/commands`,
      {
        method: "PUT",
        headers: { authorization: `Bot ${emu.token}`, "content-type": "application/json" },
        body: JSON.stringify([{ name: "x", description: "d".repeat(101) }]),
      },
    );
    expect(res.status).toBe(400);
    expect(emu.violations[0]?.issues).toContainEqual(
      expect.objectContaining({ path: "0.description", code: "BASE_TYPE_MAX_LENGTH" }),
    );
  });
});

describe("CDN", () => {
  it("serves attachment bytes on signed links, refuses tampered and expired ones", async () => {
    const attachment = emu.addAttachment({ name: "model.rbxm", data: Buffer.from("model-bytes") });
    const ok = await fetch(attachment.url);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("model-bytes");
    expect((await fetch(attachment.proxy_url)).status).toBe(200);
    const url = new URL(attachment.url);
    expect([...url.searchParams.keys()]).toEqual(["ex", "is", "hm"]);
    url.searchParams.set("hm", "0".repeat(64));
    expect((await fetch(url)).status).toBe(404);
    emu.clock.advance(24 * 60 * 60 * 1000 + 1000);
    expect((await fetch(attachment.url)).status).toBe(404);
  });

  it.each([403, 404, 500, 502, 503] as const)(
    "answers %i with a body for an attachment a test made fail, on both hosts, until cleared",
    async (status) => {
      const attachment = emu.addAttachment({ name: "gone.png", data: Buffer.from("png-bytes") });
      emu.failAttachment(attachment, status);
      for (const link of [attachment.url, attachment.proxy_url]) {
        const failed = await fetch(link);
        expect(failed.status).toBe(status);
        expect((await failed.text()).length).toBeGreaterThan(0);
      }
      emu.failAttachment(attachment, undefined);
      const served = await fetch(attachment.url);
      expect(served.status).toBe(200);
      expect(await served.text()).toBe("png-bytes");
    },
  );
});

describe("recording", () => {
  it("writes every request as a JSON line without tokens", async () => {
    const { callback, handle } = await newInteraction();
    await fetch(callback, json({ type: 4, data: { content: "recorded" } }));
    const text = readFileSync(recordFile, "utf8");
    const lines = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.length).toBe(emu.requests.length);
    expect(lines.at(-1)).toMatchObject({
      method: "POST",
      route: "/interactions/:id/:token/callback",
      body: { type: 4, data: { content: "recorded" } },
    });
    expect(text).not.toContain(handle.token);
    expect(text).not.toContain(emu.token);
  });
});

describe("control routes", () => {
  it("runs a command over HTTP and answers with the reply state", async () => {
    const received = gateway.interaction();
    const pending = fetch(`${emu.url}/_emulator/command`, json({ name: "remote", options: { q: "x" } }));
    const payload = await received;
    const callback = `${emu.apiUrl}/v10/interactions/${String(payload.id)}/${String(payload.token)}/callback`;
    await fetch(callback, json({ type: 4, data: { content: "remote reply" } }));
    const answer = (await (await pending).json()) as { reply: { content: string } };
    expect(answer.reply.content).toBe("remote reply");
    const messages = (await (await fetch(`${emu.url}/_emulator/messages`)).json()) as Array<{
      content: string;
    }>;
    expect(messages.some((m) => m.content === "remote reply")).toBe(true);
  });
});
