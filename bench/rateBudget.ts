import { startTsChild } from "./support/childProcess.js";
import { startEmulators } from "./support/emulators.js";
import type { Table } from "./support/results.js";
import { ratio } from "./support/stats.js";

export async function measureRateBudget(limit: number, windowMs: number, requests: number): Promise<Table> {
  const emulators = await startEmulators({
    opencloud: { rateLimits: { inventory: { limit, windowMs } } },
  });
  try {
    const child = startTsChild("bench/rate/burst.ts", {
      RATE_URL: emulators.roblox.url,
      RATE_API_KEY: emulators.roblox.adminKey,
      RATE_USER_ID: emulators.roblox.world.subjects.richUser.userId,
      RATE_LIMIT: String(limit),
      RATE_WINDOW_MS: String(windowMs),
      RATE_REQUESTS: String(requests),
    });
    const line = await child.waitForLine(/^\{"wallMs"/, 10 * windowMs + 60_000);
    await child.exited;
    const result = JSON.parse(line) as { wallMs: number; ok: number; failed: number };
    const inventory = emulators.roblox.requests.filter((r) => r.family === "inventory");
    const tooMany = inventory.filter((r) => r.status === 429).length;
    // With `limit` per window, request n (0-based) cannot be sent before floor(n / limit) windows.
    const theoreticalMs = Math.floor((requests - 1) / limit) * windowMs;
    return {
      title: "6. Rate budget (inventory reads in one burst)",
      notes: [
        `${requests} inventory page reads started at once through our client (own process) against the emulator's inventory limit scaled to ${limit} per ${windowMs / 1_000} s (the real limit is 100 per 60 s; same shape, ${60_000 / windowMs}× faster, so the bench stays under 10 minutes).`,
        "Target: zero 429s. The theoretical minimum is the start of the last window the requests need: ⌊(n−1)/limit⌋ × window.",
      ],
      headers: [
        "requests",
        "succeeded",
        "failed",
        "429s seen by the emulator",
        "requests the emulator saw",
        "wall s",
        "theoretical minimum s",
        "wall vs minimum",
      ],
      verdicts: [
        `Rate budget: ${tooMany === 0 && result.failed === 0 ? "MET" : "SHORT"}: ${tooMany} 429s, ${result.failed} failures; ${(result.wallMs / 1_000).toFixed(1)} s against a minimum of ${(theoreticalMs / 1_000).toFixed(1)} s (${ratio(result.wallMs, theoreticalMs)}).`,
      ],
      rows: [
        [
          String(requests),
          String(result.ok),
          String(result.failed),
          String(tooMany),
          String(inventory.length),
          (result.wallMs / 1_000).toFixed(1),
          (theoreticalMs / 1_000).toFixed(1),
          ratio(result.wallMs, theoreticalMs),
        ],
      ],
    };
  } finally {
    await emulators.close();
  }
}
