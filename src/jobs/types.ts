/**
 * Background work behind one interface: BullMQ when the store is Redis, an in-process runner over
 * the store primitives otherwise. A job is run by one process at a time (a per-job lock that the
 * runner renews while the handler works); if that process dies, the lock lapses and another
 * process, or the next start, runs the handler again with `run` one higher. The engine itself
 * never retries a handler that failed: a handler that must not repeat a step records its progress
 * and reads it back when `run` is above 1.
 */
export interface Jobs {
  readonly kind: "bullmq" | "in-process";
  /** Registers the handler for jobs of this name; call before start(). */
  define<Data>(name: string, handler: JobHandler<Data>): void;
  /** Starts taking jobs (including those left by a process that stopped or died). */
  start(): Promise<void>;
  /**
   * Queues a job and returns its ID. With `id`, a job of that ID that already exists (queued,
   * running, or finished and not yet removed) is left as it is and no second one is queued.
   */
  enqueue<Data>(name: string, data: Data, options?: EnqueueOptions): Promise<string>;
  /** Runs a job of this name every `everyMs`, once across all processes; calling again replaces it. */
  repeat<Data>(name: string, scheduleId: string, everyMs: number, data: Data): Promise<void>;
  /** Stops a schedule made by repeat(); a run under way finishes. */
  unrepeat(scheduleId: string): Promise<void>;
  /** Removes a job not yet started, or asks a running one to stop (its signal aborts); true when found. */
  cancel(id: string): Promise<boolean>;
  get<Data>(id: string): Promise<JobInfo<Data> | undefined>;
  /** Stops taking jobs and hands running ones back (they run again elsewhere or at the next start). */
  close(): Promise<void>;
}

export interface EnqueueOptions {
  readonly id?: string;
  readonly delayMs?: number;
}

export type JobState = "waiting" | "delayed" | "active" | "completed" | "failed" | "cancelled";

export interface JobInfo<Data> {
  readonly id: string;
  readonly name: string;
  readonly data: Data;
  readonly state: JobState;
  readonly progress: number;
  /** Why it failed, for failed jobs. */
  readonly failure?: string;
}

export interface JobContext<Data> {
  readonly id: string;
  readonly name: string;
  readonly data: Data;
  /** 1 the first time; higher when a process ran this job before and stopped or died during it. */
  readonly run: number;
  /** Aborted when the job is cancelled or the runner closes: stop soon, leave the job consistent. */
  readonly signal: AbortSignal;
  progress(percent: number): Promise<void>;
}

export type JobHandler<Data> = (job: JobContext<Data>) => Promise<void>;

export interface JobsOptions {
  /** Jobs one process runs at once. */
  readonly concurrency?: number;
  /** How long a job's lock lasts without renewal: a dead process's jobs run again after about this. */
  readonly lockMs?: number;
  /** Finished, failed and cancelled jobs are removed this long after they ended. */
  readonly retainFinishedMs?: number;
}

export const DEFAULT_JOBS_OPTIONS = {
  concurrency: 8,
  lockMs: 30_000,
  retainFinishedMs: 24 * 60 * 60 * 1000,
} as const;
