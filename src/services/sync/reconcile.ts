import type { Clock } from "../../clock.js";
import type { JobContext, Jobs } from "../../jobs/index.js";
import type { Logger } from "../../logger.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { BindStore, BindSync, RoleChange, SyncResult } from "../binds/index.js";
import type { BatchFactsReader } from "./batchFacts.js";
import type { SyncRoster } from "./roster.js";

/** The schedule's job: queues one reconcile per server for the current pass. */
export const SCHEDULE_JOB = "roles.schedule";
/** One server's pass over its linked members. */
export const RECONCILE_JOB = "roles.reconcile";
const SCHEDULE_ID = "roles-sync";
/** Members whose memberships one Roblox call reads (the `user in [...]` limit). */
export const BATCH_SIZE = 50;

export type SyncCause = "schedule" | "link";

/** The words of a sync nobody ran a command for (the views build them; the service carries them). */
export interface SyncWording {
  /** Discord's audit-log reason for the member update. */
  reason(cause: SyncCause, added: readonly RoleChange[], removed: readonly RoleChange[]): string;
  /** The server's audit channel lines for this result; undefined when there is nothing to say. */
  lines(cause: SyncCause, result: SyncResult, userId: string): string | undefined;
}

export interface ReconcileData {
  readonly guildId: string;
  /** The pass (the schedule's slot) this run belongs to; members done in it are checkpointed under it. */
  readonly pass: string;
}

export interface ReconcileReport {
  readonly members: number;
  readonly synced: number;
  /** Members already done in this pass by an earlier run of the job. */
  readonly skipped: number;
  readonly written: number;
  readonly membershipCalls: number;
  readonly stopped?: "paused" | "no-server" | "no-binds";
}

/** Members one /binds preview checks at most (a few membership calls, one Discord read each). */
export const PREVIEW_MEMBERS = 250;

export interface PreviewChange {
  readonly userId: string;
  readonly added: readonly RoleChange[];
  readonly removed: readonly RoleChange[];
}

export interface Preview {
  /** Linked members the bot knows in the server. */
  readonly total: number;
  readonly checked: number;
  readonly changes: readonly PreviewChange[];
  /** The server has ownership binds, which the preview does not check. */
  readonly ownershipSkipped: boolean;
}

export interface RoleSyncOptions {
  readonly jobs: Jobs;
  readonly primitives: StorePrimitives;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly store: BindStore;
  readonly sync: BindSync;
  readonly roster: SyncRoster;
  readonly facts: BatchFactsReader;
  readonly linkOf: (discordUserId: string) => Promise<{ readonly robloxUserId: string } | undefined>;
  readonly wording: SyncWording;
  /** Between two scheduled passes; 0 turns the schedule off. */
  readonly intervalMs: number;
  /** Whether a new link queues its member's sync. */
  readonly onLink: boolean;
}

const doneKey = (guildId: string, pass: string, userId: string) => `sync:done:${guildId}:${pass}:${userId}`;

/**
 * Roles that follow Roblox without a command: a member is synced when they link, and every linked
 * member of every server on a schedule, as jobs on the engine. A pass walks a server's roster in
 * batches of 50 (one membership call for each batch) and checkpoints every member it finished, so a
 * run taken up after a crash skips them; a member it reaches again after a crash between the write
 * and the checkpoint is read afresh from Discord and needs no second write.
 */
export class RoleSync {
  readonly #options: RoleSyncOptions;

  constructor(options: RoleSyncOptions) {
    this.#options = options;
    options.jobs.define<Record<string, never>>(SCHEDULE_JOB, () => this.#queuePasses());
    options.jobs.define<ReconcileData>(RECONCILE_JOB, async (job) => {
      await this.reconcile(job.data, job);
    });
  }

  /** Starts (or replaces) the schedule, once across every process; an interval of 0 stops it. */
  async schedule(): Promise<void> {
    if (this.#options.intervalMs <= 0) await this.#options.jobs.unrepeat(SCHEDULE_ID);
    else await this.#options.jobs.repeat(SCHEDULE_JOB, SCHEDULE_ID, this.#options.intervalMs, {});
  }

  /** Remembers a linked member of a server for the schedule (after /verify or /update synced them). */
  async remember(guildId: string, userId: string): Promise<void> {
    await this.#options.roster.add(guildId, userId);
  }

  /** Removes every trace of a member (/privacy delete): their place in each roster and this pass's checkpoints. */
  async forget(userId: string): Promise<void> {
    const { roster, primitives, clock, intervalMs } = this.#options;
    const pass = Math.floor(clock.now() / Math.max(1, intervalMs));
    for (const guildId of await roster.guilds()) {
      await roster.remove(guildId, userId);
      for (const passId of [pass, pass - 1])
        await primitives.delete(doneKey(guildId, String(passId), userId));
    }
  }

  /**
   * Syncs a member who just linked, in the server they linked from, without holding up the link: not a
   * job, so no record carrying the member's ID outlives it (/privacy delete leaves nothing behind).
   */
  async linked(guildId: string | null, userId: string): Promise<void> {
    if (guildId === null || !this.#options.onLink) return;
    void this.#syncOne({ guildId, userId }).catch((error: unknown) => {
      this.#options.logger.warn({ err: error, guildId }, "the role sync of a new link failed");
    });
  }

  async #queuePasses(): Promise<void> {
    const { clock, intervalMs, roster, jobs } = this.#options;
    const pass = String(Math.floor(clock.now() / Math.max(1, intervalMs)));
    for (const guildId of await roster.guilds()) {
      // The same ID for the same server and pass: a second firing queues nothing.
      await jobs.enqueue<ReconcileData>(
        RECONCILE_JOB,
        { guildId, pass },
        { id: `roles-sync:${guildId}:${pass}` },
      );
    }
  }

