import { setTimeout as delay } from "node:timers/promises";
import { Agent } from "undici";
import type { UploadCreator } from "../../config.js";
import { UserError, userError } from "../../errors.js";
import type { LocaleId } from "../../i18n/locales.js";
import { message } from "../../i18n/types.js";
import { holdLock, type JobContext, type Jobs } from "../../jobs/index.js";
import type { Logger } from "../../logger.js";
import type { Stores } from "../../store/index.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { OpenCloudClient, OperationOutcome } from "../opencloud/index.js";
import { OpenCloudError, refusalsOf } from "../opencloud/index.js";

import { DOWNLOAD_TIMEOUTS, type Download, openDownload } from "./download.js";
import { EditBudget } from "./editBudget.js";
import { explainLimit, explainUploadError, interruptedResult, resultOf } from "./explain.js";
import { type UploadJob, UploadJobStore, type UploadProgress, type UploadResult } from "./jobs.js";
import { carryOverLegacyUploads } from "./legacy.js";
import { UploadLimits } from "./limits.js";
import { DEFAULT_MODERATION_BASE_DELAY_MS, type DirectMessenger, ModerationFollower } from "./moderation.js";
import { checkUploadAllowed, type UploadPolicy } from "./policy.js";
import { AudioQuotaCheck } from "./quota.js";
import { type ReplyBody, ReplyEditor, type ReplyWebhook } from "./reply.js";
import { describeUnknownBytes, type FileKind, sniffFileKind } from "./sniff.js";
import {
  type AttachmentInfo,
  checkAssetId,
  checkAttachmentUrl,
  checkDeclaredSize,
  checkDescription,
  checkUpdatable,
  checkVersionFileName,
  displayNameFor,
  type RequestedType,
  resolveAssetType,
  sizeLimit,
  unsupportedFile,
  uploadFileName,
} from "./validate.js";

export type { UploadJob, UploadProgress, UploadResult } from "./jobs.js";
export type { DirectMessenger } from "./moderation.js";
export type { ReplyBody, ReplyWebhook } from "./reply.js";
export type { RequestedType } from "./validate.js";

/** What Create and Update Asset need (spec `x-roblox-scopes`). */
const UPLOAD_SCOPES = ["asset:read", "asset:write"] as const;
/** Waiting for an operation stops after this long; the job then ends as "still processing". */
const MAX_WAIT_MS = 60 * 60_000;
/** The job that follows an upload from its creation to its result. Its data is the upload's ID only. */
export const UPLOAD_JOB = "upload";
interface UploadJobData {
  readonly uploadId: string;
}
/**
 * Held by the process that downloads the file and sends the create call, renewed while it works:
 * a job that finds the upload before Roblox answered, with this lock gone, knows that process died.
 */
const CREATE_LOCK_MS = 15_000;
const createLockKey = (uploadId: string) => `upload-create:${uploadId}`;
/** How often a job waiting for the create call (in another process) looks again. */
const CREATE_POLL_MS = 500;

export interface UploadRequest {
  readonly interactionId: string;
  readonly applicationId: string;
  readonly interactionToken: string;
  /** Discord's creation time of the interaction (from its ID), ms. */
  readonly interactionCreatedAt: number;
  readonly userId: string;
  readonly guildId: string | null;
  /** Whether the member has Manage Expressions in this server, from the interaction's member permissions. */
  readonly memberMayUpload: boolean;
  /** The member's roles in this server, from the interaction. */
  readonly memberRoleIds: readonly string[];
  readonly attachment: AttachmentInfo;
  /** `attachment_size_limit` of the interaction, if Discord sent it. */
  readonly attachmentSizeLimit: number | undefined;
  readonly type: RequestedType;
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  readonly assetId?: string | undefined;
  /** The language of the reply (the member's when private, the server's when public). */
  readonly locale: LocaleId;
  /** The server's language (`guild_locale`), for a DM sent later. */
  readonly guildLocale: LocaleId;
}

/** Where a rendered upload is shown: the interaction's reply, or a DM outside the interaction. */
export type UploadAudience = "reply" | "dm";
export type UploadRenderer = (job: UploadJob, progress?: UploadProgress, audience?: UploadAudience) => ReplyBody;

export interface UploadServiceOptions {
  readonly roblox: OpenCloudClient;
  readonly stores: Stores;
  /** Where upload records, their indexes, cooldowns and caps are kept, atomically across processes. */
  readonly primitives: StorePrimitives;
  readonly jobs: Jobs;
  readonly logger: Logger;
  readonly creator: UploadCreator | undefined;
  /** The servers and roles the operator allowed to upload to `creator`. */
  readonly policy: UploadPolicy;
  readonly cdnHosts: readonly string[];
  /** Sends edits of the interaction's reply (Discord's webhook route, behind an adapter). */
  readonly replies: ReplyWebhook;
  /** Tells an uploader moderation's verdict when the reply can no longer be edited. */
  readonly directMessages: DirectMessenger;
  /** The first pause before reading an asset left Reviewing again; doubles after each read. */
  readonly moderationBaseDelayMs?: number;
  readonly limits: { readonly cooldownSeconds: number; readonly dailyCapPerServer: number };
  readonly render: UploadRenderer;
  readonly now?: () => number;
}

