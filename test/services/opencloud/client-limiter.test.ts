import { randomUUID } from "node:crypto";
import { createClient } from "@keyv/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createOpenCloudClient,
  InProcessRateLimiter,
  type OpenCloudClient,
  RedisRateLimiter,
  rateLimitsWith,
} from "../../../src/services/opencloud/index.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../../emulators/opencloud/index.js";

// The documented 100/min, scaled down on both sides so the test takes seconds.
const SCALED = { limit: 100, windowMs: 2_000 };
const BURST = 300;
// The window is scaled down but network and scheduling jitter are not: keep the 1 s margin the limiter
// uses for Roblox's real one-minute windows, or a loaded machine lands a late grant in the next window.
const MARGIN_MS = 1_000;

let emulator: OpenCloudEmulator;
const redis = createClient({ url: "redis://127.0.0.1:6379" });
const redisPrefix = `test:opencloud-burst:${randomUUID()}:`;

beforeAll(async () => {
  emulator = await startOpenCloudEmulator({ seed: 3, rateLimits: { inventory: SCALED } });
  await redis.connect();
});

beforeEach(() => {
  // Fresh server-side windows: each test starts with a budget as fresh as its new client-side limiter.
  emulator.setRateLimits({ inventory: SCALED });
  emulator.clearRequests();
});

afterAll(async () => {
  await emulator.close();
  const keys = await redis.keys(`${redisPrefix}*`);
  if (keys.length > 0) await redis.del(keys);
  await redis.quit();
});

function clientWith(limiter: InProcessRateLimiter | RedisRateLimiter): OpenCloudClient {
  return createOpenCloudClient({
    apiKey: emulator.adminKey,
    baseUrls: { apis: emulator.url, users: emulator.url },
    limiter,
    // One attempt only: a 429 would surface as a failure instead of being retried away.
    retry: { maxAttempts: 1 },
  });
}

async function burst(clients: OpenCloudClient[], total: number) {
  const userId = emulator.world.subjects.smallUser.userId;
  const started = Date.now();
  const results = await Promise.allSettled(
    Array.from({ length: total }, (_, i) =>
      clients[i % clients.length]?.inventory.listInventoryPage(userId, { maxPageSize: 1 }),
    ),
  );
  return { elapsedMs: Date.now() - started, results };
}

describe("client-side limiter against the emulator's limit", () => {
  it(`sends a burst of ${BURST} inventory calls without a single 429, queued over the windows`, async () => {
    const client = clientWith(
      new InProcessRateLimiter({ limits: rateLimitsWith({ inventory: SCALED }), marginMs: MARGIN_MS }),
    );
    try {
      const { elapsedMs, results } = await burst([client], BURST);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expect(emulator.countRequests({ family: "inventory" })).toBe(BURST);
      expect(emulator.requests.filter((r) => r.status === 429)).toHaveLength(0);
      // 300 calls at 100 per 2 s need two full windows after the first hundred.
      expect(elapsedMs).toBeGreaterThanOrEqual(2 * SCALED.windowMs);
      expect(elapsedMs).toBeLessThan(20_000);
    } finally {
      await client.close();
    }
  });

  it("shares one budget between two clients (shards) through Redis", async () => {
    const limiter = () =>
      new RedisRateLimiter({
        client: redis,
        prefix: redisPrefix,
        limits: rateLimitsWith({ inventory: SCALED }),
        marginMs: MARGIN_MS,
        maxPollMs: 100,
      });
    const shards = [clientWith(limiter()), clientWith(limiter())];
    try {
      const { elapsedMs, results } = await burst(shards, 200);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expect(emulator.requests.filter((r) => r.status === 429)).toHaveLength(0);
      expect(elapsedMs).toBeGreaterThanOrEqual(SCALED.windowMs);
    } finally {
      await Promise.all(shards.map((shard) => shard.close()));
    }
  });

  it("draws 429s without the limiter (the emulator really enforces the scaled window)", async () => {
    const client = clientWith(new InProcessRateLimiter({ limits: rateLimitsWith({ inventory: undefined }) }));
    try {
      const { results } = await burst([client], 120);
      expect(results.filter((r) => r.status === "rejected").length).toBeGreaterThanOrEqual(20);
      expect(emulator.requests.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(20);
    } finally {
      await client.close();
    }
  });
});
