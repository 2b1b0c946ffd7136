export { type BullConnection, BullJobs, type BullJobsOptions } from "./bullmq.js";
export { type HeldLock, holdLock } from "./heldLock.js";
export { InProcessJobs } from "./inProcess.js";
export { BULLMQ_PREFIX, openJobs } from "./open.js";
export type {
  EnqueueOptions,
  JobContext,
  JobHandler,
  JobInfo,
  JobState,
  Jobs,
  JobsOptions,
} from "./types.js";
export { DEFAULT_JOBS_OPTIONS } from "./types.js";
