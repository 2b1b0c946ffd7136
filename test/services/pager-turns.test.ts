import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { createClient, type RedisClientType } from "@keyv/redis";
import { Keyv } from "keyv";
import { afterAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import { type PagerSession, PagerSessions } from "../../src/services/pager/sessions.js";
import {
  MemoryPrimitives,
  RedisPrimitives,
  SqlitePrimitives,
  type StorePrimitives,
} from "../../src/store/primitives/index.js";

const REDIS_URL = "redis://127.0.0.1:6379";
const directory = mkdtempSync(join(tmpdir(), "pager-turns-"));
const redisPrefix = `test:pager-turns:${randomUUID()}:`;
const redisClients: RedisClientType[] = [];

/** Two handles on one store's primitives, as two bot processes would have (one, for memory). */
const backends: Array<[string, () => Promise<[StorePrimitives, StorePrimitives]>]> = [
  [
    "memory",
    async () => {
      const primitives = new MemoryPrimitives(systemClock);
      return [primitives, primitives];
    },
  ],
  [
    "sqlite",
    async () => {
      const file = join(directory, `${randomUUID()}.sqlite`);
      return [new SqlitePrimitives(file, systemClock), new SqlitePrimitives(file, systemClock)];
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
      return [new RedisPrimitives(await connect(), prefix), new RedisPrimitives(await connect(), prefix)];
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

const START: PagerSession<number> = {
  kind: "test",
  ownerId: "1",
  position: { index: 0, count: undefined, hasNext: true },
  state: 0,
};

describe.each(backends)("page turns on %s", (_name, open) => {
  it("runs two turns of one list one after the other, across processes, so neither save is lost", async () => {
    const [one, two] = await open();
    const store = new Keyv();
    const first = new PagerSessions(store, one);
    const second = new PagerSessions(store, two);
    const key = await first.create(START);
    let running = 0;
    let overlapped = false;
    // Each turn reads the session, takes a while (a Roblox read), and writes what it read plus one.
    const turn = (sessions: PagerSessions) => async () => {
      running++;
      if (running > 1) overlapped = true;
      const session = (await sessions.load(key)) as PagerSession<number>;
      await delay(60);
      await sessions.save(key, { ...session, state: session.state + 1 });
      running--;
    };
    const turned = await Promise.all([
      first.whileTurning(key, turn(first)),
      second.whileTurning(key, turn(second)),
    ]);
    expect(turned).toEqual([true, true]);
    expect(overlapped).toBe(false);
    expect((await first.load(key))?.state).toBe(2);
    await one.close();
    await two.close();
  });

  it("frees the list after a turn that failed, and turns of other lists never wait on it", async () => {
    const [one, two] = await open();
    const store = new Keyv();
    const sessions = new PagerSessions(store, one);
    const key = await sessions.create(START);
    const other = await sessions.create(START);
    await expect(
      sessions.whileTurning(key, async () => {
        throw new Error("render failed");
      }),
    ).rejects.toThrow("render failed");
    // One look only: a lock left behind (or shared between lists) would make these false.
    const impatient = new PagerSessions(store, two, { attempts: 1, intervalMs: 1 });
    expect(await impatient.whileTurning(key, async () => undefined)).toBe(true);
    let otherRan = false;
    const held = sessions.whileTurning(key, () => delay(100));
    expect(
      await impatient.whileTurning(other, async () => {
        otherRan = true;
      }),
    ).toBe(true);
    expect(otherRan).toBe(true);
    await held;
    await one.close();
    await two.close();
  });

  it("gives up on a list still busy after the wait, without running the turn", async () => {
    const [one, two] = await open();
    const store = new Keyv();
    const sessions = new PagerSessions(store, one);
    const impatient = new PagerSessions(store, two, { attempts: 3, intervalMs: 10 });
    const key = await sessions.create(START);
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      started = resolve;
    });
    const stuck = sessions.whileTurning(key, () => {
      started();
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    await holding;
    let ran = false;
    expect(
      await impatient.whileTurning(key, async () => {
        ran = true;
      }),
    ).toBe(false);
    expect(ran).toBe(false);
    release();
    expect(await stuck).toBe(true);
    await one.close();
    await two.close();
  });
});
