import type { APIInteraction } from "@discordjs/core/http-only";
import { afterEach, describe, expect, it } from "vitest";
import { systemClock } from "../../../src/clock.js";
import {
  createHttpInteractionReceiver,
  createInteractionRest,
} from "../../../src/discord/httpInteraction.js";
import type { InteractionContext } from "../../../src/interaction/types.js";
import { createLogger } from "../../../src/logger.js";
import { MemoryPrimitives } from "../../../src/store/primitives/index.js";
import { createWebServer, type WebServer } from "../../../src/web/index.js";
import {
  type InteractionsEndpoint,
  interactionsPublicKey,
  registerInteractionsRoute,
  replayGuard,
} from "../../../src/web/interactions/index.js";
import { InProcessRequestLimiter } from "../../../src/web/requestLimiter.js";
import { type DiscordEmulator, startDiscordEmulator } from "../../emulators/discord/index.js";
import { verbatim } from "../../support/localized.js";
import { waitFor } from "../../support/ports.js";

let emu: DiscordEmulator | undefined;
let web: WebServer | undefined;
afterEach(async () => {
  await web?.close();
  await emu?.close();
  web = undefined;
  emu = undefined;
});

type Receive = InteractionsEndpoint["receive"];

/** The endpoint in front of `receive` (by default one that records what reached it and replies). */
async function start(
  makeReceive?: (emu: DiscordEmulator) => Receive,
): Promise<{ emu: DiscordEmulator; received: APIInteraction[] }> {
  emu = await startDiscordEmulator();
  const received: APIInteraction[] = [];
  const own = makeReceive?.(emu);
  web = createWebServer({
    logger: createLogger({ level: "silent", pretty: false, secrets: [] }),
    trustProxy: false,
    health: async () => ({ ready: true, gateway: "connected", store: "ok" }),
    limiter: new InProcessRequestLimiter(systemClock),
  });
  await registerInteractionsRoute(web.app, {
    publicKey: interactionsPublicKey(emu.verifyKey),
    clock: emu.clock,
    firstSeen: replayGuard(new MemoryPrimitives(systemClock)),
    async receive(interaction, respond) {
      received.push(interaction);
      if (own) return own(interaction, respond);
      await respond({ type: 4, data: { content: `got ${interaction.id}` } });
    },
  });
  const port = await web.listen(0);
  await emu.setInteractionsEndpoint(`http://127.0.0.1:${port}/interactions`);
  return { emu, received };
}

describe("POST /interactions", () => {
  it("passes Discord's endpoint checks (PONG to the PING, 401 to a bad signature) and answers with the ack", async () => {
    const { emu, received } = await start();
    const handle = emu.runCommand({ name: "ping" });
    expect((await handle.ack()).type).toBe(4);
    expect((await handle.reply()).content).toBe(`got ${handle.id}`);
    expect(received.map((interaction) => interaction.id)).toEqual([handle.id]);
    expect(emu.httpDeliveries.at(-1)).toMatchObject({ status: 200, ackType: 4 });
    expect(emu.httpDeliveries.every((delivery) => delivery.error === undefined)).toBe(true);
  });

  it("refuses a bad signature, a stale timestamp, a replay and an oversized body without running anything", async () => {
    const { emu, received } = await start();
    const handle = emu.runCommand({ name: "ping" });
    await handle.ack();
    const payload = {
      id: "1",
      type: 2,
      token: "t",
      application_id: emu.applicationId,
      data: { name: "ping" },
    };
    expect(await emu.sendHostile("bad-signature", payload)).toBe(401);
    expect(await emu.sendHostile("stale-timestamp", payload)).toBe(401);
    expect(await emu.sendHostile("replay")).toBe(401);
    expect(await emu.sendHostile("oversized", payload)).toBe(413);
    expect(received).toHaveLength(1);
  });

  it("refuses requests without the headers, or with headers that are not hex, with 401", async () => {
    const { received } = await start();
    const address = web?.app.server.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    const post = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/interactions`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ type: 1 }),
      }).then((response) => response.status);
    expect(await post({})).toBe(401);
    expect(await post({ "x-signature-ed25519": "zz".repeat(64), "x-signature-timestamp": "1" })).toBe(401);
    expect(await post({ "x-signature-ed25519": "00".repeat(64), "x-signature-timestamp": "abc" })).toBe(401);
    expect(received).toHaveLength(0);
  });
});

describe("the HTTP adapter of the interaction context", () => {
  /** Defers (the HTTP response), then finishes through the webhook, as a command or a button press does. */
  const slowHandler = async (context: InteractionContext) => {
    if (context.kind === "autocomplete") return context.respond([{ name: "one", value: "1" }]);
    if (context.kind === "component") {
      await context.deferUpdate();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return context.editReply({ content: verbatim(`pressed ${context.customId}`), components: [] });
    }
    await context.defer({ ephemeral: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await context.editReply({
      content: verbatim(`done by ${context.user.username}`),
      components: [{ type: 1, components: [{ type: 2, style: 1, label: "Next", custom_id: "list:next" }] }],
    });
  };
  const adapter = (emu: DiscordEmulator) =>
    createHttpInteractionReceiver(createInteractionRest(emu.apiUrl), slowHandler);

  it("sends the defer as the HTTP response and edits the reply through the webhook afterwards", async () => {
    const { emu } = await start(adapter);
    const handle = emu.runCommand({ name: "slow" });
    expect((await handle.ack()).type).toBe(5);
    const reply = await handle.waitFor((message) => !message.loading);
    expect(reply).toMatchObject({ content: "done by tester", ephemeral: true });

    const press = emu.click(reply, "list:next");
    expect((await press.ack()).type).toBe(6);
    expect((await press.waitFor((message) => message.content.startsWith("pressed"))).content).toBe(
      "pressed list:next",
    );
    expect(await emu.autocomplete({ name: "slow", options: { text: "o" }, focused: "text" })).toEqual([
      { name: "one", value: "1" },
    ]);
    expect(emu.httpDeliveries.filter((delivery) => delivery.error !== undefined)).toEqual([]);
    expect(emu.violations).toEqual([]);
  });

  it("closes the request when a handler never answers, so Discord is not held past its window", async () => {
    const { emu } = await start(() => async () => new Promise(() => undefined));
    emu.runCommand({ name: "stuck" });
    const delivery = await waitFor(
      async () => emu.httpDeliveries.find((entry) => entry.status !== 0),
      5_000,
      "the endpoint's answer",
    );
    expect(delivery.status).toBe(503);
  });
});
