import { setTimeout as delay } from "node:timers/promises";
import type { Dispatcher } from "undici";
import { UserError, userError } from "../../errors.js";
import { message } from "../../i18n/types.js";
import { holdLock, type JobContext, type Jobs } from "../../jobs/index.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import { type Download, openDownload } from "./download.js";
import { CREATE_LOCK_MS, createLockKey } from "./handoff.js";
import { type Inspection, type InspectionInput, inspect } from "./inspect.js";
import type { UploadJob, UploadJobStore } from "./jobs.js";
import { checkAttachmentUrl } from "./preflight.js";
import type { Upload, UploadRecorder } from "./record.js";
import type { ReplyBody } from "./reply.js";
import { type SendDeps, send } from "./send.js";
import type { ServerReview } from "./serverSettings.js";
import { type WatchDeps, watch } from "./watch.js";

/** The job that runs an approved upload: fetch from the review message, inspect, send, watch. */
export const APPROVED_UPLOAD_JOB = "upload-approved";
interface ApprovedJobData {
  readonly uploadId: string;
}

/** The server's review channel, as the bot reaches it through Discord. */
export interface ReviewChannel {
  /** Posts the file with the review message; the message's ID, or undefined when Discord refused it. */
  post(channelId: string, body: ReplyBody, file: { name: string; data: Buffer }): Promise<string | undefined>;
  /** Reads the review message again; its attachment's link, signed afresh, or undefined when it is gone. */
  attachmentUrl(channelId: string, messageId: string): Promise<string | undefined>;
}

export interface ApprovalDeps {
  /** Whether the server's uploads wait for staff, and where (its /settings, else the operator's default). */
  readonly reviewOf: (guildId: string) => Promise<ServerReview>;
  readonly review: ReviewChannel;
  /** The review message for an upload waiting for staff. */
  readonly renderReview: (job: UploadJob) => ReplyBody;
  readonly render: (job: UploadJob) => ReplyBody;
  readonly primitives: StorePrimitives;
  readonly records: UploadJobStore;
  readonly recorder: UploadRecorder;
  readonly jobs: Jobs;
  readonly cdnHosts: readonly string[];
  readonly dispatcher: Dispatcher;
  readonly send: SendDeps;
  readonly watch: WatchDeps;
}

const LOCK_POLL_MS = 500;
const decisionKey = (uploadId: string) => `upload-approval:${uploadId}`;
const DECISION_TTL_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * The approval queue: an upload to the server's account is re-posted in the review channel and waits;
 * a staff member's Approve queues a job that fetches the file from that message (its link refreshed
 * by reading it), so an approval hours later on any process still works; Reject ends it unsent.
 */
export class ApprovalQueue {
  readonly #deps: ApprovalDeps;

