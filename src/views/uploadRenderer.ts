import { translatorFor } from "../i18n/translator.js";
import type { UploadAudience, UploadJob, UploadProgress } from "../services/uploads/index.js";
import { uploadReply } from "./upload.js";

/**
 * The upload renderer the service calls, at any time and on any process: the reply in the job's
 * own language, a DM outside the interaction in the server's (en-US for records from before).
 */
export function renderUpload(job: UploadJob, progress: UploadProgress = {}, audience: UploadAudience = "reply") {
  return uploadReply(translatorFor(audience === "dm" ? job.guildLocale : job.locale), job, progress);
}
