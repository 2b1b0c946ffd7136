import { setTimeout as delay } from "node:timers/promises";
import type { JobContext } from "../../jobs/index.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import { interruptedResult } from "./explain.js";
import type { UploadJob, UploadJobStore } from "./jobs.js";
import type { ModerationFollower } from "./moderation.js";
import type { UploadRecorder } from "./record.js";

/** The job that follows an upload from its creation to its result. Its data is the upload's ID only. */
export const UPLOAD_JOB = "upload";
export interface UploadJobData {
  readonly uploadId: string;
}
/**
 * Held by the process that downloads the file and sends the create call, renewed while it works:
 * a job that finds the upload before Roblox answered, with this lock gone, knows that process died.
 */
export const CREATE_LOCK_MS = 15_000;
export const createLockKey = (uploadId: string) => `upload-create:${uploadId}`;
/** How often a job waiting for the create call (in another process) looks again. */
const CREATE_POLL_MS = 500;

export interface HandoffDeps {
  readonly primitives: StorePrimitives;
  readonly records: UploadJobStore;
  readonly recorder: UploadRecorder;
  readonly moderation: ModerationFollower;
}

const beforeAnswer = (job: UploadJob) => job.stage === "downloading" || job.stage === "uploading";

/**
 * The upload's job, on whichever process the engine runs it, up to the operation: waits while the
 * creating process is still sending, reports an upload whose creating process died before Roblox
 * answered (never sending it again), and queues again a moderation check a crash left unqueued.
 * Returns the record once it waits for its Roblox operation, else undefined (nothing left to watch).
 */
export async function awaitHandoff(
  deps: HandoffDeps,
  run: JobContext<UploadJobData>,
): Promise<UploadJob | undefined> {
  const id = run.data.uploadId;
  let job = await deps.records.get(id);
  while (job && beforeAnswer(job)) {
    if ((await deps.primitives.get(createLockKey(id))) === undefined) {
      // Read again: the creating process may have saved its answer just before it let go.
      job = await deps.records.get(id);
      if (!job || !beforeAnswer(job)) break;
      const upload = deps.recorder.open(job);
      upload.log.warn({ stage: job.stage }, "upload was interrupted before Roblox answered");
      await deps.recorder.finish(upload, interruptedResult(job));
      return undefined;
    }
    // Aborted when the job is stopped: the check below then hands it back.
    await delay(CREATE_POLL_MS, undefined, { signal: run.signal }).catch(() => undefined);
    run.signal.throwIfAborted();
    job = await deps.records.get(id);
  }
  // Died between saving a Reviewing result and queueing its first check: queue it now.
  if (job?.stage === "finished" && job.moderation?.checks === 0 && job.moderation.told === undefined) {
    await deps.moderation.schedule(job);
    return undefined;
  }
  return job?.stage === "waiting" && job.operationId !== undefined ? job : undefined;
}
