import { userError } from "../../errors.js";
import { type Message, message } from "../../i18n/types.js";
import { describeFailure } from "../../text/failures.js";
import { failureOf } from "../failure.js";
import { OpenCloudError, type OperationError, type OperationOutcome } from "../opencloud/index.js";
import type { UploadJob, UploadResult } from "./jobs.js";
import type { LimitVerdict } from "./limits.js";

const INTERRUPTED_REASON = message("upload.interrupted");

/** Plain words for a failed create or update call; the raw Roblox text never reaches the user. */
export function explainUploadError(error: unknown, targetAssetId: string | undefined): UploadResult {
  if (!(error instanceof OpenCloudError)) {
    return {
      kind: "failed",
      reason: message("upload.botSide"),
      nothingSent: false,
    };
  }
  if (error.status === 0) return { kind: "interrupted", reason: INTERRUPTED_REASON };
  const said = error.message;
  if (/AssetName is moderated/i.test(said)) {
    return {
      kind: "rejected",
      reason: message("upload.nameModerated"),
    };
  }
  if (/AssetDescription is moderated/i.test(said)) {
    return {
      kind: "rejected",
      reason: message("upload.descriptionModerated"),
    };
  }
  if (/InvalidImage/i.test(said)) {
    return {
      kind: "failed",
      reason: message("upload.invalidImage"),
      nothingSent: false,
    };
  }
  if (/quota|monthly|upload limit/i.test(said)) {
    return {
      kind: "failed",
      reason: message("upload.quotaUsed"),
      nothingSent: false,
    };
  }
  if (error.kind === "not_found" && targetAssetId !== undefined) {
    return {
      kind: "failed",
      reason: message("upload.noAssetToUpdate", { id: targetAssetId }),
      nothingSent: false,
    };
  }
  if (error.kind === "permission_denied" && error.missingScope === undefined) {
    return {
      kind: "failed",
      reason:
        targetAssetId === undefined
          ? message("upload.keyCannotUpload")
          : message("upload.keyCannotUpdate", { id: targetAssetId }),
      nothingSent: false,
    };
  }
  const known = describeFailure(failureOf(error));
  if (known !== undefined) return { kind: "failed", reason: known, nothingSent: false };
  if (error.kind === "invalid_argument") {
    return {
      kind: "failed",
      reason: targetAssetId === undefined ? message("upload.refusedFile") : message("upload.refusedVersion"),
      nothingSent: false,
    };
  }
  return {
    kind: "failed",
    reason: message("upload.couldNotTake"),
    nothingSent: false,
  };
}

/** Plain words for an operation that finished with an error. */
export function explainOperationError(error: OperationError): Message {
  if (/moderat/i.test(error.message)) return message("upload.moderationRejected");
  if (/InvalidImage/i.test(error.message)) return message("upload.invalidImage");
  return message("upload.couldNotProcess");
}

/** The job's result for an operation that finished. */
export function resultOf(outcome: Exclude<OperationOutcome, { status: "timeout" }>): UploadResult {
  switch (outcome.status) {
    case "approved":
    case "reviewing":
      return {
        kind: outcome.status,
        assetId: outcome.asset.assetId,
        ...(outcome.asset.revisionId === undefined ? {} : { revisionId: outcome.asset.revisionId }),
      };
    case "rejected":
      return {
        kind: "rejected",
        reason: message("upload.moderationRejected"),
        ...(outcome.asset === undefined ? {} : { assetId: outcome.asset.assetId }),
      };
    case "failed":
      return { kind: "failed", reason: explainOperationError(outcome.error), nothingSent: false };
  }
}

/** The end of an upload whose creating process stopped before Roblox answered. */
export function interruptedResult(job: UploadJob): UploadResult {
  return job.stage === "uploading"
    ? { kind: "interrupted", reason: INTERRUPTED_REASON }
    : {
        kind: "failed",
        reason: message("upload.restartedWhileDownloading"),
        nothingSent: true,
      };
}

/** Says why the member may not upload now, as a UserError; nothing when they may. */
export function explainLimit(verdict: LimitVerdict): void {
  if (verdict.ok) return;
  if (verdict.reason === "cooldown") {
    const seconds = Math.ceil(verdict.retryAfterMs / 1000);
    throw userError("upload.cooldown", { seconds });
  }
  // A Discord timestamp: each reader's own client shows it in their language and time zone.
  throw userError("upload.dailyCap", {
    cap: verdict.cap,
    resets: `<t:${Math.floor(verdict.resetsAt / 1000)}:R>`,
  });
}
