import { randomUUID } from "node:crypto";
import { type ConnectionOptions, DelayedError, type Job, Queue, Worker } from "bullmq";
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

/** A connected `@redis/client` (v5) client, which BullMQ adapts itself (or ioredis options). */
export type BullConnection = ConnectionOptions;

export interface BullJobsOptions extends JobsOptions {
  readonly connection: BullConnection;
  /** Put before BullMQ's keys, so several bots (or test runs) can share one Redis. */
  readonly prefix: string;
  readonly queueName?: string;
}

const CANCELLED = "cancelled";
const cancelKey = (id: string) => `jobs:cancel:${id}`;
/** BullMQ refuses IDs that look like integers (interaction IDs do) or hold ":". */
const toBullId = (id: string) => `j_${id.replaceAll("%", "%25").replaceAll(":", "%3A")}`;
const fromBullId = (bullId: string) =>
  bullId.startsWith("j_") ? bullId.slice(2).replaceAll("%3A", ":").replaceAll("%25", "%") : bullId;

/**
 * Jobs on BullMQ, the kept job queue for Node on Redis: one queue, one worker per process that
 * dispatches on the job's name. BullMQ holds each running job under a lock its worker renews, and
 * moves a job whose worker died back to waiting (a "stalled" job), where any process takes it.
 * Attempts are 1: a handler that failed is never run again by the engine.
 */
export class BullJobs implements Jobs {
  readonly kind = "bullmq";
  readonly #handlers = new Map<string, JobHandler<unknown>>();
  readonly #running = new Map<string, AbortController>();
  readonly #options: Required<JobsOptions> & BullJobsOptions;
  readonly #queue: Queue;
  #worker: Worker | undefined;
  #closing = false;

  readonly #primitives: StorePrimitives;

  constructor(primitives: StorePrimitives, options: BullJobsOptions) {
    this.#primitives = primitives;
    this.#options = { ...DEFAULT_JOBS_OPTIONS, ...options };
    this.#queue = new Queue(options.queueName ?? "bot", {
      connection: options.connection,
      prefix: options.prefix,
    });
    this.#queue.on("error", () => {});
  }

  define<Data>(name: string, handler: JobHandler<Data>): void {
    this.#handlers.set(name, handler as JobHandler<unknown>);
  }

  async start(): Promise<void> {
    if (this.#worker) return;
    const worker = new Worker(this.#queue.name, (job, token, signal) => this.#process(job, token, signal), {
      connection: this.#options.connection,
      prefix: this.#options.prefix,
      concurrency: this.#options.concurrency,
      lockDuration: this.#options.lockMs,
      stalledInterval: this.#options.lockMs,
      maxStalledCount: 5,
    });
    // Connection trouble is retried by BullMQ and reported by the calls that fail.
    worker.on("error", () => {});
    this.#worker = worker;
    await worker.waitUntilReady();
  }

  async enqueue<Data>(name: string, data: Data, options: EnqueueOptions = {}): Promise<string> {
    const job = await this.#queue.add(name, data, {
      ...this.#jobOptions(),
      jobId: toBullId(options.id ?? randomUUID()),
      ...(options.delayMs ? { delay: options.delayMs } : {}),
    });
    return fromBullId(String(job.id));
  }

  async repeat<Data>(name: string, scheduleId: string, everyMs: number, data: Data): Promise<void> {
    await this.#queue.upsertJobScheduler(
      scheduleId,
      { every: everyMs },
      { name, data, opts: this.#jobOptions() },
    );
  }

  async unrepeat(scheduleId: string): Promise<void> {
    await this.#queue.removeJobScheduler(scheduleId);
  }

  async cancel(id: string): Promise<boolean> {
    const job = await this.#queue.getJob(toBullId(id));
    if (!job) return false;
    const state = await job.getState();
    if (state === "completed" || state === "failed") return false;
    // The flag reaches the worker that holds it, wherever it runs; a job not started ends on pickup.
    await this.#primitives.set(cancelKey(id), "1", this.#options.retainFinishedMs);
    this.#running.get(id)?.abort(new Error(CANCELLED));
    if (state === "delayed") await job.promote().catch(() => undefined);
    return true;
  }

  async get<Data>(id: string): Promise<JobInfo<Data> | undefined> {
    const job = await this.#queue.getJob(toBullId(id));
    if (!job) return undefined;
    const state = await this.#stateOf(id, job);
    return {
      id,
      name: job.name,
      data: job.data as Data,
      state,
      progress: typeof job.progress === "number" ? job.progress : 0,
      ...(state === "failed" && job.failedReason ? { failure: job.failedReason } : {}),
    };
  }

  async close(): Promise<void> {
    this.#closing = true;
    for (const controller of this.#running.values()) controller.abort(new Error("the runner is closing"));
    await this.#worker?.close();
    await this.#queue.close();
  }

  #jobOptions() {
    const age = Math.ceil(this.#options.retainFinishedMs / 1000);
    return { attempts: 1, removeOnComplete: { age }, removeOnFail: { age } };
  }

  async #stateOf(id: string, job: Job): Promise<JobState> {
    const state = await job.getState();
    if (state === "failed") return job.failedReason === CANCELLED ? "cancelled" : "failed";
    if (state === "completed" || state === "active" || state === "delayed") return state;
    return (await this.#primitives.get(cancelKey(id))) ? "cancelled" : "waiting";
  }

  async #process(job: Job, token: string | undefined, signal: AbortSignal | undefined): Promise<void> {
    const id = fromBullId(String(job.id));
    if (await this.#primitives.get(cancelKey(id))) throw new Error(CANCELLED);
    const handler = this.#handlers.get(job.name);
    if (!handler) throw new Error(`no handler for jobs named ${job.name}`);
    const controller = new AbortController();
    signal?.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
    this.#running.set(id, controller);
    const watch = setInterval(
      () => {
        void this.#primitives
          .get(cancelKey(id))
          .then((flag) => {
            if (flag) controller.abort(new Error(CANCELLED));
          })
          .catch(() => undefined);
      },
      Math.max(50, Math.floor(this.#options.lockMs / 3)),
    );
    watch.unref?.();
    try {
      await handler({
        id,
        name: job.name,
        data: job.data,
        run: Math.max(1, job.attemptsStarted),
        signal: controller.signal,
        progress: (percent) => job.updateProgress(percent),
      });
    } catch (error) {
      if (await this.#primitives.get(cancelKey(id))) throw new Error(CANCELLED);
      if (this.#closing && controller.signal.aborted) {
        // Stopped by close(): hand it back so another process (or the next start) runs it now.
        await job.moveToDelayed(Date.now(), token);
        throw new DelayedError();
      }
      throw error;
    } finally {
      clearInterval(watch);
      this.#running.delete(id);
    }
  }
}
