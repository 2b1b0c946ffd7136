import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { createClient, type RedisClientType } from "@keyv/redis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import { BullJobs, InProcessJobs, type JobInfo, type Jobs, type JobsOptions } from "../../src/jobs/index.js";
import {
  MemoryPrimitives,
  RedisPrimitives,
  SqlitePrimitives,
  type StorePrimitives,
} from "../../src/store/primitives/index.js";

const REDIS_URL = "redis://127.0.0.1:6379";
const OPTIONS: JobsOptions = { lockMs: 1_000, retainFinishedMs: 1_000, concurrency: 4 };
const directory = mkdtempSync(join(tmpdir(), "jobs-"));
const redisPrefix = `test:jobs:${randomUUID()}`;
const redisClients: RedisClientType[] = [];

/** One store shared by the runners a test opens, as processes on one store would share it. */
interface Engine {
  /** A new runner over the same store, as a second process (or the next start) would have. */
  open(): Promise<Jobs>;
  close(): Promise<void>;
}

async function redisClient(): Promise<RedisClientType> {
  const client: RedisClientType = createClient({ url: REDIS_URL });
  await client.connect();
  redisClients.push(client);
  return client;
}

const engines: Array<[string, () => Promise<Engine>]> = [
  [
    "the in-process runner on SQLite",
    async () => {
      const file = join(directory, `${randomUUID()}.sqlite`);
      const handles: StorePrimitives[] = [];
      return {
        async open() {
          const primitives = new SqlitePrimitives(file, systemClock);
          handles.push(primitives);
          return new InProcessJobs(primitives, systemClock, OPTIONS);
        },
        async close() {
          await Promise.all(handles.map((handle) => handle.close()));
        },
      };
    },
  ],
  [
    "the in-process runner on memory",
    async () => {
      const primitives = new MemoryPrimitives(systemClock);
      return {
        open: async () => new InProcessJobs(primitives, systemClock, OPTIONS),
        close: () => primitives.close(),
      };
    },
  ],
  [
    "BullMQ on Redis",
    async () => {
      const prefix = `${redisPrefix}:${randomUUID()}`;
      return {
        async open() {
          const client = await redisClient();
          return new BullJobs(new RedisPrimitives(client, `${prefix}:`), {
            ...OPTIONS,
            connection: client,
            prefix,
          });
        },
        close: async () => {},
      };
    },
  ],
];

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last seen ${JSON.stringify(value)}`);
    await delay(20);
  }
}

const stateOf = (jobs: Jobs, id: string) => () => jobs.get(id).then((job) => job?.state);
const ended = (state: JobInfo<unknown>["state"] | undefined) =>
  state === "completed" || state === "failed" || state === "cancelled";

afterAll(async () => {
  const cleaner = redisClients[0];
  if (cleaner?.isOpen) {
    for await (const keys of cleaner.scanIterator({ MATCH: `${redisPrefix}*`, COUNT: 500 })) {
      if (keys.length > 0) await cleaner.del(keys);
    }
  }
  await Promise.all(redisClients.filter((client) => client.isOpen).map((client) => client.quit()));
  rmSync(directory, { recursive: true, force: true });
});

describe.each(engines)("jobs on %s", (_name, createEngine) => {
  let engine: Engine;
  const opened: Jobs[] = [];
  const runner = async () => {
    engine ??= await createEngine();
    const jobs = await engine.open();
    opened.push(jobs);
    return jobs;
  };

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((jobs) => jobs.close()));
  });
  afterAll(async () => {
    await engine?.close();
  });

  it("runs a queued job once with its data and keeps its progress", async () => {
    const jobs = await runner();
    const seen: unknown[] = [];
    jobs.define<{ uploadId: string }>("echo", async (job) => {
      seen.push(job.data);
      await job.progress(60);
    });
    await jobs.start();
    const id = await jobs.enqueue("echo", { uploadId: "42" });
    await until(stateOf(jobs, id), (state) => state === "completed", "completion");
    expect(seen).toEqual([{ uploadId: "42" }]);
    expect(await jobs.get(id)).toMatchObject({ id, name: "echo", data: { uploadId: "42" }, progress: 60 });
  });

  it("queues one job per ID, however often it is enqueued", async () => {
    const jobs = await runner();
    let runs = 0;
    jobs.define("count", async () => {
      runs += 1;
    });
    const id = String(1_300_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e9)));
    const ids = await Promise.all(Array.from({ length: 5 }, () => jobs.enqueue("count", {}, { id })));
    expect(new Set(ids)).toEqual(new Set([id]));
    await jobs.start();
    await until(stateOf(jobs, id), (state) => state === "completed", "completion");
    expect(await jobs.enqueue("count", {}, { id })).toBe(id);
    await delay(100);
    expect(runs).toBe(1);
  });

  it("holds a delayed job until it is due", async () => {
    const jobs = await runner();
    let ran = false;
    jobs.define("later", async () => {
      ran = true;
    });
    await jobs.start();
    const id = await jobs.enqueue("later", {}, { delayMs: 600 });
    expect(await jobs.get(id)).toMatchObject({ state: "delayed" });
    expect(ran).toBe(false);
    await until(stateOf(jobs, id), (state) => state === "completed", "the delayed job");
    expect(ran).toBe(true);
  });

  it("never runs a failed job again", async () => {
    const jobs = await runner();
    let runs = 0;
    jobs.define("broken", async () => {
      runs += 1;
      throw new Error("Roblox said no");
    });
    await jobs.start();
    const id = await jobs.enqueue("broken", {});
    const job = await until(
      () => jobs.get(id),
      (info) => info?.state === "failed",
      "the failure",
    );
    expect(job?.failure).toBe("Roblox said no");
    await delay(1_200);
    expect(runs).toBe(1);
  });

  it("cancels a job before it starts, and stops one that runs", async () => {
    const jobs = await runner();
    let laterRan = false;
    jobs.define("later", async () => {
      laterRan = true;
    });
    let started = false;
    jobs.define("endless", async (job) => {
      started = true;
      await new Promise((resolve) => job.signal.addEventListener("abort", resolve, { once: true }));
      job.signal.throwIfAborted();
    });
    await jobs.start();
    const waiting = await jobs.enqueue("later", {}, { delayMs: 5_000 });
    expect(await jobs.cancel(waiting)).toBe(true);
    await until(stateOf(jobs, waiting), (state) => state === "cancelled", "the cancelled delayed job");

    const running = await jobs.enqueue("endless", {});
    await until(async () => started, Boolean, "the endless job to start");
    expect(await jobs.cancel(running)).toBe(true);
    await until(stateOf(jobs, running), (state) => state === "cancelled", "the cancelled running job");
    expect(laterRan).toBe(false);
    expect(await jobs.cancel(running)).toBe(false);
  });

  it("repeats a job until its schedule is stopped", async () => {
    const jobs = await runner();
    let runs = 0;
    jobs.define("tick", async () => {
      runs += 1;
    });
    await jobs.start();
    const schedule = `sweep-${randomUUID()}`;
    await jobs.repeat("tick", schedule, 200, {});
    await until(
      async () => runs,
      (count) => count >= 2,
      "two runs",
    );
    await jobs.unrepeat(schedule);
    const after = runs;
    await delay(700);
    expect(runs - after).toBeLessThanOrEqual(1);
  });

  it("runs each job on exactly one of two runners sharing the store", async () => {
    const [first, second] = [await runner(), await runner()];
    const runsById = new Map<string, string[]>();
    for (const [label, jobs] of [
      ["first", first],
      ["second", second],
    ] as const) {
      jobs.define<{ n: number }>("shared", async (job) => {
        runsById.set(job.id, [...(runsById.get(job.id) ?? []), label]);
        await delay(30);
      });
    }
    await Promise.all([first.start(), second.start()]);
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        (n % 2 ? first : second).enqueue("shared", { n }, { id: `shared-${n}` }),
      ),
    );
    for (const id of ids) await until(stateOf(first, id), (state) => state === "completed", `job ${id}`);
    expect([...runsById.values()].map((runs) => runs.length)).toEqual(ids.map(() => 1));
  });

  it("hands a running job back on close, and the next runner takes it up as a second run", async () => {
    const before = await runner();
    let firstRunStarted = false;
    before.define("resumable", async (job) => {
      firstRunStarted = true;
      await new Promise((resolve) => job.signal.addEventListener("abort", resolve, { once: true }));
      job.signal.throwIfAborted();
    });
    await before.start();
    const id = await before.enqueue("resumable", { uploadId: "7" });
    await until(async () => firstRunStarted, Boolean, "the first run");
    await before.close();

    const after = await runner();
    const runs: number[] = [];
    after.define<{ uploadId: string }>("resumable", async (job) => {
      runs.push(job.run);
      expect(job.data).toEqual({ uploadId: "7" });
    });
    await after.start();
    await until(stateOf(after, id), ended, "the resumed job");
    expect(await after.get(id)).toMatchObject({ state: "completed" });
    expect(runs).toEqual([2]);
  });

  it("removes ended jobs once they are older than the retention age", async () => {
    const jobs = await runner();
    jobs.define("quick", async () => {});
    await jobs.start();
    const old = await jobs.enqueue("quick", {});
    await until(stateOf(jobs, old), (state) => state === "completed", "the first job");
    await delay(1_100);
    const fresh = await jobs.enqueue("quick", {});
    await until(stateOf(jobs, fresh), (state) => state === "completed", "the second job");
    await until(
      () => jobs.get(old),
      (job) => job === undefined,
      "the old job's removal",
    );
    expect(await jobs.get(fresh)).toBeDefined();
  });
});