  constructor(deps: ApprovalDeps) {
    this.#deps = deps;
    deps.jobs.define<ApprovedJobData>(APPROVED_UPLOAD_JOB, (run) => this.#run(run));
  }

  /**
   * Holds the inspected upload for staff when its server has a review channel: the file goes there, the
   * reply says it waits. False when the server reviews nothing (the upload goes on at once).
   */
  async holdIfReviewed(
    upload: Upload,
    download: Download,
    inspected: Inspection,
    checked: { readonly description: string; readonly inspection: InspectionInput },
  ): Promise<boolean> {
    const { job, editor } = upload;
    const review = await this.#deps.reviewOf(job.guildId);
    if (!review.required) return false;
    const channelId = review.channelId;
    if (channelId === undefined) {
      // Approval is required but the review channel was just cleared: nothing goes to Roblox unreviewed.
      download.cancel();
      await this.#deps.recorder.finish(upload, {
        kind: "failed",
        reason: message("approval.postFailed"),
        nothingSent: true,
      });
      await this.#deps.recorder.giveBack(job);
      return true;
    }
    const { requested, fileName, extension, targetAssetId } = checked.inspection;
    const inspection = { requested, fileName, extension, ...(targetAssetId ? { targetAssetId } : {}) };
    job.approval = { channelId, state: "pending", inspection };
    const description = checked.description;
    const chunks: Buffer[] = [];
    // Discord takes the file in one multipart body: read it (at most the declared size, checked while reading).
    for await (const chunk of download.body) chunks.push(Buffer.from(chunk));
    job.assetType = inspected.assetType;
    job.fileKind = inspected.kind.id;
    job.description = description;
    job.stage = "approval";
    const name = inspected.uploadFileName;
    const messageId = await this.#deps.review.post(channelId, this.#deps.renderReview(job), {
      name,
      data: Buffer.concat(chunks),
    });
    if (messageId === undefined) {
      await this.#deps.recorder.finish(upload, {
        kind: "failed",
        reason: message("approval.postFailed"),
        nothingSent: true,
      });
      await this.#deps.recorder.giveBack(job);
      return true;
    }
    job.approval.messageId = messageId;
    await this.#deps.records.save(job);
    await editor.progress(this.#deps.render(job), true);
    return true;
  }

  /**
   * The upload's create lock. A process that died holding it (just after posting for review) lets it
   * expire within CREATE_LOCK_MS; a live one is sending, and this job then finds the upload past "approval".
   */
  async #createLock(id: string, signal: AbortSignal) {
    const until = this.#deps.watch.now() + 2 * CREATE_LOCK_MS;
    for (;;) {
      const lock = await holdLock(this.#deps.primitives, createLockKey(id), CREATE_LOCK_MS);
      if (lock) return lock;
      if (this.#deps.watch.now() > until) throw new Error("the approved upload's create lock stayed taken");
      await delay(LOCK_POLL_MS, undefined, { signal }).catch(() => undefined);
      signal.throwIfAborted();
    }
  }

  #open(job: UploadJob): Upload {
    return this.#deps.recorder.open(job);
  }

  /** A staff member's Approve or Reject, counted once whichever process sees it. */
  async decide(uploadId: string, guildId: string, staffId: string, approve: boolean): Promise<UploadJob> {
    const job = await this.#deps.records.get(uploadId);
    if (job === undefined || job.guildId !== guildId || job.approval === undefined) {
      throw userError("approval.unknown");
    }
    if (job.stage !== "approval" || job.approval.state !== "pending")
      throw userError("approval.alreadyDecided");
    if (!(await this.#deps.primitives.setIfAbsent(decisionKey(uploadId), staffId, DECISION_TTL_MS))) {
      throw userError("approval.alreadyDecided");
    }
    job.approval.state = approve ? "approved" : "rejected";
    job.approval.by = staffId;
    if (!approve) {
      const upload = this.#open(job);
      await this.#deps.recorder.finish(upload, {
        kind: "failed",
        reason: message("approval.rejectedByStaff"),
        nothingSent: true,
      });
      await this.#deps.recorder.giveBack(job);
      return job;
    }
    await this.#deps.records.save(job);
    await this.#deps.jobs.enqueue<ApprovedJobData>(
      APPROVED_UPLOAD_JOB,
      { uploadId },
      { id: `upload-approved-${uploadId}` },
    );
    return job;
  }

  /** The approved upload, on whichever process runs the job; a send that may have happened is never repeated. */
  async #run(run: JobContext<ApprovedJobData>): Promise<void> {
    const { records, recorder } = this.#deps;
    const id = run.data.uploadId;
    const lock = await this.#createLock(id, run.signal);
    let job: UploadJob | undefined;
    try {
      job = await records.get(id);
      // "downloading" again after a crash is safe: nothing reached Roblox before "uploading".
      if (job === undefined || job.approval?.state !== "approved") return;
      if (job.stage === "uploading") {
        await recorder.finish(this.#open(job), {
          kind: "interrupted",
          reason: message("upload.interrupted"),
        });
        return;
      }
      if (job.stage !== "approval" && job.stage !== "downloading") return;
      await this.#fetchAndSend(job);
    } finally {
      await lock.release();
    }
    if ((job?.stage as UploadJob["stage"] | undefined) === "waiting" && job !== undefined)
      await watch(this.#deps.watch, this.#open(job), run.signal);
  }

  async #fetchAndSend(job: UploadJob): Promise<void> {
    const { approval } = job;
    if (approval?.messageId === undefined) return;
    job.stage = "downloading";
    await this.#deps.records.save(job);
    const upload = this.#open(job);
    void upload.editor.progress(this.#deps.render(job), true);
    let download: Download | undefined;
    let inspected: Inspection;
    try {
      const link = await this.#deps.review.attachmentUrl(approval.channelId, approval.messageId);
      if (link === undefined) throw userError("approval.fileGone");
      const url = checkAttachmentUrl(link, this.#deps.cdnHosts);
      download = await openDownload(url, { maxBytes: job.size, dispatcher: this.#deps.dispatcher });
      inspected = inspect(download.head, approval.inspection);
    } catch (error) {
      download?.cancel();
      const reason = error instanceof UserError ? error.text : message("upload.unreadable");
      await this.#deps.recorder.finish(upload, { kind: "failed", reason, nothingSent: true });
      await this.#deps.recorder.giveBack(job);
      return;
    }
    try {
      await send(this.#deps.send, upload, download, inspected, job.description ?? "");
    } catch (error) {
      // A refusal before sending (a spent audio quota) is already recorded.
      if (!(error instanceof UserError)) throw error;
    }
  }
}
