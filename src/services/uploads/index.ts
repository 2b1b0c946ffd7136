import { REST } from "discord.js";
import { Agent } from "undici";
import type { UploadCreator } from "../../config.js";
import { UserError } from "../../errors.js";
import type { Logger } from "../../logger.js";
import type { Stores } from "../../store/index.js";
import type { UploadProgress } from "../../views/upload.js";
import type { OpenCloudClient, OperationOutcome } from "../opencloud/index.js";
import { OpenCloudError, refusalsOf } from "../opencloud/index.js";

/** What Create and Update Asset need (spec `x-roblox-scopes`). */
const UPLOAD_SCOPES = ["asset:read", "asset:write"] as const;

import { DOWNLOAD_TIMEOUTS, type Download, openDownload } from "./download.js";
import { EditBudget } from "./editBudget.js";
import { explainOperationError, explainUploadError, INTERRUPTED_REASON } from "./explain.js";
import { type UploadJob, UploadJobStore, type UploadResult } from "./jobs.js";
import { type LimitVerdict, UploadLimits } from "./limits.js";
import { checkUploadAllowed, type UploadPolicy } from "./policy.js";
import { AudioQuotaCheck } from "./quota.js";
import { type ReplyBody, ReplyEditor } from "./reply.js";
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
  FBX_ONLY_FOR_VERSIONS,
  type RequestedType,
  resolveAssetType,
  sizeLimit,
  unsupportedFile,
  uploadFileName,
} from "./validate.js";

export type { UploadJob, UploadResult } from "./jobs.js";
export type { RequestedType } from "./validate.js";

/** Waiting for an operation stops after this long; the job then ends as "still processing". */
const MAX_WAIT_MS = 60 * 60_000;

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
}

export type UploadRenderer = (job: UploadJob, progress?: UploadProgress) => ReplyBody;

export interface UploadServiceOptions {
  readonly roblox: OpenCloudClient;
  readonly stores: Stores;
  readonly logger: Logger;
  readonly creator: UploadCreator | undefined;
  /** The servers and roles the operator allowed to upload to `creator`. */
  readonly policy: UploadPolicy;
  readonly cdnHosts: readonly string[];
  readonly discordApiUrl: string;
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
  readonly #rest: REST;
  readonly #downloads: Agent;
  readonly #stop = new AbortController();
  readonly #now: () => number;
  readonly #editBudget: EditBudget;
  readonly #audioQuota: AudioQuotaCheck;

  constructor(private readonly options: UploadServiceOptions) {
    this.#now = options.now ?? Date.now;
    this.#editBudget = new EditBudget(this.#now);
    this.#audioQuota = new AudioQuotaCheck(options.roblox, this.#now);
    this.#jobs = new UploadJobStore(options.stores.jobs);
    this.#limits = new UploadLimits(options.stores, options.limits, this.#now);
    this.#rest = new REST({ api: options.discordApiUrl, version: "10", timeout: 15_000 });
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
    checkUploadAllowed(this.options.policy, request);
    const creator = this.options.creator;
    if (creator === undefined) {
      throw new UserError("Uploads are turned off: the bot's owner has not set ROBLOX_UPLOAD_CREATOR.");
    }
    if (request.assetId !== undefined) {
      checkAssetId(request.assetId);
      checkUpdatable(request.type);
      checkVersionFileName(request.attachment.name);
    }
    const description = checkDescription(request.description);
    checkDeclaredSize(request.attachment.size, sizeLimit(request.attachmentSizeLimit));
    const url = checkAttachmentUrl(request.attachment.url, this.options.cdnHosts);
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
      creator,
      ...(request.assetId === undefined ? {} : { targetAssetId: request.assetId }),
      stage: "downloading",
      replyOpen: true,
      updatedAt: this.#now(),
    };
    if (!(await this.#jobs.create(job))) return;
    const log = this.options.logger.child({ uploadJob: job.id });
    const editor = this.editorFor(job, log);
    void editor.progress(this.options.render(job), true);

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
        if (job.targetAssetId !== undefined && kind.id !== "fbx") throw new UserError(FBX_ONLY_FOR_VERSIONS);
        if (job.assetType === "Audio") await this.#audioQuota.ensureRoom(creator);
      } catch (error) {
        download.cancel();
        throw error;
      }
    } catch (error) {
      await this.refuse(job, editor, error);
      throw error;
    }

    job.fileLabel = kind.label.replace(/^an? /, "");
    job.stage = "uploading";
    await this.#jobs.save(job);
    log.info(
      { assetType: job.assetType, size: job.size, update: job.targetAssetId !== undefined },
      "upload started",
    );
    void editor.progress(this.options.render(job, { bytesSent: 0 }), true);

