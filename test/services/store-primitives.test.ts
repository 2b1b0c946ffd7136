import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { createClient, type RedisClientType } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MemoryPrimitives,
  RedisPrimitives,
  SqlitePrimitives,
  type StorePrimitives,
} from "../../src/store/primitives/index.js";

/** A clock the test moves by hand. */
function movableClock(start = 1_700_000_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

interface Subject {
  primitives: StorePrimitives;
  /** Lets `ms` pass for the implementation's idea of time (a moved clock, or real time for Redis). */
  pass(ms: number): Promise<void>;
  /** A second handle on the same data, as another process would have; undefined where there is none. */
  other?: StorePrimitives;
}

const REDIS_URL = "redis://127.0.0.1:6379";
const directory = mkdtempSync(join(tmpdir(), "primitives-"));
const redisPrefix = `test:primitives:${randomUUID()}:`;
const redisClients: RedisClientType[] = [];

const implementations: Array<[string, () => Promise<Subject>]> = [
  [
    "memory",
    async () => {
      const clock = movableClock();
      return { primitives: new MemoryPrimitives(clock), pass: async (ms) => clock.advance(ms) };
    },
  ],
  [
    "sqlite",
    async () => {
      const clock = movableClock();
      const file = join(directory, `${randomUUID()}.sqlite`);
      return {
        primitives: new SqlitePrimitives(file, clock),
        other: new SqlitePrimitives(file, clock),
        pass: async (ms) => clock.advance(ms),
      };
    },
  ],
  [
    "redis",
    async () => {
      const connect = async () => {
        const client: RedisClientType = createClient({ url: REDIS_URL });
        await client.connect();
        redisClients.push(client);
        return client;
      };
      const prefix = `${redisPrefix}${randomUUID()}:`;
      return {
        primitives: new RedisPrimitives(await connect(), prefix),
        other: new RedisPrimitives(await connect(), prefix),
        pass: (ms) => delay(ms),
      };
    },
  ],
];

afterAll(async () => {
  const cleaner = redisClients[0];
  if (cleaner) {
    for await (const keys of cleaner.scanIterator({ MATCH: `${redisPrefix}*`, COUNT: 500 })) {
      if (keys.length > 0) await cleaner.del(keys);
    }
  }
  await Promise.all(redisClients.map((client) => client.quit()));
  rmSync(directory, { recursive: true, force: true });
});

describe.each(implementations)("store primitives on %s", (_name, open) => {
  let subject: Subject;
  beforeAll(async () => {
    subject = await open();
  });
  afterAll(async () => {
    await subject.primitives.close();
    await subject.other?.close();
  });
  const p = () => subject.primitives;
  const ttlPassed = async (key: string) => {
    await subject.pass(60);
    for (let tries = 0; tries < 40 && (await p().get(key)) !== undefined; tries++) await subject.pass(25);
  };

  it("sets, reads and deletes a value", async () => {
    await p().set("plain", "one");
    expect(await p().get("plain")).toBe("one");
    await p().set("plain", "two");
    expect(await p().get("plain")).toBe("two");
    await p().delete("plain");
    expect(await p().get("plain")).toBeUndefined();
  });

  it("sets if absent only once, and again once the first has expired", async () => {
    expect(await p().setIfAbsent("once", "first", 40)).toBe(true);
    expect(await p().setIfAbsent("once", "second", 40)).toBe(false);
    expect(await p().get("once")).toBe("first");
    await ttlPassed("once");
    expect(await p().get("once")).toBeUndefined();
    expect(await p().setIfAbsent("once", "third", 10_000)).toBe(true);
    expect(await p().get("once")).toBe("third");
  });

  it("lets exactly one of many concurrent set-if-absent calls win, across handles", async () => {
    const handles = [p(), subject.other ?? p()];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (handles[index % 2] as StorePrimitives).setIfAbsent("race", String(index), 10_000),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("counts atomically and keeps the first time to live", async () => {
    const handles = [p(), subject.other ?? p()];
    const values = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        (handles[index % 2] as StorePrimitives).increment("count", 1, 40),
      ),
    );
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(await p().increment("count", 5, 10_000)).toBe(35);
    await ttlPassed("count");
    expect(await p().increment("count", 2, 10_000)).toBe(2);
  });

  it("holds a lock for its owner only, until released or expired", async () => {
    expect(await p().acquireLock("lock", "alpha", 40)).toBe(true);
    expect(await p().acquireLock("lock", "beta", 40)).toBe(false);
    expect(await p().extendLock("lock", "beta", 10_000)).toBe(false);
    expect(await p().releaseLock("lock", "beta")).toBe(false);
    expect(await p().releaseLock("lock", "alpha")).toBe(true);
    expect(await p().acquireLock("lock", "beta", 40)).toBe(true);
    await ttlPassed("lock");
    expect(await p().extendLock("lock", "beta", 10_000)).toBe(false);
    expect(await p().acquireLock("lock", "gamma", 10_000)).toBe(true);
    expect(await p().extendLock("lock", "gamma", 10_000)).toBe(true);
    expect(await p().get("lock")).toBe("gamma");
  });

  it("keeps a set without duplicates", async () => {
    expect(await p().setAdd("members", "a")).toBe(true);
    expect(await p().setAdd("members", "a")).toBe(false);
    await Promise.all(["b", "c", "d"].map((member) => (subject.other ?? p()).setAdd("members", member)));
    expect((await p().setMembers("members")).sort()).toEqual(["a", "b", "c", "d"]);
    expect(await p().setRemove("members", "c")).toBe(true);
    expect(await p().setRemove("members", "c")).toBe(false);
    expect((await p().setMembers("members")).sort()).toEqual(["a", "b", "d"]);
    expect(await p().setMembers("nothing")).toEqual([]);
  });

  it("orders a sorted set by time, with ranges, limits and newest first", async () => {
    await Promise.all([
      p().sortedAdd("timeline", "t3", 3_000),
      p().sortedAdd("timeline", "t1", 1_000),
      (subject.other ?? p()).sortedAdd("timeline", "t2", 2_000),
      (subject.other ?? p()).sortedAdd("timeline", "t4", 4_000),
    ]);
    expect((await p().sortedRange("timeline")).map((entry) => entry.member)).toEqual([
      "t1",
      "t2",
      "t3",
      "t4",
    ]);
    expect(await p().sortedRange("timeline", { min: 2_000, max: 3_000 })).toEqual([
      { member: "t2", score: 2_000 },
      { member: "t3", score: 3_000 },
    ]);
    expect(
      (await p().sortedRange("timeline", { newestFirst: true, limit: 2 })).map((entry) => entry.member),
    ).toEqual(["t4", "t3"]);
    expect(
      (await p().sortedRange("timeline", { max: 2_500, newestFirst: true })).map((e) => e.member),
    ).toEqual(["t2", "t1"]);
    await p().sortedAdd("timeline", "t1", 5_000);
    expect((await p().sortedRange("timeline", { min: 4_500 })).map((entry) => entry.member)).toEqual(["t1"]);
    expect(await p().sortedRemove("timeline", "t1")).toBe(true);
    expect(await p().sortedRemove("timeline", "t1")).toBe(false);
    expect(await p().sortedRange("timeline", { limit: 0 })).toEqual([]);
  });
});
