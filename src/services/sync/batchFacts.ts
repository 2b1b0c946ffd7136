import type { Keyv } from "keyv";
import type { Bind, MemberFacts, MemberGroup, OwnedKind } from "../binds/index.js";
import { cached, MINUTE } from "../cache.js";
import type { GroupMembership, OpenCloudClient } from "../opencloud/index.js";
import type { SyncBudget } from "./budget.js";

/** The same cache and lifetime as a single member's read, so both share the group roles read. */
const ROLES_TTL = 10 * MINUTE;
const ALL_KINDS: ReadonlySet<OwnedKind> = new Set(["gamePass", "badge", "asset"]);

export interface BatchRead {
  /** Facts per Roblox user ID, for every ID asked about. */
  readonly facts: ReadonlyMap<string, MemberFacts>;
  /** Roblox calls made for the memberships (pages) of this batch. */
  readonly membershipCalls: number;
}

/**
 * Group facts for up to 50 linked members at once: one `user in [...]` membership list, paged by 100,
 * and each bound group's roles from the cache. Ownership is not read here: the scheduled sync leaves
 * ownership binds as they are (they are checked on link, /verify and /update).
 */
export class BatchFactsReader {
  readonly #roblox: OpenCloudClient;
  readonly #cache: Keyv;
  readonly #budget: SyncBudget;

  constructor(roblox: OpenCloudClient, cache: Keyv, budget: SyncBudget) {
    this.#roblox = roblox;
    this.#cache = cache;
    this.#budget = budget;
  }

  async read(
    robloxUserIds: readonly string[],
    binds: readonly Bind[],
    signal?: AbortSignal,
  ): Promise<BatchRead> {
    const groupIds = new Set(
      binds.flatMap((bind) => (bind.rule.kind === "group" ? [bind.rule.groupId] : [])),
    );
    const ownership = binds.some((bind) => bind.rule.kind === "owns");
    let membershipCalls = 0;
    const memberships: GroupMembership[] =
      groupIds.size === 0 || robloxUserIds.length === 0
        ? []
        : await this.#roblox.groups.listMembershipsOfUsers(robloxUserIds, {
            ...(signal ? { signal } : {}),
            beforePage: async () => {
              await this.#budget.take("memberships", signal);
              membershipCalls++;
            },
          });
    const byUser = new Map<string, MemberGroup[]>();
    for (const membership of memberships) {
      if (!groupIds.has(membership.groupId)) continue;
      const roles = await cached(this.#cache, `binds:roles:${membership.groupId}`, ROLES_TTL, async () => {
        await this.#budget.take("roles", signal);
        return this.#roblox.groups.listGroupRoles(membership.groupId);
      });
      const held = roles.filter((role) => membership.roleIds.includes(role.id));
      const list = byUser.get(membership.userId) ?? [];
      list.push({
        groupId: membership.groupId,
        rank: Math.max(0, ...held.map((role) => role.rank)),
        roleNames: held.map((role) => role.name),
      });
      byUser.set(membership.userId, list);
    }
    const facts = new Map<string, MemberFacts>();
    for (const robloxUserId of robloxUserIds) {
      facts.set(robloxUserId, {
        robloxUserId,
        groups: byUser.get(robloxUserId) ?? [],
        owned: new Set(),
        unreadable: ownership ? ALL_KINDS : new Set(),
      });
    }
    return { facts, membershipCalls };
  }
}
