import type { Keyv } from "keyv";
import type { UploadCreator } from "../../config.js";
import { SerialQueue } from "../serialQueue.js";
import type { UploadAssetType } from "./validate.js";

/**
 * Where an upload stands. `downloading` and `uploading` are before Roblox answered the POST:
 * a job found in either after a restart may or may not have reached Roblox, and is never sent again.
 */
export type UploadStage = "downloading" | "uploading" | "waiting" | "finished";

export type UploadResult =
  | { kind: "approved" | "reviewing"; assetId: string; revisionId?: string }
  | { kind: "rejected"; assetId?: string; reason: string }
  | { kind: "failed"; reason: string; nothingSent: boolean }
  | { kind: "interrupted"; reason: string }
  | { kind: "timeout"; reason: string };

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
  /** To edit the reply later through the interaction webhook. A secret: never logged or shown. */
  readonly applicationId: string;
  readonly interactionToken: string;
  /** When Discord created the interaction (from its ID), ms: the token works for 15 minutes from then. */
  readonly interactionCreatedAt: number;
  readonly createdAt: number;
  readonly fileName: string;
  readonly size: number;
  readonly displayName: string;
  readonly creator: UploadCreator;
  /** Set for a new version of an existing Model. */
  readonly targetAssetId?: string;
  assetType?: UploadAssetType;
  fileLabel?: string;
  stage: UploadStage;
  operationId?: string;
  /** When the operation ID arrived: the start of "waiting for Roblox". */
  waitingSince?: number;
  /** False once the reply can no longer be edited (token expired or the message is gone). */
  replyOpen: boolean;
  result?: UploadResult;
  updatedAt: number;
}

const DAY = 24 * 60 * 60 * 1000;
/** Finished jobs stay listable by /uploads this long. */
export const FINISHED_JOB_TTL_MS = 30 * DAY;
/** Unfinished jobs are kept at most this long (a job stuck longer is abandoned). */
const ACTIVE_JOB_TTL_MS = 2 * DAY;
const RECENT_PER_USER = 20;

const jobKey = (id: string) => `upload:${id}`;
const userKey = (userId: string) => `upload-user:${userId}`;
const ACTIVE_KEY = "upload-active";

/**
 * Upload jobs in the `jobs` namespace: one record per job, a list of recent job IDs per user,
 * and the list of unfinished jobs that start-up resumes. The lists are read-modify-write, so
 * changes to them go through one queue per process.
 */
export class UploadJobStore {
  readonly #queue = new SerialQueue();

  readonly #store: Keyv;

  constructor(store: Keyv) {
    this.#store = store;
  }

  async get(id: string): Promise<UploadJob | undefined> {
    return ((await this.#store.get(jobKey(id))) as UploadJob | undefined) ?? undefined;
  }

  /** Creates the job unless one with this ID exists; true when created. */
  async create(job: UploadJob): Promise<boolean> {
    return this.#queue.run(async () => {
      if ((await this.get(job.id)) !== undefined) return false;
      await this.#store.set(jobKey(job.id), job, ACTIVE_JOB_TTL_MS);
      await this.#addToList(userKey(job.userId), job.id, RECENT_PER_USER, FINISHED_JOB_TTL_MS);
      await this.#addToList(ACTIVE_KEY, job.id, 10_000, undefined);
      return true;
    });
  }

  async save(job: UploadJob): Promise<void> {
    job.updatedAt = Date.now();
    const finished = job.stage === "finished";
    await this.#store.set(jobKey(job.id), job, finished ? FINISHED_JOB_TTL_MS : ACTIVE_JOB_TTL_MS);
    if (finished) await this.#queue.run(() => this.#removeFromList(ACTIVE_KEY, job.id));
  }

  async active(): Promise<UploadJob[]> {
    const jobs = await Promise.all((await this.#list(ACTIVE_KEY)).map((id) => this.get(id)));
    return jobs.filter((job): job is UploadJob => job !== undefined && job.stage !== "finished");
  }

  /** The user's most recent jobs, newest first. */
  async recent(userId: string, limit: number): Promise<UploadJob[]> {
    const ids = (await this.#list(userKey(userId))).slice(0, limit);
    const jobs = await Promise.all(ids.map((id) => this.get(id)));
    return jobs.filter((job): job is UploadJob => job !== undefined);
  }

  async #list(key: string): Promise<string[]> {
    const value = (await this.#store.get(key)) as unknown;
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  }

  async #addToList(key: string, id: string, max: number, ttl: number | undefined): Promise<void> {
    const ids = [id, ...(await this.#list(key)).filter((other) => other !== id)].slice(0, max);
    await this.#store.set(key, ids, ttl);
  }

  async #removeFromList(key: string, id: string): Promise<void> {
    const ids = await this.#list(key);
    if (ids.includes(id))
      await this.#store.set(
        key,
        ids.filter((other) => other !== id),
      );
  }
}
