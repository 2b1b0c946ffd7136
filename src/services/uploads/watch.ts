import { setTimeout as delay } from "node:timers/promises";
import { UserError } from "../../errors.js";
import { message } from "../../i18n/types.js";
import type { OpenCloudAuth } from "../opencloud/auth.js";
import type { OpenCloudClient, OperationOutcome } from "../opencloud/index.js";
import { OpenCloudError } from "../opencloud/index.js";
import { explainUploadError, resultOf } from "./explain.js";
import type { UploadJobStore } from "./jobs.js";
import type { Upload, UploadRecorder, UploadRenderer } from "./record.js";
import type { MemberAuth } from "./send.js";

/** Waiting for an operation stops after this long; the job then ends as "still processing". */
const MAX_WAIT_MS = 60 * 60_000;

export interface WatchDeps {
  readonly roblox: OpenCloudClient;
  readonly records: UploadJobStore;
  readonly recorder: UploadRecorder;
  readonly render: UploadRenderer;
  readonly now: () => number;
  /** Aborted when the service closes. */
  readonly signal: AbortSignal;
  /** An upload to the member's account reads its operation with their token, renewed as it expires. */
  readonly memberAuth: MemberAuth;
}

/**
 * The upload's last step, in its job: polls the Roblox operation (paced to Get Operation's limit),
 * shows the wait in the reply while its token lives, and records the result; a result still Reviewing
 * is handed to the moderation follow-up. Returns early, unfinished, when `jobSignal` or the service stops.
 */
export async function watch(deps: WatchDeps, upload: Upload, jobSignal: AbortSignal): Promise<void> {
  const { job, editor, log } = upload;
  const operationId = job.operationId as string;
  const since = job.waitingSince ?? deps.now();
  const signal = AbortSignal.any([deps.signal, jobSignal]);
  while (!signal.aborted) {
    const waitedMs = deps.now() - since;
    if (waitedMs > MAX_WAIT_MS) {
      await deps.recorder.finish(upload, {
        kind: "timeout",
        reason: message("upload.timedOut", { operation: operationId }),
      });
      return;
    }
    if (job.replyOpen && !editor.hasTimeForProgress()) {
      await editor.final(deps.render(job, { waitedMs, stillProcessing: true }));
      editor.close();
      job.replyOpen = false;
      await deps.records.save(job);
      log.info("reply token nearly expired; the upload keeps waiting in the background");
    }
    // Get Operation is throttled per key (100 per 60 s): after the first seconds, 3 s or more between polls.
    const pace = Math.min(10_000, Math.max(waitedMs < 5_000 ? 1_000 : 3_000, 1_000 + waitedMs / 10));
    const roundMs = editor.hasTimeForProgress()
      ? Math.max(1_000, Math.min(3 * pace, editor.remainingMs() - 60_000))
      : 30_000;
    let outcome: OperationOutcome;
    let auth: OpenCloudAuth | undefined;
    try {
      auth = await deps.memberAuth(job);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      await deps.recorder.finish(upload, { kind: "failed", reason: error.text, nothingSent: false });
      return;
    }
    try {
      outcome = await deps.roblox.assets.waitForOperation(operationId, {
        ...(auth === undefined ? {} : { auth }),
        deadlineMs: roundMs,
        initialDelayMs: pace,
        maxDelayMs: 2 * pace,
        signal,
      });
    } catch (error) {
      if (signal.aborted) return;
      if (
        error instanceof OpenCloudError &&
        (error.kind === "unavailable" || error.kind === "rate_limited")
      ) {
        // Aborted on close: the loop then sees the signal and stops.
        await delay(Math.max(5_000, error.retryAfterMs ?? 0), undefined, { signal }).catch(() => undefined);
        continue;
      }
      log.warn(
        { err: error instanceof OpenCloudError ? { kind: error.kind, status: error.status } : String(error) },
        "could not read the upload's operation",
      );
      await deps.recorder.finish(upload, explainUploadError(error, job.targetAssetId));
      return;
    }
    if (outcome.status !== "timeout") {
      await deps.recorder.finish(upload, resultOf(outcome));
      log.info({ result: job.result?.kind }, "upload finished");
      return;
    }
    await editor.progress(deps.render(job, { waitedMs: deps.now() - since }));
  }
}
