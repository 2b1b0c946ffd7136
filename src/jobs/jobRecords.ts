import type { StorePrimitives } from "../store/primitives/index.js";
import type { JobState } from "./types.js";

/** One in-process job as the store keeps it. */
export interface JobRecord {
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
/** Upper bound on how long an unfinished record is kept; a job older than this is abandoned. */
const UNFINISHED_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function isEnded(state: JobState): boolean {
  return state === "completed" || state === "failed" || state === "cancelled";
}

/**
 * The in-process runner's jobs in the store: a record per job, the due and ended indexes, and a lock
 * per job. Shared by every process on the same store, so each step is written to survive a crash
 * between two of them.
 */
export class JobRecords {
  readonly #primitives: StorePrimitives;
  readonly #retainFinishedMs: number;

  constructor(primitives: StorePrimitives, retainFinishedMs: number) {
    this.#primitives = primitives;
    this.#retainFinishedMs = retainFinishedMs;
  }

  async read(id: string): Promise<JobRecord | undefined> {
    const raw = await this.#primitives.get(recordKey(id));
    return raw === undefined ? undefined : (JSON.parse(raw) as JobRecord);
  }

  /** A schedule (repeat) lives until unrepeat, however long the bot was stopped; other records expire. */
  async write(record: JobRecord): Promise<void> {
    const ttlMs = record.everyMs === undefined ? UNFINISHED_TTL_MS : undefined;
    await this.#primitives.set(recordKey(record.id), JSON.stringify(record), ttlMs);
  }

  /** Writes a new job unless one of its ID exists; its due entry is (re)made either way. */
  async create(record: JobRecord): Promise<void> {
    // The due entry first: a record without one would never run, a due entry without a record is dropped.
    await this.markDue(record.id, record.dueAt);
    const created = await this.#primitives.setIfAbsent(
      recordKey(record.id),
      JSON.stringify(record),
      UNFINISHED_TTL_MS,
    );
    if (!created) {
      const existing = await this.read(record.id);
      if (existing) await this.markDue(record.id, existing.dueAt);
    }
  }

  async markDue(id: string, dueAt: number): Promise<void> {
    await this.#primitives.sortedAdd(DUE, id, dueAt);
  }

  async unmarkDue(id: string): Promise<void> {
    await this.#primitives.sortedRemove(DUE, id);
  }

  due(now: number, limit: number): Promise<readonly { member: string; score: number }[]> {
    return this.#primitives.sortedRange(DUE, { max: now, limit });
  }

  /** Keeps the ended record for the retention age, then removeExpired deletes it. */
  async end(record: JobRecord, finishedAt: number): Promise<void> {
    await this.#primitives.set(
      recordKey(record.id),
      JSON.stringify({ ...record, finishedAt }),
      this.#retainFinishedMs,
    );
    await this.#primitives.sortedAdd(ENDED, record.id, finishedAt);
    await this.#primitives.sortedRemove(DUE, record.id);
  }

  async removeExpired(now: number): Promise<void> {
    const expired = await this.#primitives.sortedRange(ENDED, {
      max: now - this.#retainFinishedMs,
      limit: 100,
    });
    for (const { member: id } of expired) {
      const record = await this.read(id);
      if (!record || isEnded(record.state)) await this.#primitives.delete(recordKey(id));
      await this.#primitives.sortedRemove(ENDED, id);
    }
  }

  lock(id: string, owner: string, ms: number): Promise<boolean> {
    return this.#primitives.acquireLock(lockKey(id), owner, ms);
  }

  extendLock(id: string, owner: string, ms: number): Promise<boolean> {
    return this.#primitives.extendLock(lockKey(id), owner, ms);
  }

  async unlock(id: string, owner: string): Promise<void> {
    await this.#primitives.releaseLock(lockKey(id), owner);
  }
}