  async #syncOne(data: { readonly guildId: string; readonly userId: string }): Promise<void> {
    if ((await this.#options.store.list(data.guildId)).length === 0) return;
    const result = await this.#options.sync.sync({
      guildId: data.guildId,
      userId: data.userId,
      reason: (added, removed) => this.#options.wording.reason("link", added, removed),
    });
    await this.#after(data.guildId, data.userId, result, "link");
  }

  /** One server's pass; `job` gives the abort signal and progress when run as a job. */
  async reconcile(
    data: ReconcileData,
    job?: Pick<JobContext<ReconcileData>, "signal" | "progress">,
  ): Promise<ReconcileReport> {
    const { store, sync, roster, facts, linkOf, primitives, wording, logger, intervalMs } = this.#options;
    const { guildId, pass } = data;
    const signal = job?.signal;
    const binds = await store.list(guildId);
    const members = await roster.members(guildId);
    const report = { members: members.length, synced: 0, skipped: 0, written: 0, membershipCalls: 0 };
    if (binds.length === 0) return { ...report, stopped: "no-binds" };
    // A checkpoint outlives its pass, so a run taken up late still sees it.
    const keepMs = Math.max(2 * intervalMs, 24 * 60 * 60_000);
    for (let start = 0; start < members.length; start += BATCH_SIZE) {
      signal?.throwIfAborted();
      const batch: { userId: string; robloxUserId: string }[] = [];
      for (const userId of members.slice(start, start + BATCH_SIZE)) {
        if ((await primitives.get(doneKey(guildId, pass, userId))) !== undefined) {
          report.skipped++;
          continue;
        }
        const link = await linkOf(userId);
        if (link === undefined) await this.#unlinked(guildId, userId);
        else batch.push({ userId, robloxUserId: link.robloxUserId });
      }
      if (batch.length === 0) continue;
      const read = await facts.read([...new Set(batch.map((member) => member.robloxUserId))], binds, signal);
      report.membershipCalls += read.membershipCalls;
      for (const member of batch) {
        signal?.throwIfAborted();
        const result = await sync.sync({
          guildId,
          userId: member.userId,
          reason: (added, removed) => wording.reason("schedule", added, removed),
          // A member linked anew since the batch was read is read on their own.
          facts: (robloxUserId) => (robloxUserId === undefined ? undefined : read.facts.get(robloxUserId)),
        });
        if (result.kind === "paused" || result.kind === "no-server") {
          logger.warn({ guildId, pass, stopped: result.kind }, "scheduled role sync stopped in a server");
          return { ...report, stopped: result.kind };
        }
        if (result.kind === "synced") {
          report.synced++;
          if (result.write === "applied") report.written++;
        }
        await this.#after(guildId, member.userId, result, "schedule");
        await primitives.set(doneKey(guildId, pass, member.userId), "1", keepMs);
      }
      await job?.progress(Math.round((Math.min(members.length, start + BATCH_SIZE) / members.length) * 100));
    }
    logger.info({ guildId, pass, ...report }, "scheduled role sync finished in a server");
    return report;
  }

  /** What a pass would change for the server's first PREVIEW_MEMBERS linked members; writes nothing. */
  async preview(guildId: string): Promise<Preview> {
    const { store, sync, roster, facts, linkOf } = this.#options;
    const binds = await store.list(guildId);
    const members = await roster.members(guildId);
    const checkedMembers = members.slice(0, PREVIEW_MEMBERS);
    const changes: PreviewChange[] = [];
    for (let start = 0; start < checkedMembers.length; start += BATCH_SIZE) {
      const batch: { userId: string; robloxUserId: string }[] = [];
      for (const userId of checkedMembers.slice(start, start + BATCH_SIZE)) {
        const link = await linkOf(userId);
        if (link !== undefined) batch.push({ userId, robloxUserId: link.robloxUserId });
      }
      const read = await facts.read([...new Set(batch.map((member) => member.robloxUserId))], binds);
      for (const member of batch) {
        const result = await sync.sync({
          guildId,
          userId: member.userId,
          reason: () => "",
          dryRun: true,
          facts: (robloxUserId) => (robloxUserId === undefined ? undefined : read.facts.get(robloxUserId)),
        });
        if (result.kind === "synced" && (result.added.length > 0 || result.removed.length > 0))
          changes.push({ userId: member.userId, added: result.added, removed: result.removed });
      }
    }
    return {
      total: members.length,
      checked: checkedMembers.length,
      changes,
      ownershipSkipped: binds.some((bind) => bind.rule.kind === "owns"),
    };
  }

  /**
   * A member of the roster who unlinked since (in a DM, in another server): the roles this server's binds
   * gave go, as /unlink does in the server it is run in, and the member leaves the roster.
   */
  async #unlinked(guildId: string, userId: string): Promise<void> {
    const { roster, sync, wording } = this.#options;
    const result = await sync.sync({
      guildId,
      userId,
      removeEveryUnmatched: true,
      reason: (added, removed) => wording.reason("schedule", added, removed),
    });
    if (result.kind === "synced") await sync.announce(guildId, wording.lines("schedule", result, userId));
    await roster.remove(guildId, userId);
  }

  async #after(guildId: string, userId: string, result: SyncResult, cause: SyncCause): Promise<void> {
    const { roster, sync, wording } = this.#options;
    if (result.kind === "not-member") await roster.remove(guildId, userId);
    if (result.kind !== "synced") return;
    if (result.robloxUserId === undefined) await roster.remove(guildId, userId);
    else await roster.add(guildId, userId);
    await sync.announce(guildId, wording.lines(cause, result, userId));
  }
}