/**
 * /upload from start to finish: checks before any download, a job in the store from the start,
 * the file streamed from Discord's CDN into one create (or update) call, the operation polled,
 * and the interaction's reply edited along the way. Jobs survive restarts; a POST is never repeated.
 */
export class UploadService {
  readonly #jobs: UploadJobStore;
  readonly #limits: UploadLimits;
  readonly #options: UploadServiceOptions;
  readonly #downloads: Agent;
  readonly #stop = new AbortController();
  readonly #now: () => number;
  readonly #editBudget: EditBudget;
  readonly #audioQuota: AudioQuotaCheck;
  readonly #moderation: ModerationFollower;

  constructor(options: UploadServiceOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#editBudget = new EditBudget(this.#now);
    this.#audioQuota = new AudioQuotaCheck(options.roblox, this.#now);
    this.#jobs = new UploadJobStore(options.primitives, this.#now);
    this.#limits = new UploadLimits(options.primitives, options.limits, this.#now);
    options.jobs.define<UploadJobData>(UPLOAD_JOB, (job) => this.#follow(job));
    this.#moderation = new ModerationFollower({
      roblox: options.roblox,
      jobs: options.jobs,
      records: this.#jobs,
      replies: options.replies,
      directMessages: options.directMessages,
      render: (job, audience) => options.render(job, {}, audience),
      logger: options.logger.child({ component: "moderation" }),
      now: this.#now,
      baseDelayMs: options.moderationBaseDelayMs ?? DEFAULT_MODERATION_BASE_DELAY_MS,
    });
    this.#downloads = new Agent({ connectTimeout: 10_000, ...DOWNLOAD_TIMEOUTS, connections: 8 });
  }

  /** The member's recent uploads with their results, newest first. */
  recent(userId: string, limit = 10): Promise<UploadJob[]> {
    return this.#jobs.recent(userId, limit);
  }

  /**
   * Runs one upload. Expected refusals before anything is sent to Roblox throw UserError;
   * everything after that ends in the job's result, shown in the reply.
   */
  async start(request: UploadRequest): Promise<void> {
    checkUploadAllowed(this.#options.policy, request);
    const creator = this.#options.creator;
    if (creator === undefined) {
      throw userError("upload.noCreator");
    }
    if (request.assetId !== undefined) {
      checkAssetId(request.assetId);
      checkUpdatable(request.type);
      checkVersionFileName(request.attachment.name);
    }
    const description = checkDescription(request.description);
    checkDeclaredSize(request.attachment.size, sizeLimit(request.attachmentSizeLimit));
    const url = checkAttachmentUrl(request.attachment.url, this.#options.cdnHosts);
    if ((await this.#jobs.get(request.interactionId)) !== undefined) return;
    explainLimit(await this.#limits.take(request.userId, request.guildId));

    const job: UploadJob = {
      id: request.interactionId,
      userId: request.userId,
      guildId: request.guildId,
      applicationId: request.applicationId,
      interactionToken: request.interactionToken,
      interactionCreatedAt: request.interactionCreatedAt,
      createdAt: this.#now(),
      fileName: request.attachment.name,
      size: request.attachment.size,
      displayName: displayNameFor(request.name, request.attachment.name),
      locale: request.locale,
      guildLocale: request.guildLocale,
      creator,
      ...(request.assetId === undefined ? {} : { targetAssetId: request.assetId }),
      stage: "downloading",
      replyOpen: true,
      updatedAt: this.#now(),
    };
    // One process per interaction, whichever saw it first; the lock tells the job when this one is done.
    const createLock = await holdLock(this.#options.primitives, createLockKey(job.id), CREATE_LOCK_MS);
    if (!createLock) return;
    try {
      if (!(await this.#jobs.create(job))) return;
      await this.#options.jobs.enqueue<UploadJobData>(
        UPLOAD_JOB,
        { uploadId: job.id },
        { id: `upload-${job.id}` },
      );
      await this.#sendToRoblox(job, request, url, creator, description);
    } finally {
      await createLock.release();
    }
  }

  /** The download and the one create (or update) call; the job takes over once Roblox answered. */
  async #sendToRoblox(
    job: UploadJob,
    request: UploadRequest,
    url: URL,
    creator: UploadCreator,
    description: ReturnType<typeof checkDescription>,
  ): Promise<void> {
    const log = this.#options.logger.child({ uploadJob: job.id });
    const editor = this.#editorFor(job, log);
    void editor.progress(this.#options.render(job), true);

    let download: Download;
    let kind: FileKind;
    try {
      download = await openDownload(url, {
        maxBytes: job.size,
        dispatcher: this.#downloads,
        signal: this.#stop.signal,
      });
      const sniffed = sniffFileKind(download.head);
      if (sniffed === undefined) {
        download.cancel();
        throw unsupportedFile(describeUnknownBytes(download.head), job.fileName);
      }
      kind = sniffed;
      try {
        job.assetType = resolveAssetType(request.type, kind);
        if (job.targetAssetId !== undefined && job.assetType !== "Model") checkUpdatable(job.assetType);
        if (job.targetAssetId !== undefined && kind.id !== "fbx") throw userError("upload.fbxOnly");
        if (job.assetType === "Audio") await this.#audioQuota.ensureRoom(creator);
      } catch (error) {
        download.cancel();
        throw error;
      }
    } catch (error) {
      await this.#refuse(job, editor, error);
      throw error;
    }

    job.fileKind = kind.id;
    job.stage = "uploading";
    await this.#jobs.save(job);
    log.info(
      { assetType: job.assetType, size: job.size, update: job.targetAssetId !== undefined },
      "upload started",
    );
    void editor.progress(this.#options.render(job, { bytesSent: 0 }), true);

    let streamError: unknown;
    const sent = { bytes: 0 };
    const render = this.#options.render;
    async function* counted(): AsyncGenerator<Uint8Array> {
      try {
        for await (const chunk of download.body) {
          sent.bytes += chunk.byteLength;
          void editor.progress(render(job, { bytesSent: sent.bytes }));
          yield chunk;
        }
      } catch (error) {
        streamError = error;
        throw error;
      }
    }
    const file = {
      stream: counted(),
      // Discord's declared size is only a claim: the CDN's Content-Length is what will really arrive.
      size: download.contentLength ?? job.size,
      contentType: kind.contentType,
      fileName: uploadFileName(job.fileName, kind),
    };
    try {
      const operation =
        job.targetAssetId === undefined
          ? await this.#options.roblox.assets.createAsset(
              { assetType: job.assetType, displayName: job.displayName, description, creator, file },
              { signal: this.#stop.signal },
            )
          : await this.#options.roblox.assets.updateAsset(job.targetAssetId, file, {
              signal: this.#stop.signal,
            });
      job.operationId = operation.operationId;
      job.stage = "waiting";
      job.waitingSince = this.#now();
      await this.#jobs.save(job);
      log.info({ operationId: operation.operationId }, "upload accepted by Roblox");
      await editor.progress(this.#options.render(job, { waitedMs: 0 }), true);
    } catch (error) {
      download.cancel();
      if (this.#stop.signal.aborted) return;
      if (streamError instanceof UserError) {
        await this.#finish(job, editor, { kind: "failed", reason: streamError.text, nothingSent: true });
        await this.#limits.giveBack(job.userId, job.guildId).catch(() => undefined);
        return;
      }
      log.warn(
        {
          err:
            error instanceof OpenCloudError
              ? { kind: error.kind, status: error.status, code: error.code }
              : String(error),
        },
        "upload call failed",
      );
      const explained = await refusalsOf(this.#options.roblox).explain(error, UPLOAD_SCOPES);
      await this.#finish(job, editor, explainUploadError(explained, job.targetAssetId));
    }
  }

  /**
   * Carries over uploads a release before the job engine left in the store, queueing a job for each
   * unfinished one. Run before the jobs start.
   */
  async carryOverLegacy(): Promise<number> {
    const unfinished = await carryOverLegacyUploads(this.#options.stores.jobs, this.#jobs);
    for (const job of unfinished) {
      await this.#options.jobs.enqueue<UploadJobData>(
        UPLOAD_JOB,
        { uploadId: job.id },
        { id: `upload-${job.id}` },
      );
    }
    return unfinished.length;
  }

  /**
   * The upload's job, on whichever process the engine runs it: waits while the creating process
   * is still sending, reports an upload whose creating process died before Roblox answered
   * (never sending it again), and otherwise follows the Roblox operation to its result.
   */
  async #follow(run: JobContext<UploadJobData>): Promise<void> {
    const id = run.data.uploadId;
    let job = await this.#jobs.get(id);
    const log = this.#options.logger.child({ uploadJob: id });
    while (job && (job.stage === "downloading" || job.stage === "uploading")) {
      if ((await this.#options.primitives.get(createLockKey(id))) === undefined) {
        // Read again: the creating process may have saved its answer just before it let go.
        job = await this.#jobs.get(id);
        if (!job || (job.stage !== "downloading" && job.stage !== "uploading")) break;
        log.warn({ stage: job.stage }, "upload was interrupted before Roblox answered");
        await this.#finish(job, this.#editorFor(job, log), interruptedResult(job));
        return;
      }
      // Aborted when the job is stopped: the check below then hands it back.
      await delay(CREATE_POLL_MS, undefined, { signal: run.signal }).catch(() => undefined);
      run.signal.throwIfAborted();
      job = await this.#jobs.get(id);
    }
    // Died between saving a Reviewing result and queueing its first check: queue it now.
    if (job?.stage === "finished" && job.moderation?.checks === 0 && job.moderation.told === undefined) {
      await this.#moderation.schedule(job);
      return;
    }
    if (job?.stage !== "waiting" || job.operationId === undefined) return;
    if (run.run > 1) log.info({ operationId: job.operationId }, "resuming the wait for an upload");
    await this.#waitAndFinish(job, this.#editorFor(job, log), log, run.signal);
    // Stopped (the process is closing): hand the job back so another process, or the next start, goes on.
    if ((job.stage as UploadJob["stage"]) !== "finished") run.signal.throwIfAborted();
  }

  async close(): Promise<void> {
    this.#stop.abort();
    await this.#downloads.close();
  }

  #editorFor(job: UploadJob, log: Logger): ReplyEditor {
    if (job.interactionToken === undefined) job.replyOpen = false;
    this.#editBudget.sweep();
    const editor = new ReplyEditor(this.#options.replies, job, log, this.#now, this.#editBudget);
    if (!job.replyOpen) editor.close();
    return editor;
  }

  /** A refusal before anything was sent: recorded in the job, the cooldown and cap given back, the reply left to the router. */
  async #refuse(job: UploadJob, editor: ReplyEditor, error: unknown): Promise<void> {
    editor.close();
    await editor.settled();
    const reason = error instanceof UserError ? error.text : message("upload.unreadable");
    job.stage = "finished";
    job.replyOpen = false;
    job.result = { kind: "failed", reason, nothingSent: true };
    await this.#jobs.save(job);
    await this.#limits.giveBack(job.userId, job.guildId).catch(() => undefined);
  }

  async #finish(job: UploadJob, editor: ReplyEditor, result: UploadResult): Promise<void> {
    job.stage = "finished";
    job.result = result;
    await editor.final(this.#options.render(job));
    job.replyOpen = editor.open;
    if (result.kind === "reviewing") this.#moderation.begin(job);
    await this.#jobs.save(job);
    if (job.moderation !== undefined) await this.#moderation.schedule(job);
  }

  async #waitAndFinish(
    job: UploadJob,
    editor: ReplyEditor,
    log: Logger,
    jobSignal: AbortSignal,
  ): Promise<void> {
    const operationId = job.operationId as string;
    const since = job.waitingSince ?? this.#now();
    const signal = AbortSignal.any([this.#stop.signal, jobSignal]);
    while (!signal.aborted) {
      const waitedMs = this.#now() - since;
      if (waitedMs > MAX_WAIT_MS) {
        await this.#finish(job, editor, {
          kind: "timeout",
          reason: message("upload.timedOut", { operation: operationId }),
        });
        return;
      }
      if (job.replyOpen && !editor.hasTimeForProgress()) {
        await editor.final(this.#options.render(job, { waitedMs, stillProcessing: true }));
        editor.close();
        job.replyOpen = false;
        await this.#jobs.save(job);
        log.info("reply token nearly expired; the upload keeps waiting in the background");
      }
      // Get Operation is throttled per key (100 per 60 s): after the first seconds, 3 s or more between polls.
      const pace = Math.min(10_000, Math.max(waitedMs < 5_000 ? 1_000 : 3_000, 1_000 + waitedMs / 10));
      const roundMs = editor.hasTimeForProgress()
        ? Math.max(1_000, Math.min(3 * pace, editor.remainingMs() - 60_000))
        : 30_000;
      let outcome: OperationOutcome;
      try {
        outcome = await this.#options.roblox.assets.waitForOperation(operationId, {
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
          {
            err: error instanceof OpenCloudError ? { kind: error.kind, status: error.status } : String(error),
          },
          "could not read the upload's operation",
        );
        await this.#finish(job, editor, explainUploadError(error, job.targetAssetId));
        return;
      }
      if (outcome.status !== "timeout") {
        await this.#finish(job, editor, resultOf(outcome));
        log.info({ result: job.result?.kind }, "upload finished");
        return;
      }
      await editor.progress(this.#options.render(job, { waitedMs: this.#now() - since }));
    }
  }
}
