import type { Clock } from "../../clock.js";
import type { Logger } from "../../logger.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import { type Evaluation, evaluateBinds, type RoleChange } from "./evaluate.js";
import type { MemberFactsReader } from "./facts.js";
import { botStanding, type DoctorFinding, diagnose, type RoleRefusal, roleRefusal } from "./hierarchy.js";
import { type NicknameRefusal, nicknameRefusal, renderNickname } from "./nickname.js";
import type { BindStore } from "./store.js";
import type { Bind, GuildDirectory, MemberFacts } from "./types.js";

/** Past this many role writes Discord refused in a server (within REFUSAL_WINDOW_MS), its sync stops. */
export const MAX_REFUSALS = 20;
export const REFUSAL_WINDOW_MS = 60 * 60_000;

/** A role change the bot will not send, because Discord would refuse it. */
export interface BlockedChange {
  readonly change: RoleChange;
  readonly direction: "add" | "remove";
  readonly refusal: RoleRefusal;
}

export type SyncResult =
  | { readonly kind: "no-server" }
  | { readonly kind: "not-member" }
  | { readonly kind: "paused"; readonly refusals: number }
  /** The member holds the server's "never verify" role: nothing is changed. */
  | { readonly kind: "never-verify"; readonly roleId: string }
  | {
      readonly kind: "synced";
      readonly robloxUserId: string | undefined;
      readonly added: readonly RoleChange[];
      readonly removed: readonly RoleChange[];
      readonly blocked: readonly BlockedChange[];
      /** Binds whose facts Roblox would not show (a private inventory): their roles were left alone. */
      readonly unknown: readonly Bind[];
      /** The nickname set from the server's template in the same update; undefined: none. */
      readonly nickname: string | undefined;
      /** Why the template's nickname was not set (Discord would refuse it); undefined: nothing in the way. */
      readonly nicknameBlocked: NicknameRefusal | undefined;
      /** "refused" when Discord refused the write anyway (the cache was stale): nothing changed. */
      readonly write: "none" | "applied" | "refused";
    };

export interface SyncRequest {
  readonly guildId: string;
  readonly userId: string;
  /** The member's roles when the interaction carries them (/verify); else they are read from Discord. */
  readonly heldRoleIds?: readonly string[];
  /**
   * Every bound role no bind matches is taken away, not only those marked "remove when no bind matches"
   * (after /unlink, so the roles binds gave go with the link).
   */
  readonly removeEveryUnmatched?: boolean;
  /** The audit-log reason for the changes (the views word it). */
  readonly reason: (
    added: readonly RoleChange[],
    removed: readonly RoleChange[],
    nickname: string | undefined,
  ) => string;
  /** Facts already read for many members at once (the scheduled sync); undefined: read for this member. */
  readonly facts?: (robloxUserId: string | undefined, binds: readonly Bind[]) => MemberFacts | undefined;
  /** Works out the changes and writes nothing (a preview). */
  readonly dryRun?: boolean;
}

export interface BindSyncOptions {
  readonly store: BindStore;
  readonly facts: MemberFactsReader;
  readonly directory: GuildDirectory;
  readonly primitives: StorePrimitives;
  readonly linkOf: (discordUserId: string) => Promise<
    | {
        readonly robloxUserId: string;
        readonly robloxUsername?: string | undefined;
        readonly robloxDisplayName?: string | undefined;
      }
    | undefined
  >;
  readonly logger: Logger;
  readonly clock: Clock;
}

const refusalsKey = (guildId: string) => `binds:refusals:${guildId}`;

/**
 * The role doctor of one server (`/binds doctor`, and `npm run doctor -- --guild <id>`): what would stop its
 * binds from applying, each bound role checked, and whether its sync is paused; undefined: not in the server.
 */
export async function serverDoctor(
  deps: Pick<BindSyncOptions, "store" | "directory" | "primitives">,
  guildId: string,
): Promise<DoctorFinding[] | undefined> {
  const guild = await deps.directory.guild(guildId);
  if (!guild) return undefined;
  const binds = await deps.store.list(guildId);
  const findings = diagnose(
    guild,
    binds.flatMap((bind) => bind.roleIds),
  );
  const refusals = Number((await deps.primitives.get(refusalsKey(guildId))) ?? "0");
  return refusals >= MAX_REFUSALS ? [{ kind: "sync-paused", refusals }, ...findings] : findings;
}

/**
 * Brings a member's roles in line with the server's binds: evaluates them, drops every change Discord would
 * refuse (checked against the role hierarchy and the bot's permissions before writing), and sends what is
 * left as one member update with the full role list.
 */
export class BindSync {
  readonly #options: BindSyncOptions;

  constructor(options: BindSyncOptions) {
    this.#options = options;
  }

