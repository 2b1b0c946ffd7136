import { randomUUID } from "node:crypto";
import type { Clock } from "../clock.js";
import type { StorePrimitives } from "../store/primitives/index.js";
import {
  DEFAULT_JOBS_OPTIONS,
  type EnqueueOptions,
  type JobHandler,
  type JobInfo,
  type JobState,
  type Jobs,
  type JobsOptions,
} from "./types.js";

interface JobRecord {
  id: string;
  name: string;
  data: unknown;
  state: JobState;
  progress: number;
  /** Times a runner started it. */
  run: number;
  dueAt: number;
  everyMs?: number;
  cancelRequested?: boolean;
  failure?: string;
  finishedAt?: number;
}

const recordKey = (id: string) => `jobs:record:${id}`;
const lockKey = (id: string) => `jobs:lock:${id}`;
/** Jobs to run (waiting, delayed, or running), scored by when they are due. */
const DUE = "jobs:due";
/** Ended jobs, scored by when they ended, for removal after the retention age. */
const ENDED = "jobs:ended";
/** A record not written this long after its due entry is taken as never written. */
const ORPHAN_GRACE_MS = 60_000;
/** How often the runner looks for work from other processes and for locks that lapsed. */
const POLL_MS = 1_000;
/** Upper bound on how long an unfinished record is kept; a job older than this is abandoned. */
const UNFINISHED_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface Running {
  readonly controller: AbortController;
  done: Promise<void>;
  /** Set when close() stopped it: a handler that then throws is handed back, not failed. */
  handedBack: boolean;
}

/**
 * Runs jobs in this process, keeping them in the store (SQLite or memory) through the primitives,
 * so jobs queued before a restart run after it. One loop wakes when a job is due (or every second,
 * for jobs other processes queued and locks that lapsed); each job runs under a lock it renews.
 */
export class InProcessJobs implements Jobs {
  readonly kind = "in-process";
  readonly #handlers = new Map<string, JobHandler<unknown>>();
  readonly #running = new Map<string, Running>();
  readonly #options: Required<JobsOptions>;
  #timer: NodeJS.Timeout | undefined;
  #started = false;
  #closed = false;
  #ticking: Promise<void> | undefined;

  readonly #primitives: StorePrimitives;
  readonly #clock: Clock;

  constructor(primitives: StorePrimitives, clock: Clock, options: JobsOptions = {}) {
    this.#primitives = primitives;
    this.#clock = clock;
    this.#options = { ...DEFAULT_JOBS_OPTIONS, ...options };
  }

  define<Data>(name: string, handler: JobHandler<Data>): void {
    this.#handlers.set(name, handler as JobHandler<unknown>);
  }

  async start(): Promise<void> {
    this.#started = true;
    this.#wake(0);
  }

