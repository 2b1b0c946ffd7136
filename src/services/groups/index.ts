import type { Keyv } from "keyv";
import { userError } from "../../errors.js";
import { cached, HOUR, MINUTE } from "../cache.js";
import { type OpenCloudClient, OpenCloudError } from "../opencloud/index.js";
import type { PagePosition } from "../pager/position.js";

/** One of a user's memberships, as Roblox lists it: which group, which role, since when. */
export interface MembershipRef {
  readonly groupId: string;
  readonly roleId: string;
  /** The member's other roles, below `roleId` (absent in lists cached before members could hold several). */
  readonly otherRoleIds?: readonly string[];
  /** ISO 8601, when Roblox gives it. */
  readonly joined: string | undefined;
}

export interface GroupSummary {
  readonly id: string;
  readonly name: string;
  readonly verified: boolean;
  readonly memberCount: number;
}

export interface RoleSummary {
  readonly id: string;
  readonly name: string;
  readonly rank: number;
}

/** A membership with the names it needs to be shown. */
export interface GroupRow {
  readonly group: GroupSummary;
  /** The highest-ranked role. */
  readonly role: RoleSummary;
  /** How many more roles the member holds. */
  readonly moreRoles: number;
  readonly joined: string | undefined;
}

export interface GroupCheck {
  readonly group: GroupSummary;
  /** With every role the member holds, highest first. */
  readonly membership: (GroupRow & { readonly roles: readonly RoleSummary[] }) | undefined;
}

/** One page of a user's groups, with where it stands in the whole list. */
export interface GroupsPage {
  readonly rows: readonly GroupRow[];
  readonly position: PagePosition & { readonly count: number };
  readonly totalGroups: number;
}

export const GROUPS_PER_PAGE = 15;
const MEMBERSHIPS_TTL = MINUTE;
const NAMES_TTL = 6 * HOUR;

export class GroupService {
  readonly #roblox: OpenCloudClient;
  readonly #cache: Keyv;

  constructor(roblox: OpenCloudClient, cache: Keyv) {
    this.#roblox = roblox;
    this.#cache = cache;
  }

  /** Every group the user is in, in the order Roblox lists them; cached for a minute. */
  memberships(userId: string): Promise<MembershipRef[]> {
    return cached(this.#cache, `memberships:${userId}`, MEMBERSHIPS_TTL, async () => {
      const memberships = await this.#roblox.groups.listUserMemberships(userId);
      return memberships.map((membership) => ({
        groupId: membership.groupId,
        roleId: membership.roleId,
        otherRoleIds: membership.roleIds.filter((id) => id !== membership.roleId),
        joined: membership.createTime?.toISOString(),
      }));
    });
  }

  /** Names and ranks for the given memberships only (one page), each looked up once and cached for hours. */
  rows(memberships: readonly MembershipRef[]): Promise<GroupRow[]> {
    return Promise.all(
      memberships.map(async (membership) => {
        const [group, role] = await Promise.all([
          this.group(membership.groupId),
          this.role(membership.groupId, membership.roleId),
        ]);
        return { group, role, moreRoles: membership.otherRoleIds?.length ?? 0, joined: membership.joined };
      }),
    );
  }

  /** Page `index` of the user's groups (the last page when past the end), with names looked up for it only. */
  async page(userId: string, index: number): Promise<GroupsPage> {
    const memberships = await this.memberships(userId);
    const count = Math.max(1, Math.ceil(memberships.length / GROUPS_PER_PAGE));
    const page = Math.min(index, count - 1);
    const rows = await this.rows(memberships.slice(page * GROUPS_PER_PAGE, (page + 1) * GROUPS_PER_PAGE));
    return {
      rows,
      position: { index: page, count, hasNext: page < count - 1 },
      totalGroups: memberships.length,
    };
  }

  /** Whether the user is in the group, and with which role; an unknown group is the asker's mistake. */
  async check(userId: string, groupId: string): Promise<GroupCheck> {
    const group = await this.group(groupId).catch((error: unknown) => {
      if (
        error instanceof OpenCloudError &&
        (error.kind === "not_found" || error.kind === "invalid_argument")
      ) {
        throw userError("groups.noSuchId", { id: groupId });
      }
      throw error;
    });
    const membership = (await this.memberships(userId)).find((candidate) => candidate.groupId === group.id);
    if (membership === undefined) return { group, membership: undefined };
    const [row] = await this.rows([membership]);
    if (row === undefined) return { group, membership: undefined };
    const others = await Promise.all(
      (membership.otherRoleIds ?? []).map((roleId) => this.role(group.id, roleId)),
    );
    const roles = [row.role, ...others.sort((a, b) => b.rank - a.rank)];
    return { group, membership: { ...row, roles } };
  }

  group(groupId: string): Promise<GroupSummary> {
    return cached(this.#cache, `group:${groupId}`, NAMES_TTL, async () => {
      const group = await this.#roblox.groups.getGroup(groupId);
      return { id: group.id, name: group.name, verified: group.verified, memberCount: group.memberCount };
    });
  }

  role(groupId: string, roleId: string): Promise<RoleSummary> {
    return cached(this.#cache, `role:${groupId}:${roleId}`, NAMES_TTL, async () => {
      const role = await this.#roblox.groups.getGroupRole(groupId, roleId);
      return { id: role.id, name: role.name, rank: role.rank };
    });
  }
}
