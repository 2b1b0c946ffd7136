import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answered, sleep } from "../support/fault-helpers.js";
import { type Harness, startHarness } from "../support/harness.js";

/**
 * Start-up as Discord really does it: READY lists every guild unavailable, the GUILD_CREATEs stream in
 * over seconds, and a guild in an outage never arrives. Commands sent meanwhile must still be
 * acknowledged within Discord's 3 s.
 */
const GUILD_COUNT = 30;
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    discord: {
      guilds: Array.from({ length: GUILD_COUNT }, (_, index) => ({
        name: `Guild ${index + 1}`,
        unavailable: index === GUILD_COUNT - 1,
      })),
      // 29 guilds, 150 ms apart: over 4 s of streaming, then one that stays unavailable.
      guildCreateIntervalMs: 150,
    },
    waitForReady: false,
  });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

describe("start-up", () => {
  it("a command sent 100 ms after login, while guilds are still arriving, is acknowledged in time", async () => {
    await sleep(100);
    const client = harness.bot()!.client;
    const firstGuild = harness.discord.guilds[0]!.id;
    const handle = harness.discord.runCommand({ name: "uploads", guildId: firstGuild });
    const ack = await handle.ack(5_000);
    expect(ack.type).toBe(5);
    expect(ack.elapsedMs).toBeLessThan(3_000);
    const reply = await handle.waitFor(answered, 5_000);
    expect(reply.ephemeral).toBe(true);
    // The guilds were still streaming in when the command was answered.
    expect(client.guilds.cache.filter((guild) => guild.available).size).toBeLessThan(GUILD_COUNT - 1);
    const unknownInteraction = harness.discord.requests.filter(
      (request) => request.route.endsWith("/callback") && request.status === 404,
    );
    expect(unknownInteraction).toEqual([]);
  }, 15_000);

  it("an interaction in the guild that is still unavailable is answered too", async () => {
    const unavailable = harness.discord.guilds[GUILD_COUNT - 1]!.id;
    const handle = harness.discord.runCommand({ name: "uploads", guildId: unavailable });
    expect((await handle.ack(5_000)).type).toBe(5);
    expect((await handle.waitFor(answered, 5_000)).ephemeral).toBe(true);
  }, 15_000);
});
