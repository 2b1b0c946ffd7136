import { randomUUID } from "node:crypto";
import { createClient, type RedisClientType } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisRequestLimiter } from "../../../src/web/requestLimiter.js";

const bucket = `test-${randomUUID()}`;
const instances: RedisClientType[] = [
  createClient({ url: "redis://127.0.0.1:6379" }),
  createClient({ url: "redis://127.0.0.1:6379" }),
];

beforeAll(async () => {
  await Promise.all(instances.map((client) => client.connect()));
});

afterAll(async () => {
  const [first] = instances;
  const keys = (await first?.keys(`bot:web-rl:${bucket}:*`)) ?? [];
  if (keys.length > 0) await first?.del(keys);
  await Promise.all(instances.map((client) => client.quit()));
});

describe("RedisRequestLimiter (real Redis at 127.0.0.1:6379)", () => {
  it("shares one count per client across instances, and starts over in the next window", async () => {
    const clock = { now: 60_000 * 1_000 };
    const [one, two] = instances.map((client) => new RedisRequestLimiter(client, { now: () => clock.now }));
    if (!one || !two) throw new Error("two limiters");
    const limit = { max: 4, windowMs: 60_000 };

    const verdicts = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        (index % 2 === 0 ? one : two).take(bucket, "203.0.113.7", limit),
      ),
    );
    expect(verdicts.filter((verdict) => verdict.ok)).toHaveLength(4);
    expect(verdicts.filter((verdict) => !verdict.ok)).toEqual([
      { ok: false, retryAfterMs: 60_000 },
      { ok: false, retryAfterMs: 60_000 },
    ]);
    // Another client has a count of its own.
    expect(await two.take(bucket, "203.0.113.8", limit)).toEqual({ ok: true });

    clock.now += 60_000;
    expect(await one.take(bucket, "203.0.113.7", limit)).toEqual({ ok: true });
    const ttl = await instances[0]?.pTTL(`bot:web-rl:${bucket}:203.0.113.7:${clock.now / 60_000}`);
    expect(ttl).toBeGreaterThan(0);
  });
});
