import { Agent } from "undici";
import { type UserError, userError } from "../../errors.js";
import { holdLock, type JobContext, type Jobs } from "../../jobs/index.js";
import type { Logger } from "../../logger.js";
import type { Stores } from "../../store/index.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { GrantAccess } from "../inventory/index.js";
import { type AccessOutcome, GRANT_SCOPES } from "../linking/grants.js";
import { grantRateOwner, type OpenCloudAuth } from "../opencloud/auth.js";
import type { OpenCloudClient } from "../opencloud/index.js";
import { ApprovalQueue, type ReviewChannel } from "./approval.js";
import { DOWNLOAD_TIMEOUTS, type Download, openDownload } from "./download.js";
import { explainLimit } from "./explain.js";
import {
  awaitHandoff,
  CREATE_LOCK_MS,
  createLockKey,
  type HandoffDeps,
  UPLOAD_JOB,
  type UploadJobData,
} from "./handoff.js";
import { inspect } from "./inspect.js";
import { LOG_PER_GUILD, RECENT_PER_USER, type UploadJob, UploadJobStore } from "./jobs.js";
import { carryOverLegacyUploads } from "./legacy.js";
import { UploadLimits } from "./limits.js";
import { filterLog, type UploadLogFilter } from "./log.js";
import { type ChannelPoster, UploadLogChannel } from "./logChannel.js";
import { DEFAULT_MODERATION_BASE_DELAY_MS, type DirectMessenger, ModerationFollower } from "./moderation.js";
import { type PreflightRules, preflight, type SelfUpload, type UploadRequest } from "./preflight.js";
import { AudioQuotaCheck } from "./quota.js";
import { type Upload, UploadRecorder, type UploadRenderer } from "./record.js";
import type { ReplyEditors } from "./reply.js";
import { type MemberAuth, type SendDeps, send } from "./send.js";
import { type UploadSettingDefaults, UploadSettings } from "./serverSettings.js";
import { type WatchDeps, watch } from "./watch.js";
import { type ZipRenderer, ZipUploads } from "./zip/bulk.js";
import type { ZipLimits } from "./zip/reader.js";

export type { ReviewChannel } from "./approval.js";
export type { RequestedType } from "./assetTypes.js";
export { UPLOAD_JOB } from "./handoff.js";
export type { UploadJob, UploadProgress } from "./jobs.js";
export { logStateOf, UPLOAD_LOG_STATES, type UploadLogFilter, type UploadLogState } from "./log.js";
export type { ChannelPoster } from "./logChannel.js";
export type { DirectMessenger } from "./moderation.js";
export type { UploadRequest } from "./preflight.js";
export type { UploadAudience, UploadRenderer } from "./record.js";
export type { SettingSource, UploadServerSettings } from "./serverSettings.js";

const NO_DEFAULTS: UploadSettingDefaults = { logChannels: {}, approvalChannels: {} };

export { ReplyEditors, type ReplyWebhook } from "./reply.js";
export type { ZipProgress, ZipRenderer, ZipUpload } from "./zip/bulk.js";
export type { ZipFileResult } from "./zip/mapping.js";

export interface UploadServiceOptions extends PreflightRules {
  readonly roblox: OpenCloudClient;
  readonly stores: Stores;
  /** Where upload records, their indexes, cooldowns and caps are kept, atomically across processes. */
  readonly primitives: StorePrimitives;
  readonly jobs: Jobs;
  readonly logger: Logger;
  /** Edits the interaction's reply (Discord's webhook route, behind an adapter); built once by the caller. */
  readonly replies: ReplyEditors;
  /** Tells an uploader a result (or moderation's verdict) when the reply can no longer be edited. */
  readonly directMessages: DirectMessenger;
  /** The first pause before reading an asset left Reviewing again; doubles after each read. */
  readonly moderationBaseDelayMs?: number;
  readonly limits: { readonly cooldownSeconds: number; readonly dailyCapPerServer: number };
  readonly render: UploadRenderer;
  /** The operator's default log and review channels, for servers that never set theirs in /settings. */
  readonly settingDefaults?: UploadSettingDefaults;
  /** How to post in a server's upload log channel, and the entry's look. */
  readonly logChannels?: {
    readonly post: ChannelPoster;
    readonly render: UploadRenderer;
  };
  /** The approval queue: how to post and read in a review channel, the review message's look. */
  readonly approval?: {
    readonly review: ReviewChannel;
    readonly renderReview: UploadRenderer;
  };
  /** Uploads of a whole zip: its limits and its reply's look; absent: zips are not taken. */
  readonly zips?: { readonly limits: ZipLimits; readonly render: ZipRenderer };
  readonly now?: () => number;
  /** Uploads to members' own accounts ("me"): absent without Roblox OAuth. */
  readonly self?: SelfUploads;
}

/** What uploads to a member's own account need: the server's switch, the member's link and grant. */
export interface SelfUploads {
  /** The server's "uploads to self" switch (off unless its admins turned it on). */
  enabled(guildId: string): Promise<boolean>;
  linkOf(discordUserId: string): Promise<{ readonly robloxUserId: string } | undefined>;
  readonly grants: GrantAccess;
}

