import { message } from "../../i18n/types.js";
import type { Jobs } from "../../jobs/index.js";
import type { Logger } from "../../logger.js";
import type { OpenCloudClient } from "../opencloud/index.js";
import { OpenCloudError } from "../opencloud/index.js";
import type { ModerationFollow, UploadJob, UploadJobStore, UploadResult } from "./jobs.js";
import type { UploadLogChannel } from "./logChannel.js";
import { type ReplyBody, type ReplyWebhook, TOKEN_LIFETIME_MS } from "./reply.js";

/** The job that reads an asset left Reviewing until moderation decides. Its data is the upload's ID only. */
export const MODERATION_JOB = "upload-moderation";
interface ModerationJobData {
  readonly uploadId: string;
}

/** Roblox may take a day or more to decide; after this the bot stops asking and says where to look. */
export const MODERATION_FOLLOW_MS = 24 * 60 * 60 * 1000;
/** The pause before the first check, doubling after each; the default base delay (1 minute). */
export const DEFAULT_MODERATION_BASE_DELAY_MS = 60_000;
/** The pause stops doubling at this many base delays (1 hour with the default base). */
const MAX_DELAY_FACTOR = 60;

export const STILL_REVIEWING_NOTE = message("upload.stillReviewing");

/** The pause before check number `checks` (0 for the first): base, 2×base, 4×base … capped at 60×base. */
export function moderationDelayMs(baseMs: number, checks: number): number {
  return baseMs * Math.min(MAX_DELAY_FACTOR, 2 ** Math.min(checks, 16));
}

/** What became of a direct message. `closed`: the member does not take DMs from the bot (Discord 50007). */
export type DirectMessageOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly closed: boolean;
      readonly code: number | string | undefined;
      readonly status: number | undefined;
    };

/** Sends one direct message to a member. Never throws. */
export type DirectMessenger = (userId: string, body: ReplyBody) => Promise<DirectMessageOutcome>;

export interface ModerationFollowerOptions {
  readonly roblox: OpenCloudClient;
  readonly jobs: Jobs;
  readonly records: UploadJobStore;
  readonly replies: ReplyWebhook;
  readonly directMessages: DirectMessenger;
  readonly render: (job: UploadJob, audience: "reply" | "dm") => ReplyBody;
  readonly logger: Logger;
  readonly now: () => number;
  readonly baseDelayMs: number;
  /** Where the verdict is posted for the server's staff. */
  readonly logChannel?: UploadLogChannel;
}

/**
 * Follows an asset whose operation finished while moderation was still Reviewing: one delayed job
 * per check (the pause doubling), so a restart only delays the next check. When moderation decides,
 * the record gets the verdict (so /uploads shows it), the reply is edited while its token lives,
 * and otherwise the uploader gets a DM.
 */
export class ModerationFollower {
  readonly #options: ModerationFollowerOptions;

  constructor(options: ModerationFollowerOptions) {
    this.#options = options;
    options.jobs.define<ModerationJobData>(MODERATION_JOB, (run) => this.#check(run.data.uploadId));
  }

  /** Marks a finished upload whose result is Reviewing as followed; save it, then call schedule(). */
  begin(job: UploadJob): void {
    job.moderation = { since: this.#options.now(), checks: 0 };
  }

  /**
   * Queues the next check, the last one at the end of the 24 h (queued again after a restart: a check
   * already queued is left as it is).
   */
  async schedule(job: UploadJob): Promise<void> {
    const follow = job.moderation;
    if (follow === undefined) return;
    const left = follow.since + MODERATION_FOLLOW_MS - this.#options.now();
    const delayMs = Math.max(0, Math.min(left, moderationDelayMs(this.#options.baseDelayMs, follow.checks)));
    await this.#options.jobs.enqueue<ModerationJobData>(
      MODERATION_JOB,
      { uploadId: job.id },
      { id: `moderation-${job.id}-${follow.checks}`, delayMs },
    );
  }

  async #check(uploadId: string): Promise<void> {
    const job = await this.#options.records.get(uploadId);
    const log = this.#options.logger.child({ uploadJob: uploadId });
    const follow = job?.moderation;
    if (!job || !follow || follow.told !== undefined || job.result?.kind !== "reviewing") return;
    const assetId = job.result.assetId;
    let verdict: UploadResult | undefined;
    try {
      const asset = await this.#options.roblox.assets.getAsset(assetId);
      if (asset.moderationState === "approved") verdict = { ...job.result, kind: "approved" };
      if (asset.moderationState === "rejected")
        verdict = { kind: "rejected", assetId, reason: message("upload.moderationRejected") };
    } catch (error) {
      // A failed read is one check that found nothing; the next one tries again.
      log.warn(
        { err: error instanceof OpenCloudError ? { kind: error.kind, status: error.status } : String(error) },
        "could not read the asset under review",
      );
    }
    follow.checks += 1;
    if (verdict === undefined) {
      if (this.#options.now() - follow.since >= MODERATION_FOLLOW_MS) {
        job.result = { ...job.result, note: STILL_REVIEWING_NOTE };
        await this.#tell(job, follow, log);
        log.info({ checks: follow.checks }, "stopped following moderation after 24 h");
        return;
      }
      await this.#options.records.save(job);
      await this.schedule(job);
      return;
    }
    job.result = verdict;
    await this.#tell(job, follow, log);
    log.info({ result: verdict.kind, checks: follow.checks }, "moderation decided");
  }

  /** The reply while its token lives, else a DM; then the record, told, without the token. */
  async #tell(job: UploadJob, follow: ModerationFollow, log: Logger): Promise<void> {
    const token = job.interactionToken;
    const lives = this.#options.now() < job.interactionCreatedAt + TOKEN_LIFETIME_MS;
    // Any failed edit (the token expired by Discord's clock, the reply deleted) falls back to a DM.
    const edited =
      job.replyOpen && token !== undefined && lives
        ? await this.#options.replies(
            { applicationId: job.applicationId, interactionToken: token },
            this.#options.render(job, "reply"),
          )
        : undefined;
    if (edited?.ok) {
      follow.told = "reply";
    } else {
      const sent = await this.#options.directMessages(job.userId, this.#options.render(job, "dm"));
      if (sent.ok) follow.told = "dm";
      else if (sent.closed) {
        follow.told = "dm-closed";
        log.info("the uploader does not take direct messages; the result is in /uploads");
      } else {
        follow.told = "dm-failed";
        log.warn({ code: sent.code, status: sent.status }, "could not send the moderation result by DM");
      }
    }
    job.replyOpen = false;
    await this.#options.records.save(job);
    await this.#options.logChannel?.posted(job);
  }
}
