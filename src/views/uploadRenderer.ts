import { serverLocale } from "../i18n/locales.js";
import { translatorFor } from "../i18n/translator.js";
import type {
  UploadAudience,
  UploadJob,
  UploadProgress,
  ZipProgress,
  ZipUpload,
} from "../services/uploads/index.js";
import { uploadReply } from "./upload.js";
import { uploadLogEntry } from "./uploadLog.js";
import { uploadReviewMessage } from "./uploadReview.js";
import { zipUploadReply } from "./zipUpload.js";

/**
 * The upload renderer the service calls, at any time and on any process: the reply in the job's
 * own language, a DM outside the interaction in the member's (the server's for records from before).
 */
export function renderUpload(
  job: UploadJob,
  progress: UploadProgress = {},
  audience: UploadAudience = "reply",
) {
  const locale =
    audience === "dm" ? (job.memberLocale ?? serverLocale(undefined, job.guildLocale)) : job.locale;
  return uploadReply(translatorFor(locale), job, progress);
}

/** A server's upload log entry and review message: read by its staff, so in the server's language. */
export function renderLogEntry(job: UploadJob) {
  return uploadLogEntry(translatorFor(serverLocale(undefined, job.guildLocale)), job);
}

export function renderReview(job: UploadJob) {
  return uploadReviewMessage(translatorFor(serverLocale(undefined, job.guildLocale)), job);
}

/** A zip upload's reply, in the member's language. */
export function renderZipUpload(upload: ZipUpload, progress: ZipProgress) {
  return zipUploadReply(translatorFor(upload.locale), upload, progress);
}