/**
 * /upload from start to finish, in steps: `preflight` (checks before any I/O), the download, `inspect`
 * (what the bytes are), `send` (the one create or update call) and, in the upload's job, `watch` (the
 * operation and moderation). A job is in the store from the start; jobs survive restarts; a POST is never repeated.
 */
export class UploadService {
  readonly #options: UploadServiceOptions;
  readonly #now: () => number;
  readonly #stop = new AbortController();
  readonly #downloads = new Agent({ connectTimeout: 10_000, ...DOWNLOAD_TIMEOUTS, connections: 8 });
  readonly #records: UploadJobStore;
  readonly #limits: UploadLimits;
  readonly #recorder: UploadRecorder;
  readonly #handoff: HandoffDeps;
  readonly #send: SendDeps;
  readonly #watch: WatchDeps;
  readonly #approval: ApprovalQueue | undefined;
  readonly #zips: ZipUploads | undefined;
  /** Each server's upload log channel, review channel and "approval required" (/settings). */
  readonly settings: UploadSettings;

  constructor(options: UploadServiceOptions) {
    const { roblox, render, primitives } = options;
    const now = options.now ?? Date.now;
    this.#options = options;
    this.#now = now;
    const records = new UploadJobStore(primitives, now);
    this.#records = records;
    this.#limits = new UploadLimits(primitives, options.limits, now);
    this.settings = new UploadSettings(primitives, options.settingDefaults ?? NO_DEFAULTS);
    const settings = this.settings;
    const logChannel = new UploadLogChannel({
      channelOf: (guildId) => settings.logChannelOf(guildId),
      post: async () => false,
      render,
      ...options.logChannels,
      logger: options.logger.child({ component: "upload-log" }),
    });
    const moderation = new ModerationFollower({
      roblox,
      jobs: options.jobs,
      records,
      replies: options.replies.webhook,
      directMessages: options.directMessages,
      render: (job, audience) => render(job, {}, audience),
      logger: options.logger.child({ component: "moderation" }),
      now,
      baseDelayMs: options.moderationBaseDelayMs ?? DEFAULT_MODERATION_BASE_DELAY_MS,
      logChannel,
    });
    const { logger, replies: editors } = options;
    const recorder = new UploadRecorder({
      records,
      limits: this.#limits,
      moderation,
      editors,
      render,
      logger,
      logChannel,
      directMessages: options.directMessages,
    });
    this.#recorder = recorder;
    this.#handoff = { primitives, records, recorder, moderation };
    const memberAuth: MemberAuth = (job) => this.#memberAuth(job);
    this.#watch = { roblox, records, recorder, render, now, signal: this.#stop.signal, memberAuth };
    this.#send = { ...this.#watch, audioQuota: new AudioQuotaCheck(roblox, now) };
    options.jobs.define<UploadJobData>(UPLOAD_JOB, (run) => this.#follow(run));
    this.#zips =
      options.zips === undefined
        ? undefined
        : new ZipUploads({
            ...{ roblox, primitives, jobs: options.jobs, replies: options.replies, now },
            ...{ render: options.zips.render, limits: options.zips.limits, uploadLimits: this.#limits },
            ...{ audioQuota: this.#send.audioQuota, dispatcher: this.#downloads, signal: this.#stop.signal },
            logger: options.logger.child({ component: "zip-uploads" }),
          });
    const { approval } = options;
    this.#approval =
      approval === undefined
        ? undefined
        : new ApprovalQueue({
            ...approval,
            reviewOf: (guildId) => settings.reviewOf(guildId),
            ...{ render, primitives, records, recorder, jobs: options.jobs, cdnHosts: options.cdnHosts },
            ...{ dispatcher: this.#downloads, send: this.#send, watch: this.#watch },
          });
  }

  /** The member's recent uploads with their results, newest first. */
  recent(userId: string, limit = 10): Promise<UploadJob[]> {
    return this.#records.recent(userId, limit);
  }

  /** The server's upload log, filtered: a member's uploads come from their own index, so older ones show too. */
  async log(filter: UploadLogFilter): Promise<UploadJob[]> {
    const pool =
      filter.memberId === undefined
        ? await this.#records.recentInGuild(filter.guildId, LOG_PER_GUILD)
        : await this.#records.recent(filter.memberId, RECENT_PER_USER);
    return filterLog(pool, filter);
  }

  /**
   * Runs one upload up to Roblox's answer; its job watches the rest. Expected refusals before anything
   * is sent to Roblox throw UserError; everything after that ends in the job's result, shown in the reply.
   */
  async start(request: UploadRequest): Promise<void> {
    const self = await this.#selfUpload(request);
    const zipMaxBytes = self === undefined ? this.#options.zips?.limits.maxZipBytes : undefined;
    const checked = preflight(request, { ...this.#options, zipMaxBytes }, this.#now(), self);
    // A zip goes to the operator's creator only (its job sends with the bot's key), and never around the
    // server's approval queue: staff review files one by one.
    if (checked.zip && this.#zips !== undefined) {
      if ((await this.settings.reviewOf(checked.guildId)).required) throw userError("zip.needsApproval");
      return this.#zips.start(checked);
    }
    const { job } = checked;
    if ((await this.#records.get(job.id)) !== undefined) return;
    explainLimit(await this.#limits.take(job.userId, job.guildId));
    // One process per interaction, whichever saw it first; the lock tells the job when this one is done.
    const createLock = await holdLock(this.#options.primitives, createLockKey(job.id), CREATE_LOCK_MS);
    if (!createLock) return;
    try {
      if (!(await this.#records.create(job))) return;
      await this.#queue(job);
      const upload = this.#recorder.open(job);
      void upload.editor.progress(this.#options.render(job), true);
      const download = await this.#refusing(upload, undefined, () =>
        openDownload(checked.url, {
          maxBytes: job.size,
          dispatcher: this.#downloads,
          signal: this.#stop.signal,
        }),
      );
      const inspected = await this.#refusing(upload, download, () =>
        inspect(download.head, checked.inspection),
      );
      if (await this.#approval?.holdIfReviewed(upload, download, inspected, checked)) return;
      await send(this.#send, upload, download, inspected, checked.description);
    } finally {
      await createLock.release();
    }
  }

  /** A staff member's Approve or Reject of an upload waiting in this server's review channel. */
  decideApproval(uploadId: string, guildId: string, staffId: string, approve: boolean): Promise<UploadJob> {
    if (this.#approval === undefined) throw userError("approval.unknown");
    return this.#approval.decide(uploadId, guildId, staffId, approve);
  }

  /**
   * Carries over uploads a release before the job engine left in the store, queueing a job for each
   * unfinished one. Run before the jobs start.
   */
  async carryOverLegacy(): Promise<number> {
    const unfinished = await carryOverLegacyUploads(this.#options.stores.jobs, this.#records);
    for (const job of unfinished) await this.#queue(job);
    return unfinished.length;
  }

  async close(): Promise<void> {
    this.#stop.abort();
    await this.#downloads.close();
  }

  /** "me" (or the server's default with self-uploads on): the member's link and a grant that may upload. */
  async #selfUpload(request: UploadRequest): Promise<SelfUpload | undefined> {
    const { self } = this.#options;
    if (request.guildId === null || self === undefined) {
      if (request.to === "me") throw userError("upload.selfOff");
      return undefined;
    }
    const on = await self.enabled(request.guildId);
    const to = request.to ?? (on ? "me" : "server");
    if (to === "server") return undefined;
    if (!on) throw userError("upload.selfOff");
    const link = await self.linkOf(request.userId);
    if (link === undefined) throw userError("target.selfNotLinked");
    const access = await self.grants.accessToken(request.userId, GRANT_SCOPES.uploads);
    if (!access.ok) throw uploadGrantRefusal(access);
    if (access.robloxUserId !== link.robloxUserId) throw userError("grant.uploadsNeeded");
    return { robloxUserId: link.robloxUserId };
  }

  async #memberAuth(job: UploadJob): Promise<OpenCloudAuth | undefined> {
    if (job.grantOf === undefined) return undefined;
    const grants = this.#options.self?.grants;
    if (grants === undefined) throw userError("upload.selfOff");
    const access = await grants.accessToken(job.grantOf, GRANT_SCOPES.uploads);
    if (!access.ok) throw uploadGrantRefusal(access);
    return { kind: "bearer", token: access.token, rateOwner: grantRateOwner(job.grantOf) };
  }

  #queue(job: UploadJob): Promise<string> {
    return this.#options.jobs.enqueue<UploadJobData>(
      UPLOAD_JOB,
      { uploadId: job.id },
      { id: `upload-${job.id}` },
    );
  }

  /** A step before anything is sent: its refusal is recorded (the download dropped) and thrown on. */
  async #refusing<T>(upload: Upload, download: Download | undefined, step: () => T | Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      download?.cancel();
      await this.#recorder.refuse(upload, error);
      throw error;
    }
  }

  /** The upload's job: once the creating process has Roblox's answer, the operation is watched to its end. */
  async #follow(run: JobContext<UploadJobData>): Promise<void> {
    const job = await awaitHandoff(this.#handoff, run);
    if (job === undefined) return;
    const upload = this.#recorder.open(job);
    if (run.run > 1) upload.log.info({ operationId: job.operationId }, "resuming the wait for an upload");
    await watch(this.#watch, upload, run.signal);
    // Stopped (the process is closing): hand the job back so another process, or the next start, goes on.
    if ((job.stage as UploadJob["stage"]) !== "finished") run.signal.throwIfAborted();
  }
}

function uploadGrantRefusal(access: Exclude<AccessOutcome, { ok: true }>): UserError {
  switch (access.reason) {
    case "none":
      return userError("grant.uploadsNeeded");
    case "missing-scope":
      return userError("grant.missingScope.uploads", { scope: access.missing.join(", ") });
    case "lapsed":
      return userError("grant.lapsed");
    case "unavailable":
      return userError("grant.unavailable");
  }
}
