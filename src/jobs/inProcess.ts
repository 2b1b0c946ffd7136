import { randomUUID } from "node:crypto";
import type { Clock } from "../clock.js";
import type { StorePrimitives } from "../store/primitives/index.js";
import { isEnded, type JobRecord, JobRecords } from "./jobRecords.js";
import {
  DEFAULT_JOBS_OPTIONS,
  type EnqueueOptions,
  type JobHandler,
  type JobInfo,
  type JobState,
  type Jobs,
  type JobsOptions,
} from "./types.js";

/** A record not written this long after its due entry is taken as never written. */
const ORPHAN_GRACE_MS = 60_000;
/** How often the runner looks for work from other processes and for locks that lapsed. */
const POLL_MS = 1_000;

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

  readonly #records: JobRecords;
  readonly #clock: Clock;

  constructor(primitives: StorePrimitives, clock: Clock, options: JobsOptions = {}) {
    this.#clock = clock;
    this.#options = { ...DEFAULT_JOBS_OPTIONS, ...options };
    this.#records = new JobRecords(primitives, this.#options.retainFinishedMs);
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
    if ((await this.#records.read(id)) !== undefined) return id;
    const state = delayMs > 0 ? "delayed" : "waiting";
    await this.#records.create({ id, name, data, state, progress: 0, run: 0, dueAt });
    this.#wake(delayMs);
    return id;
  }

  async repeat<Data>(name: string, scheduleId: string, everyMs: number, data: Data): Promise<void> {
    const id = `repeat:${scheduleId}`;
    const existing = await this.#records.read(id);
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
    await this.#records.markDue(id, dueAt);
    await this.#records.write(record);
    this.#wake(dueAt - this.#clock.now());
  }

  async unrepeat(scheduleId: string): Promise<void> {
    await this.cancel(`repeat:${scheduleId}`);
  }

  async cancel(id: string): Promise<boolean> {
    const record = await this.#records.read(id);
    if (!record || isEnded(record.state)) return false;
    const owner = randomUUID();
    if (await this.#records.lock(id, owner, this.#options.lockMs)) {
      // Not running anywhere: end it here.
      await this.#end({ ...record, state: "cancelled" });
      await this.#records.unlock(id, owner);
      return true;
    }
    // Running somewhere: its runner sees the request when it next renews the lock.
    await this.#records.write({ ...record, cancelRequested: true });
    this.#running.get(id)?.controller.abort(new Error("cancelled"));
    return true;
  }

  async get<Data>(id: string): Promise<JobInfo<Data> | undefined> {
    const record = await this.#records.read(id);
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
    await this.#records.removeExpired(now);
    const free = this.#options.concurrency - this.#running.size;
    if (free <= 0) return;
    const due = await this.#records.due(now, free + this.#running.size + 20);
    for (const { member: id, score } of due) {
      if (this.#closed || this.#running.size >= this.#options.concurrency) return;
      if (this.#running.has(id)) continue;
      const owner = randomUUID();
      if (!(await this.#records.lock(id, owner, this.#options.lockMs))) continue;
      const record = await this.#records.read(id);
      if (!record || isEnded(record.state)) {
        if (record || score < now - ORPHAN_GRACE_MS) await this.#records.unmarkDue(id);
        await this.#records.unlock(id, owner);
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
      await this.#records.write(started);
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
            const current = (await this.#records.read(started.id)) ?? started;
            await this.#records.write({ ...current, progress: percent });
          },
        });
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      clearInterval(renew);
      if (running.handedBack && failure !== undefined) {
        await this.#records.unlock(started.id, owner);
        return;
      }
      const latest = (await this.#records.read(started.id)) ?? started;
      if (latest.everyMs !== undefined && !latest.cancelRequested) {
        const dueAt = this.#clock.now() + latest.everyMs;
        await this.#records.write({ ...latest, state: "delayed", dueAt, progress: 0 });
        await this.#records.markDue(latest.id, dueAt);
      } else {
        const state: JobState = latest.cancelRequested
          ? "cancelled"
          : failure === undefined
            ? "completed"
            : "failed";
        await this.#end({ ...latest, state, ...(failure === undefined ? {} : { failure }) });
      }
      await this.#records.unlock(started.id, owner);
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
    const kept = await this.#records.extendLock(id, owner, this.#options.lockMs).catch(() => true);
    if (!kept) controller.abort(new Error("the job's lock was lost"));
    const record = await this.#records.read(id).catch(() => undefined);
    if (record?.cancelRequested) controller.abort(new Error("cancelled"));
  }

  #end(record: JobRecord): Promise<void> {
    return this.#records.end(record, this.#clock.now());
  }
}