  async refusals(guildId: string): Promise<number> {
    return Number((await this.#options.primitives.get(refusalsKey(guildId))) ?? "0");
  }

  /** Starts the cooldown; the ms left of a running one instead (nothing started). */
  async cooldown(
    name: string,
    guildId: string,
    userId: string,
    seconds: number,
  ): Promise<number | undefined> {
    if (seconds <= 0) return undefined;
    const now = this.#options.clock.now();
    const key = `cooldown:${name}:${guildId}:${userId}`;
    const until = now + seconds * 1000;
    if (await this.#options.primitives.setIfAbsent(key, String(until), seconds * 1000)) return undefined;
    return Math.max(1, Number((await this.#options.primitives.get(key)) ?? until) - now);
  }

  /** Posts the lines into the server's audit channel, if it has one; a failure is logged, never thrown. */
  async announce(guildId: string, content: string | undefined): Promise<void> {
    if (content === undefined) return;
    const { auditChannelId } = await this.#options.store.settings(guildId);
    if (auditChannelId === undefined) return;
    const outcome = await this.#options.directory.post(auditChannelId, content).catch(() => undefined);
    if (outcome?.ok !== true) {
      this.#options.logger.warn(
        { guildId, channelId: auditChannelId, outcome },
        "the audit line could not be posted",
      );
    }
  }

  /** What would stop the server's binds from applying, each bound role checked; undefined: not in the server. */
  doctor(guildId: string): Promise<DoctorFinding[] | undefined> {
    return serverDoctor(this.#options, guildId);
  }

  /** Why Discord would refuse each of these roles to the bot (Manage Roles aside); undefined: not in the server. */
  async roleProblems(guildId: string, roleIds: readonly string[]): Promise<RoleRefusal[] | undefined> {
    const guild = await this.#options.directory.guild(guildId);
    if (!guild) return undefined;
    return diagnose(guild, roleIds).filter(
      (finding): finding is RoleRefusal =>
        finding.kind !== "no-manage-nicknames" &&
        finding.kind !== "no-manage-roles" &&
        finding.kind !== "sync-paused",
    );
  }

  async sync(request: SyncRequest): Promise<SyncResult> {
    const { store, directory, facts, linkOf } = this.#options;
    const refusals = await this.refusals(request.guildId);
    if (refusals >= MAX_REFUSALS) return { kind: "paused", refusals };
    const guild = await directory.guild(request.guildId);
    if (!guild) return { kind: "no-server" };
    const [binds, settings, link] = await Promise.all([
      store.list(request.guildId),
      store.settings(request.guildId),
      linkOf(request.userId),
    ]);
    // The nickname is compared only when the server has a template and the member is linked.
    const template = link === undefined ? undefined : settings.nicknameTemplate;
    const member =
      template === undefined ? undefined : await directory.member(request.guildId, request.userId);
    const held =
      request.heldRoleIds ??
      (template === undefined
        ? await directory.memberRoles(request.guildId, request.userId)
        : member?.roleIds);
    if (held === undefined || (template !== undefined && member === undefined)) return { kind: "not-member" };
    const never = settings.neverVerifyRoleId;
    if (never !== undefined && held.includes(never)) return { kind: "never-verify", roleId: never };
    const evaluation: Evaluation = evaluateBinds(
      binds,
      request.facts?.(link?.robloxUserId, binds) ??
        (await facts.read(link?.robloxUserId, binds, request.userId)),
      held,
      new Set(
        request.removeEveryUnmatched === true
          ? binds.flatMap((bind) => bind.roleIds)
          : settings.removeUnmatchedRoleIds,
      ),
    );
    const standing = botStanding(guild);
    const blocked: BlockedChange[] = [];
    const allowed = (direction: "add" | "remove") => (change: RoleChange) => {
      const refusal = roleRefusal(guild, standing, change.roleId);
      if (refusal) blocked.push({ change, direction, refusal });
      return refusal === undefined;
    };
    const added = evaluation.add.filter(allowed("add"));
    const removed = evaluation.remove.filter(allowed("remove"));
    const wantedNick =
      template === undefined || link === undefined
        ? undefined
        : renderNickname(template, { username: link.robloxUsername, displayName: link.robloxDisplayName });
    const nickChange = wantedNick !== undefined && wantedNick !== member?.nick ? wantedNick : undefined;
    const nicknameBlocked =
      nickChange === undefined ? undefined : nicknameRefusal(guild, request.userId, held);
    const nickname = nicknameBlocked === undefined ? nickChange : undefined;
    const base = {
      kind: "synced",
      robloxUserId: link?.robloxUserId,
      blocked,
      unknown: evaluation.unknown,
      nicknameBlocked,
    } as const;
    if (request.dryRun || (added.length === 0 && removed.length === 0 && nickname === undefined))
      return { ...base, added, removed, nickname, write: "none" };
    const gone = new Set(removed.map((change) => change.roleId));
    const roles = [...held.filter((id) => !gone.has(id)), ...added.map((change) => change.roleId)];
    const outcome = await directory.setRoles(
      request.guildId,
      request.userId,
      roles,
      request.reason(added, removed, nickname),
      nickname,
    );
    if (outcome.ok) return { ...base, added, removed, nickname, write: "applied" };
    await this.#refused(request.guildId, outcome.status, outcome.code);
    return { ...base, added: [], removed: [], nickname: undefined, write: "refused" };
  }

  async #refused(guildId: string, status: number, code: number | undefined): Promise<void> {
    const count = await this.#options.primitives.increment(refusalsKey(guildId), 1, REFUSAL_WINDOW_MS);
    const log = { guildId, status, code, refusals: count };
    if (count === MAX_REFUSALS)
      this.#options.logger.warn(log, "role sync stopped in this server: too many refused writes");
    else this.#options.logger.warn(log, "Discord refused a role write the checks allowed");
  }
}
