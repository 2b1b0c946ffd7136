import { UserError } from "../../errors.js";
import { describeFailure } from "../../text/failures.js";
import { failureOf } from "../failure.js";
import { OpenCloudError, type OperationError, type OperationOutcome } from "../opencloud/index.js";
import type { UploadJob, UploadResult } from "./jobs.js";
import type { LimitVerdict } from "./limits.js";

export const INTERRUPTED_REASON =
  "The upload was interrupted (the bot restarted or lost its connection) before Roblox answered, so it may or may not have reached Roblox. Check https://create.roblox.com/dashboard/creations before uploading it again.";

/** Plain words for a failed create or update call; the raw Roblox text never reaches the user. */
export function explainUploadError(error: unknown, targetAssetId: string | undefined): UploadResult {
  if (!(error instanceof OpenCloudError)) {
    return {
      kind: "failed",
      reason: "Something went wrong on the bot's side; nothing was created.",
      nothingSent: false,
    };
  }
  if (error.status === 0) return { kind: "interrupted", reason: INTERRUPTED_REASON };
  const message = error.message;
  if (/AssetName is moderated/i.test(message)) {
    return {
      kind: "rejected",
      reason: "Roblox moderation did not accept the name. Choose another `name` and upload again.",
    };
  }
  if (/AssetDescription is moderated/i.test(message)) {
    return {
      kind: "rejected",
      reason: "Roblox moderation did not accept the description. Change the `description` and upload again.",
    };
  }
  if (/InvalidImage/i.test(message)) {
    return {
      kind: "failed",
      reason: "Roblox could not read the image. It may be damaged, or larger than 8000×8000 pixels.",
      nothingSent: false,
    };
  }
  if (/quota|monthly|upload limit/i.test(message)) {
    return {
      kind: "failed",
      reason:
        "Roblox's upload quota for this account is used up (audio: 10 a month, or 100 for ID-verified accounts). Try again next month.",
      nothingSent: false,
    };
  }
  if (error.kind === "not_found" && targetAssetId !== undefined) {
    return {
      kind: "failed",
      reason: `Roblox has no asset ${targetAssetId} that the bot may update.`,
      nothingSent: false,
    };
  }
  if (error.kind === "permission_denied" && error.missingScope === undefined) {
    return {
      kind: "failed",
      reason:
        targetAssetId === undefined
          ? "The bot's Roblox API key may not upload for the configured creator. The bot's owner needs to check ROBLOX_UPLOAD_CREATOR and the key's permissions."
          : `The bot's Roblox API key may not update asset ${targetAssetId}.`,
      nothingSent: false,
    };
  }
  const known = describeFailure(failureOf(error));
  if (known !== undefined) return { kind: "failed", reason: known, nothingSent: false };
  if (error.kind === "invalid_argument") {
    return {
      kind: "failed",
      reason:
        targetAssetId === undefined
          ? "Roblox refused the file. Check that it is a valid file of its type."
          : "Roblox refused the new version. Only Models can get new versions, and only from a valid .fbx file.",
      nothingSent: false,
    };
  }
  return {
    kind: "failed",
    reason: "Roblox could not take the upload right now. Try again later.",
    nothingSent: false,
  };
}

/** Plain words for an operation that finished with an error. */
export function explainOperationError(error: OperationError): string {
  if (/moderat/i.test(error.message)) return "Roblox moderation rejected it.";
  if (/InvalidImage/i.test(error.message))
    return "Roblox could not read the image. It may be damaged, or larger than 8000×8000 pixels.";
  return "Roblox could not process the file. It may be damaged, or a variant of the format Roblox does not take.";
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
        reason: "Roblox moderation rejected it.",
        ...(outcome.asset === undefined ? {} : { assetId: outcome.asset.assetId }),
      };
    case "failed":
      return { kind: "failed", reason: explainOperationError(outcome.error), nothingSent: false };
  }
}

/** Says why the member may not upload now, as a UserError; nothing when they may. */
/** The end of an upload whose creating process stopped before Roblox answered. */
export function interruptedResult(job: UploadJob): UploadResult {
  return job.stage === "uploading"
    ? { kind: "interrupted", reason: INTERRUPTED_REASON }
    : {
        kind: "failed",
        reason:
          "The bot restarted while downloading the file; nothing was sent to Roblox. Run /upload again.",
        nothingSent: true,
      };
}

export function explainLimit(verdict: LimitVerdict): void {
  if (verdict.ok) return;
  if (verdict.reason === "cooldown") {
    const seconds = Math.ceil(verdict.retryAfterMs / 1000);
    throw new UserError(`You uploaded a moment ago. You can upload again in ${seconds} s.`);
  }
  throw new UserError(
    `This server has used its ${verdict.cap} uploads for today. More can be uploaded <t:${Math.floor(verdict.resetsAt / 1000)}:R>.`,
  );
}
