import type { Jobs } from "../../jobs/index.js";
import type { Logger } from "../../logger.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { BindStore, BindSync } from "../binds/index.js";
import type { SyncBudget } from "./budget.js";
import type { SyncWording } from "./reconcile.js";
import type { SyncRoster } from "./roster.js";

export const OWNERSHIP_JOB = "roles.ownership";
const SCHEDULE_ID = "roles-ownership";
/** The rolling reconcile runs once a minute and checks at most `perMinute` members each time. */
export const OWNERSHIP_EVERY_MS = 60_000;
const cursorKey = "sync:ownership:cursor";

interface Cursor {
  readonly guildId: string;
  /** How many of that server's members (walked in sorted order) were checked; no member ID is kept. */
  readonly done: number;
}

export interface OwnershipSyncOptions {
  readonly jobs: Jobs;
  readonly primitives: StorePrimitives;
  readonly logger: Logger;
  readonly store: BindStore;
  readonly sync: BindSync;
  readonly roster: SyncRoster;
  readonly budget: SyncBudget;
  readonly wording: SyncWording;
  /** Members checked a minute: each costs one inventory call or more of the 100 a minute. */
  readonly perMinute: number;
}

/** How long one full pass over `members` linked members takes at `perMinute` (in minutes, rounded up). */
export function ownershipPassMinutes(members: number, perMinute: number): number {
  return perMinute <= 0 ? Number.POSITIVE_INFINITY : Math.ceil(members / perMinute);
}

/**
 * Ownership binds re-checked in the background: once a minute, the next `perMinute` linked members of
 * the servers that have ownership binds are synced in full (inventory read included), from where the
 * last run stopped, so every member comes round in members ÷ perMinute minutes. Each check first takes
 * one inventory call of the sync's share, so interactive /inventory and /verify keep the rest.
 */
export class OwnershipSync {
  readonly #options: OwnershipSyncOptions;

  constructor(options: OwnershipSyncOptions) {
    this.#options = options;
    options.jobs.define<Record<string, never>>(OWNERSHIP_JOB, (job) => this.step(job.signal).then(() => {}));
  }

  async schedule(): Promise<void> {
    if (this.#options.perMinute <= 0) await this.#options.jobs.unrepeat(SCHEDULE_ID);
    else await this.#options.jobs.repeat(OWNERSHIP_JOB, SCHEDULE_ID, OWNERSHIP_EVERY_MS, {});
  }

  /** One minute's share: checks up to perMinute members; returns how many it checked. */
  async step(signal?: AbortSignal): Promise<number> {
    const { primitives, roster, store, sync, budget, wording, perMinute } = this.#options;
    const guilds: string[] = [];
    for (const guildId of await roster.guilds()) {
      if ((await store.list(guildId)).some((bind) => bind.rule.kind === "owns")) guilds.push(guildId);
    }
    if (guilds.length === 0) return 0;
    const raw = await primitives.get(cursorKey);
    let cursor: Cursor | undefined = raw === undefined ? undefined : (JSON.parse(raw) as Cursor);
    let guildIndex = Math.max(0, cursor === undefined ? 0 : guilds.indexOf(cursor.guildId));
    let checked = 0;
    let emptyGuilds = 0;
    while (checked < perMinute && emptyGuilds < guilds.length) {
      signal?.throwIfAborted();
      const guildId = guilds[guildIndex % guilds.length] ?? "";
      const done = cursor?.guildId === guildId ? cursor.done : 0;
      const next = (await roster.members(guildId)).slice(done, done + perMinute - checked);
      if (next.length === 0) {
        emptyGuilds++;
        guildIndex++;
        cursor = { guildId: guilds[guildIndex % guilds.length] ?? "", done: 0 };
        continue;
      }
      emptyGuilds = 0;
      for (const [offset, userId] of next.entries()) {
        await budget.take("inventory", signal);
        const result = await sync.sync({
          guildId,
          userId,
          reason: (added, removed) => wording.reason("schedule", added, removed),
        });
        if (result.kind === "not-member") await roster.remove(guildId, userId);
        if (result.kind === "synced") await sync.announce(guildId, wording.lines("schedule", result, userId));
        checked++;
        cursor = { guildId, done: done + offset + 1 };
        await primitives.set(cursorKey, JSON.stringify(cursor));
      }
    }
    return checked;
  }
}
