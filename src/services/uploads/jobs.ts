import type { UploadCreator } from "../../config.js";
import type { LocaleId } from "../../i18n/locales.js";
import { type Message, message } from "../../i18n/types.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { RequestedType, UploadAssetType } from "./assetTypes.js";
import type { FileKindId } from "./inspect.js";
import { TOKEN_LIFETIME_MS } from "./reply.js";

/**
 * Where an upload stands. `downloading` and `uploading` are before Roblox answered the POST:
 * a job found in either after a restart may or may not have reached Roblox, and is never sent again.
 */
export type UploadStage = "approval" | "downloading" | "uploading" | "waiting" | "finished";

/**
 * Why an upload ended as it did: a catalogue message, rendered in the reader's language when shown.
 * Records written before the catalogue held the English sentence itself; reading one turns it into
 * `upload.legacyText`, which shows that sentence as it was.
 */
export type UploadReason = Message;

function fromLegacy(reason: unknown): UploadReason | undefined {
  if (typeof reason === "string") return message("upload.legacyText", { text: reason });
  return reason as UploadReason | undefined;
}

/** A record as stored, with sentences from a release before the catalogue carried over. */
function readRecord(raw: string): UploadJob {
  const job = JSON.parse(raw) as UploadJob;
  const result = job.result as (UploadResult & { reason?: unknown; note?: unknown }) | undefined;
  if (result === undefined) return job;
  if ("reason" in result) result.reason = fromLegacy(result.reason);
  if ("note" in result && result.note !== undefined) result.note = fromLegacy(result.note);
  return job;
}

export type UploadResult =
  | {
      kind: "approved" | "reviewing";
      assetId: string;
      revisionId?: string;
      /** Why the bot stopped following a review (after 24 h). */
      note?: UploadReason;
    }
  | { kind: "rejected"; assetId?: string; reason: UploadReason }
  | { kind: "failed"; reason: UploadReason; nothingSent: boolean }
  | { kind: "interrupted"; reason: UploadReason }
  | { kind: "timeout"; reason: UploadReason };

/** The moderation part of an upload record: when following began and how many checks were made. */
export interface ModerationFollow {
  readonly since: number;
  checks: number;
  /** Set once the uploader was told (by the reply or a DM) or could not be. */
  told?: "reply" | "dm" | "dm-closed" | "dm-failed";
}

/** Where the file waits for staff: the review message holds it (its link is refreshed by reading it). */
export interface UploadApproval {
  readonly channelId: string;
  messageId?: string;
  state: "pending" | "approved" | "rejected";
  /** The staff member who decided. */
  by?: string;
  /** What inspect needs to look at the file again when it is fetched from the review message. */
  readonly inspection: {
    readonly requested: RequestedType;
    readonly fileName: string;
    readonly extension: string;
    readonly targetAssetId?: string;
  };
}

/** Progress details that are not worth storing in the job. */
export interface UploadProgress {
  readonly bytesSent?: number;
  /** Milliseconds spent waiting for Roblox so far. */
  readonly waitedMs?: number;
  /** The token is about to expire while Roblox is still working. */
  readonly stillProcessing?: boolean;
}

