import type { Clock } from "../clock.js";
import type { StorePrimitives } from "../store/primitives/index.js";
import type { BullConnection } from "./bullmq.js";
import { InProcessJobs } from "./inProcess.js";
import type { Jobs, JobsOptions } from "./types.js";

/** BullMQ's keys in Redis start with this. */
export const BULLMQ_PREFIX = "bot:bull";

/**
 * BullMQ when the store is Redis (every process shares the queue), else the in-process runner.
 * BullMQ (with ioredis) is loaded only then: about 5 MiB of heap a bot without Redis need not carry.
 */
export async function openJobs(
  primitives: StorePrimitives,
  redis: BullConnection | undefined,
  clock: Clock,
  options: JobsOptions = {},
): Promise<Jobs> {
  if (!redis) return new InProcessJobs(primitives, clock, options);
  const { BullJobs } = await import("./bullmq.js");
  return new BullJobs(primitives, { ...options, connection: redis, prefix: BULLMQ_PREFIX });
}
