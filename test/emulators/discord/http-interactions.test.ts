import { createPublicKey, verify } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";

const MAX_BODY = 1024 * 1024;
const STALE_SECONDS = 300;

/** Ed25519 public key from Discord's hex form (raw 32 bytes) via an SPKI DER prefix. */
function publicKeyFromHex(hex: string) {
  const prefix = Buffer.from("302a300506032b6570032100", "hex");
  return createPublicKey({
    key: Buffer.concat([prefix, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

/** A minimal HTTP-interactions bot: verifies each request as Discord asks, answers PING and one command. */
async function startBot(emu: DiscordEmulator, answer: (interaction: Record<string, unknown>) => unknown) {
  const key = publicKeyFromHex(emu.verifyKey);
  const seen = new Set<string>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY) {
        res.writeHead(413).end();
        return;
      }
      const raw = Buffer.concat(chunks);
      const signature = String(req.headers["x-signature-ed25519"] ?? "");
      const timestamp = String(req.headers["x-signature-timestamp"] ?? "");
      const valid = verify(
        null,
        Buffer.concat([Buffer.from(timestamp), raw]),
        key,
        Buffer.from(signature, "hex"),
      );
      const fresh = Math.abs(emu.clock.now() / 1000 - Number(timestamp)) < STALE_SECONDS;
      if (!valid || !fresh || seen.has(signature)) {
        res.writeHead(401).end();
        return;
      }
      seen.add(signature);
      const interaction = JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
      const body = interaction.type === 1 ? { type: 1 } : answer(interaction);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let emu: DiscordEmulator | undefined;
let bot: { close(): Promise<void> } | undefined;
afterEach(async () => {
  await bot?.close();
  await emu?.close();
  bot = undefined;
  emu = undefined;
});

describe("HTTP interactions", () => {
  it("shows the verify key and endpoint, delivers signed interactions and takes the answer as the ack", async () => {
    emu = await startDiscordEmulator();
    const started = await startBot(emu, () => ({ type: 4, data: { content: "pong over HTTP" } }));
    bot = started;
    await emu.setInteractionsEndpoint(started.url);
    const app = (await (
      await fetch(`${emu.apiUrl}/v10/applications/@me`, { headers: { authorization: `Bot ${emu.token}` } })
    ).json()) as { verify_key: string; interactions_endpoint_url: string };
    expect(app.verify_key).toMatch(/^[0-9a-f]{64}$/);
    expect(app.verify_key).toBe(emu.verifyKey);
    expect(app.interactions_endpoint_url).toBe(started.url);
    // No gateway session is open: the interaction can only arrive over HTTP.
    const handle = emu.runCommand({ name: "ping" });
    expect((await handle.ack()).type).toBe(4);
    expect((await handle.reply()).content).toBe("pong over HTTP");
    expect(emu.httpDeliveries).toEqual([expect.objectContaining({ status: 200, ackType: 4 })]);
  });

  it("lets the bot edit its deferred answer through the webhook afterwards", async () => {
    emu = await startDiscordEmulator();
    const current = emu;
    const started = await startBot(current, (interaction) => {
      setTimeout(() => {
        void fetch(
          `${current.apiUrl}/v10/webhooks/${current.applicationId}/${interaction.token}/messages/@original`,
          {
            method: "PATCH",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ content: "done later" }),
          },
        );
      }, 20);
      return { type: 5 };
    });
    bot = started;
    await current.setInteractionsEndpoint(started.url);
    const handle = current.runCommand({ name: "slow" });
    expect((await handle.reply()).content).toBe("done later");
  });

  it("saves the endpoint through PATCH /applications/@me, and refuses a failing one with 50035", async () => {
    emu = await startDiscordEmulator();
    const started = await startBot(emu, () => ({ type: 4, data: { content: "ok" } }));
    bot = started;
    const patch = (url: string) =>
      fetch(`${emu?.apiUrl}/v10/applications/@me`, {
        method: "PATCH",
        headers: { authorization: `Bot ${emu?.token}`, "content-type": "application/json" },
        body: JSON.stringify({ interactions_endpoint_url: url }),
      });
    const saved = await patch(started.url);
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { interactions_endpoint_url: string }).interactions_endpoint_url).toBe(
      started.url,
    );
    const refused = await patch("http://127.0.0.1:9/nothing-here");
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { code: number }).code).toBe(50035);
    // Discord answers with Invalid Form Body, so the emulator records it as one.
    expect(emu.violations.map((violation) => violation.issues[0]?.code)).toEqual([
      "APPLICATION_INTERACTIONS_ENDPOINT_URL_INVALID",
    ]);
    expect(emu.httpDeliveries).toEqual([]);
  });

  it("refuses an endpoint that does not answer the PING or accepts bad signatures", async () => {
    emu = await startDiscordEmulator();
    const lax = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end('{"type":1}'),
    );
    await new Promise<void>((resolve) => lax.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(lax.address() as AddressInfo).port}/`;
    await expect(emu.setInteractionsEndpoint(url)).rejects.toThrow(/bad signature/);
    await new Promise<void>((resolve) => lax.close(() => resolve()));
    await expect(emu.setInteractionsEndpoint(url)).rejects.toThrow(/could not be verified/);
  });

  it("expires an interaction answered after 3 s: the late answer and later callbacks get 10062", async () => {
    emu = await startDiscordEmulator({ timeScale: 1 });
    const current = emu;
    const started = await startBot(current, () => {
      current.clock.advance(3_500);
      return { type: 5 };
    });
    bot = started;
    await current.setInteractionsEndpoint(started.url);
    const handle = current.runCommand({ name: "late" });
    await expect(handle.ack(2_000)).rejects.toThrow();
    await expect.poll(() => current.httpDeliveries[0]?.error).toMatch(/10062/);
  });

  it("sends hostile requests the bot must refuse", async () => {
    emu = await startDiscordEmulator();
    const started = await startBot(emu, () => ({ type: 4, data: { content: "ok" } }));
    bot = started;
    await emu.setInteractionsEndpoint(started.url);
    await emu.runCommand({ name: "ping" }).reply();
    expect(await emu.sendHostile("bad-signature")).toBe(401);
    expect(await emu.sendHostile("stale-timestamp")).toBe(401);
    expect(await emu.sendHostile("replay")).toBe(401);
    expect(await emu.sendHostile("oversized")).toBe(413);
  });
});
