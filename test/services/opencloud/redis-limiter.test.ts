import { randomUUID } from "node:crypto";
import { createClient } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisRateLimiter, rateLimitsWith } from "../../../src/services/opencloud/index.js";

const prefix = `test:opencloud-rl:${randomUUID()}:`;
const client = createClient({ url: "redis://127.0.0.1:6379" });

beforeAll(async () => {
  await client.connect();
});

afterAll(async () => {
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.del(keys);
  await client.quit();
});

function limiter(limit: number, windowMs: number) {
  return new RedisRateLimiter({
    client,
    prefix,
    limits: rateLimitsWith({ inventory: { limit, windowMs } }),
    marginMs: 0,
    maxPollMs: 50,
  });
}

describe("RedisRateLimiter (real Redis at 127.0.0.1:6379)", () => {
  it("grants up to the limit at once, then makes callers wait for the window", async () => {
    const shared = limiter(5, 600);
    const started = Date.now();
    const grants: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, () =>
        shared.acquire("inventory", "owner-1").then(() => grants.push(Date.now() - started)),
      ),
    );
    grants.sort((a, b) => a - b);
    expect(grants.slice(0, 5).every((ms) => ms < 300)).toBe(true);
    // 12 grants at 5 per 600 ms need at least two full windows.
    expect(grants[11]).toBeGreaterThanOrEqual(1_150);
    for (const start of grants) {
      expect(grants.filter((t) => t >= start && t < start + 550).length).toBeLessThanOrEqual(5);
    }
  });

  it("shares one budget between limiter instances (shards) and keeps owners apart", async () => {
    const shardA = limiter(3, 5_000);
    const shardB = limiter(3, 5_000);
    await shardA.acquire("inventory", "owner-2");
    await shardB.acquire("inventory", "owner-2");
    await shardA.acquire("inventory", "owner-2");
    let fourth = false;
    const controller = new AbortController();
    const pending = shardB.acquire("inventory", "owner-2", controller.signal).then(() => {
      fourth = true;
    });
    await shardB.acquire("inventory", "owner-3");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fourth).toBe(false);
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });

  it("stores entries under the prefix with an expiry, keyed by the owner key only", async () => {
    const shared = limiter(2, 10_000);
    await shared.acquire("inventory", "key:abc123");
    const key = `${prefix}inventory:key:abc123`;
    expect(await client.zCard(key)).toBe(1);
    const ttl = await client.pTTL(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(10_000);
  });
});