export interface UploadJob {
  /** The interaction's ID: one job per interaction, whatever Discord redelivers. */
  readonly id: string;
  readonly userId: string;
  readonly guildId: string;
  /** To edit the reply later through the interaction webhook. */
  readonly applicationId: string;
  /**
   * A secret: never logged or shown, and dropped from the record as soon as the reply is closed
   * (finished, or the token nearly expired), so a finished upload keeps none.
   */
  interactionToken?: string;
  /** When Discord created the interaction (from its ID), ms: the token works for 15 minutes from then. */
  readonly interactionCreatedAt: number;
  readonly createdAt: number;
  readonly fileName: string;
  readonly size: number;
  readonly displayName: string;
  readonly creator: UploadCreator;
  /**
   * For an upload to the member's own account: the Discord ID whose grant sends it and reads its
   * operation. The job keeps which grant, never a token.
   */
  readonly grantOf?: string;
  /** Set while (and after) the upload waited for a staff member's decision in the server's review channel. */
  approval?: UploadApproval;
  /** The description to send, kept while the upload waits for approval. */
  description?: string;
  /** SHA-256 (hex) of the bytes sent to Roblox; absent for records written before it was kept. */
  sha256?: string;
  /** Set for a new version of an existing Model. */
  readonly targetAssetId?: string;
  assetType?: UploadAssetType;
  /** The language of the reply: the member's when it is private, the server's when public (absent: en-US). */
  readonly locale?: LocaleId;
  /** The server's language: a DM's for records written before `memberLocale` was kept. */
  readonly guildLocale?: LocaleId;
  /** The member's own language, for what is said outside the reply (a DM with a later result). */
  readonly memberLocale?: LocaleId;
  /** How the uploader learnt a result that came after the reply could no longer be edited. */
  told?: "dm" | "dm-closed" | "dm-failed";
  /** What the file turned out to be, once sniffed. */
  fileKind?: FileKindId;
  /** The same in English words, as records written before the catalogue kept it. */
  fileLabel?: string;
  stage: UploadStage;
  operationId?: string;
  /** When the operation ID arrived: the start of "waiting for Roblox". */
  waitingSince?: number;
  /** False once the reply can no longer be edited (token expired or the message is gone). */
  replyOpen: boolean;
  result?: UploadResult;
  /** Set while (and after) the bot follows an asset moderation left Reviewing. */
  moderation?: ModerationFollow;
  updatedAt: number;
}

const DAY = 24 * 60 * 60 * 1000;
/** Finished uploads stay in the member's /uploads list this long (the retention sweep takes them out). */
export const MEMBER_LIST_DAYS = 30;
/** The longest a server may keep its upload log (UPLOAD_LOG_RETENTION_DAYS and /settings). */
export const MAX_UPLOAD_LOG_DAYS = 730;
/**
 * A finished record's time to live in the store: a backstop past the longest log retention, which the
 * retention sweep enforces server by server.
 */
export const FINISHED_JOB_TTL_MS = (MAX_UPLOAD_LOG_DAYS + 1) * DAY;
/** Unfinished jobs are kept at most this long (a job stuck longer is abandoned). */
export const ACTIVE_JOB_TTL_MS = 2 * DAY;
/** /uploads shows at most this many per member; older entries leave the member's index. */
export const RECENT_PER_USER = 20;

export const uploadRecordKey = (id: string) => `upload:${id}`;
export const uploadUserIndex = (userId: string) => `uploads:by-user:${userId}`;
export const uploadGuildIndex = (guildId: string) => `uploads:by-guild:${guildId}`;
export const UPLOAD_ACTIVE_INDEX = "uploads:active";
/** The servers that have an upload log, for the retention sweep. */
export const UPLOAD_GUILDS = "uploads:guilds";
/** The server's upload log keeps this many entries; older ones leave the server's index. */
export const LOG_PER_GUILD = 500;

/**
 * Upload jobs through the store primitives: one record per job, created only if absent (one job per
 * interaction, whichever process sees it first), and two indexes kept as sorted sets by creation
 * time — the member's uploads for /uploads, and the unfinished ones. Adding to or removing from an
 * index is one atomic operation, so two processes never drop each other's entries. A record is
 * written by one process at a time: the one holding its upload job.
 */
export class UploadJobStore {
  readonly #primitives: StorePrimitives;
  readonly #now: () => number;

  constructor(primitives: StorePrimitives, now: () => number) {
    this.#primitives = primitives;
    this.#now = now;
  }

  async get(id: string): Promise<UploadJob | undefined> {
    const raw = await this.#primitives.get(uploadRecordKey(id));
    return raw === undefined ? undefined : readRecord(raw);
  }