    let streamError: unknown;
    const sent = { bytes: 0 };
    const render = this.options.render;
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
          ? await this.options.roblox.assets.createAsset(
              { assetType: job.assetType, displayName: job.displayName, description, creator, file },
              { signal: this.#stop.signal },
            )
          : await this.options.roblox.assets.updateAsset(job.targetAssetId, file, {
              signal: this.#stop.signal,
            });
      job.operationId = operation.operationId;
      job.stage = "waiting";
      job.waitingSince = this.#now();
      await this.#jobs.save(job);
      log.info({ operationId: operation.operationId }, "upload accepted by Roblox");
      void editor.progress(this.options.render(job, { waitedMs: 0 }), true);
    } catch (error) {
      download.cancel();
      if (this.#stop.signal.aborted) return;
      if (streamError instanceof UserError) {
        await this.finish(job, editor, { kind: "failed", reason: streamError.message, nothingSent: true });
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
      const explained = await refusalsOf(this.options.roblox).explain(error, UPLOAD_SCOPES);
      await this.finish(job, editor, explainUploadError(explained, job.targetAssetId));
      return;
    }
    await this.waitAndFinish(job, editor, log);
  }

  /**
   * Called once the Discord client is ready: picks up the jobs a previous run left unfinished.
   * With shards, each takes only the jobs of its own servers, so no job is watched twice.
   */
  async resume(servesGuild: (guildId: string) => boolean = () => true): Promise<number> {
    const jobs = (await this.#jobs.active()).filter((job) => servesGuild(job.guildId));
    for (const job of jobs) {
      const log = this.options.logger.child({ uploadJob: job.id });
      const editor = this.editorFor(job, log);
      if (job.stage === "waiting" && job.operationId !== undefined) {
        log.info({ operationId: job.operationId }, "resuming the wait for an upload");
        void this.waitAndFinish(job, editor, log).catch((error: unknown) =>
          log.error({ err: error }, "resumed upload failed"),
        );
      } else {
        log.warn({ stage: job.stage }, "upload was interrupted by a restart");
        const result: UploadResult =
          job.stage === "uploading"
            ? { kind: "interrupted", reason: INTERRUPTED_REASON }
            : {
                kind: "failed",
                reason:
                  "The bot restarted while downloading the file; nothing was sent to Roblox. Run /upload again.",
                nothingSent: true,
              };
        await this.finish(job, editor, result);
      }
    }
    return jobs.length;
  }

  async close(): Promise<void> {
    this.#stop.abort();
    await this.#downloads.close();
  }

  private editorFor(job: UploadJob, log: Logger): ReplyEditor {
    this.#editBudget.sweep();
    const editor = new ReplyEditor(this.#rest, job, log, this.#now, this.#editBudget);
    if (!job.replyOpen) editor.close();
    return editor;
  }

  /** A refusal before anything was sent: recorded in the job, the cooldown and cap given back, the reply left to the router. */
  private async refuse(job: UploadJob, editor: ReplyEditor, error: unknown): Promise<void> {
    editor.close();
    await editor.settled();
    const reason = error instanceof UserError ? error.message : "The file could not be read.";
    job.stage = "finished";
    job.replyOpen = false;
    job.result = { kind: "failed", reason, nothingSent: true };
    await this.#jobs.save(job);
    await this.#limits.giveBack(job.userId, job.guildId).catch(() => undefined);
  }

  private async finish(job: UploadJob, editor: ReplyEditor, result: UploadResult): Promise<void> {
    job.stage = "finished";
    job.result = result;
    await editor.final(this.options.render(job));
    job.replyOpen = editor.open;
    await this.#jobs.save(job);
  }

  private async waitAndFinish(job: UploadJob, editor: ReplyEditor, log: Logger): Promise<void> {
    const operationId = job.operationId as string;
    const since = job.waitingSince ?? this.#now();
    const signal = this.#stop.signal;
    while (!signal.aborted) {
      const waitedMs = this.#now() - since;
      if (waitedMs > MAX_WAIT_MS) {
        await this.finish(job, editor, {
          kind: "timeout",
          reason: `Roblox had not finished processing it after an hour (operation ${operationId}). Check https://create.roblox.com/dashboard/creations.`,
        });
        return;
      }
      if (job.replyOpen && !editor.hasTimeForProgress()) {
        await editor.final(this.options.render(job, { waitedMs, stillProcessing: true }));
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
        outcome = await this.options.roblox.assets.waitForOperation(operationId, {
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
          await sleep(Math.max(5_000, error.retryAfterMs ?? 0), signal);
          continue;
        }
        log.warn(
          {
            err: error instanceof OpenCloudError ? { kind: error.kind, status: error.status } : String(error),
          },
          "could not read the upload's operation",
        );
        await this.finish(job, editor, explainUploadError(error, job.targetAssetId));
        return;
      }
      if (outcome.status !== "timeout") {
        await this.finish(job, editor, resultOf(outcome));
        log.info({ result: job.result?.kind }, "upload finished");
        return;
      }
      await editor.progress(this.options.render(job, { waitedMs: this.#now() - since }));
    }
  }
}

function resultOf(outcome: Exclude<OperationOutcome, { status: "timeout" }>): UploadResult {
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

function explainLimit(verdict: LimitVerdict): void {
  if (verdict.ok) return;
  if (verdict.reason === "cooldown") {
    const seconds = Math.ceil(verdict.retryAfterMs / 1000);
    throw new UserError(`You uploaded a moment ago. You can upload again in ${seconds} s.`);
  }
  throw new UserError(
    `This server has used its ${verdict.cap} uploads for today. More can be uploaded <t:${Math.floor(verdict.resetsAt / 1000)}:R>.`,
  );
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
