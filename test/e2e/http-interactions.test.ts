import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageState } from "../emulators/discord/types.js";
import { spawnBot } from "../support/bot-process.js";
import { type Harness, startHarness } from "../support/harness.js";
import { freePort, waitFor } from "../support/ports.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ store: "sqlite", interactions: "http" });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

const INVOKER = { id: "310000000000000001", username: "http_invoker" };

function footerOf(message: MessageState): string | undefined {
  return (message.embeds[0] as { footer?: { text: string } } | undefined)?.footer?.text;
}

function buttonId(message: MessageState, action: string): string {
  const row = message.components[0] as { components: Array<{ custom_id: string }> };
  const id = row.components.find((button) => button.custom_id.endsWith(`:${action}`))?.custom_id;
  if (!id) throw new Error(`no ${action} button`);
  return id;
}

const origin = () => `http://127.0.0.1:${harness.env.WEB_PORT}`;

describe("interactions over HTTP (INTERACTIONS_MODE=http)", () => {
  it("passed Discord's endpoint checks and holds no gateway session", () => {
    expect(harness.discord.gatewayConnections()).toBe(0);
  });

  it("answers a command with the defer as the HTTP response, then the page through the webhook", async () => {
    const subject = harness.roblox.world.subjects.manyGroupsUser;
    const handle = harness.discord.runCommand({
      name: "groups",
      options: { user: subject.username },
      user: INVOKER,
    });
    expect((await handle.ack()).type).toBe(5);
    const first = await handle.waitFor((message) => !message.loading, 15_000);
    expect(footerOf(first)).toMatch(/page 1 of \d+/);
    // The defer came back as the response: no callback request was sent over REST.
    expect(harness.discord.requests.filter((request) => request.route.includes("/callback"))).toEqual([]);

    const press = harness.discord.click(first, buttonId(first, "next"), { user: INVOKER });
    expect((await press.ack()).type).toBe(6);
    const second = await press.waitFor((message) => /page 2 of/.test(footerOf(message) ?? ""), 15_000);
    expect(second.id).toBe(first.id);
    expect(harness.discord.httpDeliveries.filter((delivery) => delivery.error !== undefined)).toEqual([]);
  });

  it("refuses bad, stale, replayed and oversized requests before the router: no handler, no Roblox request", async () => {
    const subject = harness.roblox.world.subjects.manyGroupsUser;
    const forged = {
      id: "1300000000000000001",
      application_id: harness.discord.applicationId,
      type: 2,
      token: "forged-token",
      version: 1,
      user: {
        id: INVOKER.id,
        username: INVOKER.username,
        discriminator: "0",
        global_name: null,
        avatar: null,
      },
      channel_id: "1300000000000000002",
      app_permissions: "0",
      locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: {},
      context: 1,
      attachment_size_limit: 10485760,
      data: {
        id: "1300000000000000003",
        name: "user",
        type: 1,
        options: [{ name: "user", type: 3, value: subject.username }],
      },
    };
    const robloxBefore = harness.roblox.countRequests();
    const discordBefore = harness.discord.requests.length;
    const logsBefore = harness.logs.length;
    expect(await harness.discord.sendHostile("bad-signature", forged)).toBe(401);
    expect(await harness.discord.sendHostile("stale-timestamp", forged)).toBe(401);
    expect(await harness.discord.sendHostile("replay")).toBe(401);
    expect(await harness.discord.sendHostile("oversized", forged)).toBe(413);
    expect(harness.roblox.countRequests()).toBe(robloxBefore);
    expect(harness.discord.requests.length).toBe(discordBefore);
    const newLogs = harness.logs.slice(logsBefore).join("\n");
    expect(newLogs).not.toContain("interactionId");
    expect(newLogs).toContain("failed its signature check");
  });

  it("reports ready on /healthz: store up, public key loaded, router ready", async () => {
    const response = await fetch(`${origin()}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ready: true,
      interactions: "http",
      store: "ok",
      publicKey: "loaded",
      router: "ready",
    });
  });
});

describe("the events process (npm run start:events)", () => {
  it("holds the one gateway session beside the HTTP instances and reports it on /healthz", async () => {
    const port = await freePort();
    const events = spawnBot({ ...harness.env, WEB_PORT: String(port) }, process.cwd(), {
      entry: "src/eventsProcess.ts",
    });
    try {
      await events.ready;
      expect(harness.discord.gatewayConnections()).toBe(1);
      const report = await waitFor(
        async () => {
          const response = await fetch(`http://127.0.0.1:${port}/healthz`);
          return response.status === 200 ? response.json() : undefined;
        },
        10_000,
        "the events process's health",
      );
      expect(report).toEqual({ ready: true, gateway: "connected", store: "ok" });
      // Commands still arrive over HTTP, at the instance.
      const handle = harness.discord.runCommand({ name: "groups", options: { user: "x" }, user: INVOKER });
      expect((await handle.ack()).type).toBe(5);
    } finally {
      events.child.kill("SIGTERM");
      await events.exited;
    }
  });

  it("refuses to start in gateway mode, where npm start holds the gateway", async () => {
    const { INTERACTIONS_MODE: _mode, ...gatewayEnv } = harness.env;
    const events = spawnBot(gatewayEnv, process.cwd(), { entry: "src/eventsProcess.ts" });
    expect((await events.exited).code).toBe(1);
    expect(events.stderr.join("\n")).toContain("set INTERACTIONS_MODE=http");
  });
});