  async enqueue<Data>(name: string, data: Data, options: EnqueueOptions = {}): Promise<string> {
    const id = options.id ?? randomUUID();
    const delayMs = Math.max(0, options.delayMs ?? 0);
    const dueAt = this.#clock.now() + delayMs;
    if ((await this.#read(id)) !== undefined) return id;
    // The due entry first: a record without one would never run, a due entry without a record is dropped.
    await this.#primitives.sortedAdd(DUE, id, dueAt);
    const record: JobRecord = {
      id,
      name,
      data,
      state: delayMs > 0 ? "delayed" : "waiting",
      progress: 0,
      run: 0,
      dueAt,
    };
    const created = await this.#primitives.setIfAbsent(
      recordKey(id),
      JSON.stringify(record),
      UNFINISHED_TTL_MS,
    );
    if (!created) {
      const existing = await this.#read(id);
      if (existing) await this.#primitives.sortedAdd(DUE, id, existing.dueAt);
    }
    this.#wake(delayMs);
    return id;
  }

  async repeat<Data>(name: string, scheduleId: string, everyMs: number, data: Data): Promise<void> {
    const id = `repeat:${scheduleId}`;
    const existing = await this.#read(id);
    const dueAt = existing && existing.state !== "cancelled" ? existing.dueAt : this.#clock.now() + everyMs;
    const record: JobRecord = {
      id,
      name,
      data,
      state: "delayed",
      progress: 0,
      run: existing?.run ?? 0,
      dueAt,
      everyMs,
    };
    await this.#primitives.sortedAdd(DUE, id, dueAt);
    await this.#write(record);
    this.#wake(dueAt - this.#clock.now());
  }

  async unrepeat(scheduleId: string): Promise<void> {
    await this.cancel(`repeat:${scheduleId}`);
  }

  async cancel(id: string): Promise<boolean> {
    const record = await this.#read(id);
    if (!record || isEnded(record.state)) return false;
    const owner = randomUUID();
    if (await this.#primitives.acquireLock(lockKey(id), owner, this.#options.lockMs)) {
      // Not running anywhere: end it here.
      await this.#end({ ...record, state: "cancelled" });
      await this.#primitives.releaseLock(lockKey(id), owner);
      return true;
    }
    // Running somewhere: its runner sees the request when it next renews the lock.
    await this.#write({ ...record, cancelRequested: true });
    this.#running.get(id)?.controller.abort(new Error("cancelled"));
    return true;
  }

  async get<Data>(id: string): Promise<JobInfo<Data> | undefined> {
    const record = await this.#read(id);
    if (!record) return undefined;
    return {
      id: record.id,
      name: record.name,
      data: record.data as Data,
      state: record.state,
      progress: record.progress,
      ...(record.failure === undefined ? {} : { failure: record.failure }),
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    for (const running of this.#running.values()) {
      running.handedBack = true;
      running.controller.abort(new Error("the runner is closing"));
    }
    await this.#ticking;
    await Promise.allSettled([...this.#running.values()].map((running) => running.done));
  }

  #wake(inMs: number): void {
    if (!this.#started || this.#closed) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#tick(), Math.min(Math.max(0, inMs), POLL_MS));
    this.#timer.unref?.();
  }

  #tick(): void {
    if (this.#ticking || this.#closed) return;
    this.#ticking = this.#claimDue()
      .catch(() => undefined)
      .finally(() => {
        this.#ticking = undefined;
        this.#wake(POLL_MS);
      });
  }

  async #claimDue(): Promise<void> {
    const now = this.#clock.now();
    await this.#removeExpired(now);
    const free = this.#options.concurrency - this.#running.size;
    if (free <= 0) return;
    const due = await this.#primitives.sortedRange(DUE, { max: now, limit: free + this.#running.size + 20 });
    for (const { member: id, score } of due) {
      if (this.#closed || this.#running.size >= this.#options.concurrency) return;
      if (this.#running.has(id)) continue;
      const owner = randomUUID();
      if (!(await this.#primitives.acquireLock(lockKey(id), owner, this.#options.lockMs))) continue;
      const record = await this.#read(id);
      if (!record || isEnded(record.state)) {
        if (record || score < now - ORPHAN_GRACE_MS) await this.#primitives.sortedRemove(DUE, id);
        await this.#primitives.releaseLock(lockKey(id), owner);
        continue;
      }
      this.#launch(record, owner);
    }
  }

  #launch(record: JobRecord, owner: string): void {
    const controller = new AbortController();
    const running: Running = { controller, done: Promise.resolve(), handedBack: false };
    const started: JobRecord = { ...record, state: "active", run: record.run + 1 };
    const renew = setInterval(
      () => {
        void this.#renew(started.id, owner, controller);
      },
      Math.max(50, Math.floor(this.#options.lockMs / 3)),
    );
    renew.unref?.();
    const work = async () => {
      await this.#write(started);
      if (record.cancelRequested) controller.abort(new Error("cancelled"));
      const handler = this.#handlers.get(record.name);
      let failure: string | undefined;
      try {
        if (!handler) throw new Error(`no handler for jobs named ${record.name}`);
        await handler({
          id: started.id,
          name: started.name,
          data: started.data,
          run: started.run,
          signal: controller.signal,
          progress: async (percent) => {
            const current = (await this.#read(started.id)) ?? started;
            await this.#write({ ...current, progress: percent });
          },
        });
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      clearInterval(renew);
      if (running.handedBack && failure !== undefined) {
        await this.#primitives.releaseLock(lockKey(started.id), owner);
        return;
      }
      const latest = (await this.#read(started.id)) ?? started;
      if (latest.everyMs !== undefined && !latest.cancelRequested) {
        const dueAt = this.#clock.now() + latest.everyMs;
        await this.#write({ ...latest, state: "delayed", dueAt, progress: 0 });
        await this.#primitives.sortedAdd(DUE, latest.id, dueAt);
      } else {
        const state: JobState = latest.cancelRequested
          ? "cancelled"
          : failure === undefined
            ? "completed"
            : "failed";
        await this.#end({ ...latest, state, ...(failure === undefined ? {} : { failure }) });
      }
      await this.#primitives.releaseLock(lockKey(started.id), owner);
    };
    this.#running.set(record.id, running);
    running.done = work()
      .catch(() => undefined)
      .finally(() => {
        clearInterval(renew);
        this.#running.delete(record.id);
        this.#wake(0);
      });
  }

  async #renew(id: string, owner: string, controller: AbortController): Promise<void> {
    const kept = await this.#primitives
      .extendLock(lockKey(id), owner, this.#options.lockMs)
      .catch(() => true);
    if (!kept) controller.abort(new Error("the job's lock was lost"));
    const record = await this.#read(id).catch(() => undefined);
    if (record?.cancelRequested) controller.abort(new Error("cancelled"));
  }

  async #end(record: JobRecord): Promise<void> {
    const finishedAt = this.#clock.now();
    await this.#primitives.set(
      recordKey(record.id),
      JSON.stringify({ ...record, finishedAt }),
      this.#options.retainFinishedMs,
    );
    await this.#primitives.sortedAdd(ENDED, record.id, finishedAt);
    await this.#primitives.sortedRemove(DUE, record.id);
  }

  async #removeExpired(now: number): Promise<void> {
    const expired = await this.#primitives.sortedRange(ENDED, {
      max: now - this.#options.retainFinishedMs,
      limit: 100,
    });
    for (const { member: id } of expired) {
      const record = await this.#read(id);
      if (!record || isEnded(record.state)) await this.#primitives.delete(recordKey(id));
      await this.#primitives.sortedRemove(ENDED, id);
    }
  }

  async #read(id: string): Promise<JobRecord | undefined> {
    const raw = await this.#primitives.get(recordKey(id));
    return raw === undefined ? undefined : (JSON.parse(raw) as JobRecord);
  }

  async #write(record: JobRecord): Promise<void> {
    await this.#primitives.set(recordKey(record.id), JSON.stringify(record), UNFINISHED_TTL_MS);
  }
}

function isEnded(state: JobState): boolean {
  return state === "completed" || state === "failed" || state === "cancelled";
}
