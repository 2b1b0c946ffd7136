import { Client, Events, GatewayIntentBits, type Interaction, type Client as ReadyClient } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";
import { connectClient } from "./test-client.js";

function once<T>(client: ReadyClient, event: string, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    client.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

describe("gateway", () => {
  let emu: DiscordEmulator;
  let client: ReadyClient<true>;
  const sequences: number[] = [];
  const heartbeats: string[] = [];

  beforeAll(async () => {
    emu = await startDiscordEmulator({ heartbeatIntervalMs: 200 });
    client = await connectClient(emu);
    client.on(Events.Raw, (packet: { s?: number | null }) => {
      if (typeof packet.s === "number") sequences.push(packet.s);
    });
    client.on(Events.Debug, (message) => {
      if (message.includes("Heartbeat acknowledged")) heartbeats.push(message);
    });
    client.on(Events.InteractionCreate, (interaction: Interaction) => {
      if (interaction.isChatInputCommand()) {
        interaction.reply(`handled ${interaction.commandName}`).catch(() => {});
      }
    });
  });

  afterAll(async () => {
    await client?.destroy();
    await emu?.close();
  });

  it("acknowledges heartbeats", async () => {
    const deadline = Date.now() + 5_000;
    while (heartbeats.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(heartbeats.length).toBeGreaterThan(0);
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
  });

  it("dispatches interactions with increasing sequence numbers", async () => {
    const before = sequences.length;
    for (const name of ["one", "two", "three"]) {
      expect((await emu.runCommand({ name }).reply()).content).toBe(`handled ${name}`);
    }
    const seen = sequences.slice(before);
    expect(seen).toHaveLength(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(3);
  });

  it("lets the client resume after a drop, replaying what it missed and delivering what comes after", async () => {
    const resumed = once<number>(client, Events.ShardResume);
    emu.dropGateway();
    expect(emu.gatewayConnections()).toBe(0);
    // Sent while the socket is down: the emulator must replay it on RESUME.
    const missed = emu.runCommand({ name: "missed" });
    await resumed;
    expect(emu.gatewayConnections()).toBe(1);
    expect((await missed.reply()).content).toBe("handled missed");
    const after = emu.runCommand({ name: "after" });
    expect((await after.reply()).content).toBe("handled after");
    const identifyCount = emu.requests.filter((r) => r.route === "/gateway/bot").length;
    expect(identifyCount).toBe(1);
  });

  it("makes the client identify afresh when closed with 1000", async () => {
    const ready = once<number>(client, Events.ShardReady);
    emu.dropGateway({ code: 1000 });
    await ready;
    expect((await emu.runCommand({ name: "fresh" }).reply()).content).toBe("handled fresh");
  });
});

describe("gateway authentication", () => {
  it("refuses a wrong token with TokenInvalid", async () => {
    const emu = await startDiscordEmulator();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emu.apiUrl } });
    try {
      await expect(client.login("not-the-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    } finally {
      await client.destroy();
      await emu.close();
    }
  });

  it("closes with 4014 when privileged intents are not allowed", async () => {
    const emu = await startDiscordEmulator();
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers],
      rest: { api: emu.apiUrl },
    });
    try {
      await expect(client.login(emu.token)).rejects.toThrow(/disallowed intents/i);
    } finally {
      await client.destroy();
      await emu.close();
    }
  });

  it("logs in with a second, independent emulator", async () => {
    const emu = await startDiscordEmulator({ guilds: [{ name: "A" }, { name: "B" }] });
    const client = await connectClient(emu);
    try {
      expect(client.guilds.cache.map((guild) => guild.name).sort()).toEqual(["A", "B"]);
    } finally {
      await client.destroy();
      await emu.close();
    }
  });
});
