import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/harness.js";
import { rawRateLimitTexts, runMixedLoad } from "../support/mixed-load.js";

// Correctness under load only; how fast and how much memory is measured by `npm run bench -- load`.
const LOAD = { interactions: 200, users: 50, durationMs: 12_000 };

let harness: Harness;
beforeAll(async () => {
  // Roblox's rate limits are the real ones, so the bot's limiter has to hold some calls back.
  harness = await startHarness({ opencloud: { rateLimits: "spec" } });
}, 60_000);
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

describe("load", () => {
  it("answers every one of 200 interactions from 50 users, shows no 429 and loses nothing", async () => {
    const results = await runMixedLoad(harness, LOAD);

    expect(results).toHaveLength(LOAD.interactions);
    expect(results.filter((result) => result.outcome === "problem").map((result) => result.detail)).toEqual(
      [],
    );
    expect(rawRateLimitTexts(harness.discord)).toEqual([]);
    // Each interaction was acknowledged exactly once, and Discord took every acknowledgement.
    const callbacks = harness.discord.requests.filter((r) => r.route === "/interactions/:id/:token/callback");
    expect(callbacks.filter((r) => r.status >= 400)).toEqual([]);
    expect(new Set(callbacks.map((r) => r.path)).size).toBe(LOAD.interactions);
    expect(callbacks).toHaveLength(LOAD.interactions);
    expect(results.filter((result) => result.outcome === "answer").length).toBeGreaterThan(
      LOAD.interactions / 2,
    );
  }, 90_000);
});
