import type { Clock } from "../../clock.js";
import type { Jobs } from "../../jobs/index.js";
import type { Logger } from "../../logger.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import {
  MAX_UPLOAD_LOG_DAYS,
  MEMBER_LIST_DAYS,
  UPLOAD_GUILDS,
  UploadJobStore,
  uploadGuildIndex,
  uploadUserIndex,
} from "../uploads/jobs.js";

export const RETENTION_SWEEP_JOB = "retention-sweep";
/** The sweep runs this often by default (once across every process). */
export const SWEEP_EVERY_MS = 60 * 60_000;
const DAY = 24 * 60 * 60 * 1000;
/** Up to where the member lists were last cleared: the sweep goes on from there. */
const MEMBER_LIST_SWEPT = "retention:member-lists-swept";
const serverDaysKey = (guildId: string) => `settings:${guildId}:uploadLogDays`;

export interface RetentionOptions {
  readonly primitives: StorePrimitives;
  readonly jobs: Jobs;
  readonly clock: Clock;
  readonly logger: Logger;
  /** UPLOAD_LOG_RETENTION_DAYS: how long a server's upload log keeps an entry unless the server chose. */
  readonly uploadLogDays: number;
  readonly everyMs?: number;
}

export interface SweepResult {
  /** Upload log entries (records) deleted because their server's retention passed. */
  readonly logEntries: number;
  /** Entries taken out of members' /uploads lists after MEMBER_LIST_DAYS. */
  readonly memberEntries: number;
}

/**
 * Enforces what the README's "what we store, for how long" promises, as a repeating job of the job
 * engine: a server's upload log entries go after its retention, a member's /uploads list after 30
 * days. Everything else the bot keeps expires by its own time to live.
 */
export class RetentionSweep {
  readonly #options: RetentionOptions;
  readonly #uploads: UploadJobStore;

  constructor(options: RetentionOptions) {
    this.#options = options;
    this.#uploads = new UploadJobStore(options.primitives, () => options.clock.now());
    options.jobs.define(RETENTION_SWEEP_JOB, async () => {
      const result = await this.sweep();
      if (result.logEntries + result.memberEntries > 0) options.logger.info(result, "retention sweep");
    });
  }

  /** Schedules the sweep (once across every process on the store). */
  schedule(): Promise<void> {
    return this.#options.jobs.repeat(
      RETENTION_SWEEP_JOB,
      "retention",
      this.#options.everyMs ?? SWEEP_EVERY_MS,
      {},
    );
  }

  /** The days this server keeps its upload log. */
  async uploadLogDays(guildId: string): Promise<number> {
    const chosen = Number(await this.#options.primitives.get(serverDaysKey(guildId)));
    return Number.isInteger(chosen) && chosen > 0 ? chosen : this.#options.uploadLogDays;
  }

  /** Whether the server chose its own retention in /settings. */
  async hasOwnUploadLogDays(guildId: string): Promise<boolean> {
    return (await this.#options.primitives.get(serverDaysKey(guildId))) !== undefined;
  }

  /** The server's own retention; undefined goes back to UPLOAD_LOG_RETENTION_DAYS. */
  async setUploadLogDays(guildId: string, days: number | undefined): Promise<void> {
    if (days === undefined) await this.#options.primitives.delete(serverDaysKey(guildId));
    else
      await this.#options.primitives.set(serverDaysKey(guildId), String(Math.min(days, MAX_UPLOAD_LOG_DAYS)));
  }

  async sweep(): Promise<SweepResult> {
    const { primitives, clock } = this.#options;
    const now = clock.now();
    let logEntries = 0;
    let memberEntries = 0;
    const listCutoff = now - MEMBER_LIST_DAYS * DAY;
    const listFrom = Number((await primitives.get(MEMBER_LIST_SWEPT)) ?? 0);
    for (const guildId of await primitives.setMembers(UPLOAD_GUILDS)) {
      const index = uploadGuildIndex(guildId);
      const cutoff = now - (await this.uploadLogDays(guildId)) * DAY;
      for (const { member } of await primitives.sortedRange(index, { max: cutoff })) {
        if (await this.#uploads.removeFinished(member)) logEntries++;
      }
      for (const { member } of await primitives.sortedRange(index, { min: listFrom, max: listCutoff })) {
        const job = await this.#uploads.get(member);
        if (job !== undefined && (await primitives.sortedRemove(uploadUserIndex(job.userId), member))) {
          memberEntries++;
        }
      }
    }
    await primitives.set(MEMBER_LIST_SWEPT, String(listCutoff));
    return { logEntries, memberEntries };
  }
}
