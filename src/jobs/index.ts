export { BullJobs } from "./bullmq.js";
export { holdLock } from "./heldLock.js";
export { InProcessJobs } from "./inProcess.js";
export { openJobs } from "./open.js";
export type { JobContext, JobInfo, Jobs, JobsOptions } from "./types.js";