  /** Creates the job unless one with this ID exists; true when this call created it. */
  async create(job: UploadJob): Promise<boolean> {
    const created = await this.#primitives.setIfAbsent(
      uploadRecordKey(job.id),
      JSON.stringify(job),
      ACTIVE_JOB_TTL_MS,
    );
    if (!created) return false;
    await this.#primitives.sortedAdd(UPLOAD_ACTIVE_INDEX, job.id, job.createdAt);
    await this.#primitives.sortedAdd(uploadUserIndex(job.userId), job.id, job.createdAt);
    await this.#primitives.sortedAdd(uploadGuildIndex(job.guildId), job.id, job.createdAt);
    await this.#primitives.setAdd(UPLOAD_GUILDS, job.guildId);
    await this.#trim(uploadGuildIndex(job.guildId), LOG_PER_GUILD);
    const beyond = await this.#primitives.sortedRange(uploadUserIndex(job.userId), { newestFirst: true });
    for (const { member } of beyond.slice(RECENT_PER_USER)) {
      await this.#primitives.sortedRemove(uploadUserIndex(job.userId), member);
    }
    return true;
  }

  /**
   * Writes the job; a closed reply's token is dropped (kept past the end only while moderation is
   * followed, to edit the reply with its verdict), and a finished job leaves the active index.
   */
  async save(job: UploadJob): Promise<void> {
    job.updatedAt = this.#now();
    const following = job.moderation !== undefined && job.moderation.told === undefined;
    const tokenLives = this.#now() < job.interactionCreatedAt + TOKEN_LIFETIME_MS;
    if (!job.replyOpen || !tokenLives || (job.stage === "finished" && !following))
      delete job.interactionToken;
    const finished = job.stage === "finished";
    await this.#primitives.set(
      uploadRecordKey(job.id),
      JSON.stringify(job),
      finished ? FINISHED_JOB_TTL_MS : ACTIVE_JOB_TTL_MS,
    );
    if (finished) await this.#primitives.sortedRemove(UPLOAD_ACTIVE_INDEX, job.id);
  }

  /** The IDs of unfinished jobs, oldest first. */
  async activeIds(): Promise<string[]> {
    return (await this.#primitives.sortedRange(UPLOAD_ACTIVE_INDEX)).map((entry) => entry.member);
  }

  /** The user's most recent jobs, newest first. */
  recent(userId: string, limit: number): Promise<UploadJob[]> {
    return this.#read(uploadUserIndex(userId), limit);
  }

  /** The server's most recent jobs (since the server index was kept), newest first. */
  recentInGuild(guildId: string, limit: number): Promise<UploadJob[]> {
    return this.#read(uploadGuildIndex(guildId), limit);
  }

  async #read(index: string, limit: number): Promise<UploadJob[]> {
    const entries = await this.#primitives.sortedRange(index, { newestFirst: true, limit });
    const jobs = await Promise.all(entries.map((entry) => this.get(entry.member)));
    return jobs.filter((job): job is UploadJob => job !== undefined);
  }

  /** Takes the oldest entries out of a server's log; a finished record out of its log is deleted with it. */
  async #trim(index: string, keep: number): Promise<void> {
    const beyond = await this.#primitives.sortedRange(index, { newestFirst: true });
    for (const { member } of beyond.slice(keep)) {
      await this.#primitives.sortedRemove(index, member);
      await this.removeFinished(member);
    }
  }

  /** Deletes a finished record and its index entries; an unfinished one is left to its job. */
  async removeFinished(id: string): Promise<boolean> {
    const job = await this.get(id);
    if (job !== undefined && job.stage !== "finished") return false;
    if (job !== undefined) {
      await this.#primitives.sortedRemove(uploadUserIndex(job.userId), id);
      await this.#primitives.sortedRemove(uploadGuildIndex(job.guildId), id);
    }
    await this.#primitives.delete(uploadRecordKey(id));
    return true;
  }
}
