import { type ApiContext, type CallOptions, callApi } from "./api.js";
import { collectPages } from "./pages.js";
import {
  asRecord,
  idSegment,
  optionalBoolean,
  optionalDate,
  optionalNumber,
  optionalString,
  pathTail,
  requireId,
  requireRecord,
  requireString,
  segmentAfter,
} from "./parse.js";

export interface GroupMembership {
  groupId: string;
  userId: string;
  /** The member's highest-ranked role. */
  roleId: string;
  /**
   * Every role the member holds, `roleId` first. The spec's `role` "reflects only the highest-ranked
   * one" when a member holds several; `roles` has them all.
   */
  roleIds: string[];
  membershipPath: string;
  createTime?: Date;
  updateTime?: Date;
}

export interface Group {
  id: string;
  name: string;
  description: string;
  /** Owner's user ID; absent for abandoned groups. */
  ownerId?: string;
  memberCount: number;
  publicEntryAllowed: boolean;
  locked: boolean;
  verified: boolean;
  createTime?: Date;
  updateTime?: Date;
}

export interface GroupRole {
  id: string;
  name: string;
  rank: number;
  /** Absent for the Guest role. */
  memberCount?: number;
  description?: string;
}

function withDates<T extends object>(value: T, raw: Record<string, unknown>) {
  const dated: T & { createTime?: Date; updateTime?: Date } = value;
  const createTime = optionalDate(raw.createTime);
  if (createTime !== undefined) dated.createTime = createTime;
  const updateTime = optionalDate(raw.updateTime);
  if (updateTime !== undefined) dated.updateTime = updateTime;
  return dated;
}

export function parseMembership(value: unknown): GroupMembership {
  const raw = requireRecord(value, "group membership");
  const path = requireString(raw.path, "membership path");
  const role = requireString(raw.role, "membership role");
  const user = requireString(raw.user, "membership user");
  const membership: GroupMembership = {
    groupId: requireId(segmentAfter(path, "groups") ?? segmentAfter(role, "groups"), "membership group id"),
    userId: requireId(pathTail(user), "membership user id"),
    roleId: requireId(pathTail(role), "membership role id"),
    roleIds: [],
    membershipPath: path,
  };
  const others = (Array.isArray(raw.roles) ? raw.roles : [])
    .flatMap((entry) => (typeof entry === "string" ? [pathTail(entry)] : []))
    .filter((id) => /^\d+$/.test(id) && id !== membership.roleId);
  membership.roleIds = [membership.roleId, ...new Set(others)];
  return withDates(membership, raw);
}

export function parseGroup(value: unknown): Group {
  const raw = requireRecord(value, "group");
  const group: Group = {
    id: requireId(raw.id, "group.id"),
    name: requireString(raw.displayName, "group.displayName"),
    description: optionalString(raw.description) ?? "",
    memberCount: optionalNumber(raw.memberCount) ?? 0,
    publicEntryAllowed: optionalBoolean(raw.publicEntryAllowed) ?? false,
    locked: optionalBoolean(raw.locked) ?? false,
    verified: optionalBoolean(raw.verified) ?? false,
  };
  const owner = optionalString(raw.owner);
  if (owner) group.ownerId = pathTail(owner);
  return withDates(group, raw);
}

export function parseRole(value: unknown): GroupRole {
  const raw = requireRecord(value, "group role");
  const role: GroupRole = {
    id: requireId(raw.id ?? pathTail(optionalString(raw.path) ?? ""), "role.id"),
    name: optionalString(raw.displayName) ?? "",
    rank: optionalNumber(raw.rank) ?? 0,
  };
  const memberCount = optionalNumber(raw.memberCount);
  if (memberCount !== undefined) role.memberCount = memberCount;
  const description = optionalString(raw.description);
  if (description !== undefined) role.description = description;
  return role;
}

function listOf(body: unknown, key: string): { items: unknown[]; nextPageToken: string | undefined } {
  const raw = asRecord(body) ?? {};
  const items = raw[key];
  return { items: Array.isArray(items) ? items : [], nextPageToken: optionalString(raw.nextPageToken) };
}

/** Every group the user is in (all pages of the `-` wildcard membership list). */
async function listUserMemberships(
  ctx: ApiContext,
  userId: string | number,
  options: CallOptions = {},
): Promise<GroupMembership[]> {
  const id = idSegment(userId, "userId");
  const raw = await collectPages(async (pageToken) =>
    listOf(
      await callApi(
        ctx,
        {
          family: "memberships",
          method: "GET",
          host: "apis",
          path: "/cloud/v2/groups/-/memberships",
          // The documented form for the `-` wildcard (patterns.md: `user in ['users/1', …]`).
          query: { maxPageSize: 100, filter: `user in ['users/${id}']`, pageToken },
        },
        options,
      ),
      "groupMemberships",
    ),
  );
  return raw.map(parseMembership);
}

/** Users one `user in [...]` filter may name (Open Cloud's limit for the `-` wildcard). */
export const MEMBERSHIP_FILTER_USERS = 50;

/**
 * Every group membership of up to 50 users in as few calls as the answer needs: one `user in [...]`
 * filter, pages of 100 memberships. `beforePage` is awaited before each call (a budget, a count).
 */
async function listMembershipsOfUsers(
  ctx: ApiContext,
  userIds: readonly (string | number)[],
  options: CallOptions & { readonly beforePage?: () => Promise<void> } = {},
): Promise<GroupMembership[]> {
  if (userIds.length === 0) return [];
  if (userIds.length > MEMBERSHIP_FILTER_USERS)
    throw new RangeError(`at most ${MEMBERSHIP_FILTER_USERS} users in one membership filter`);
  const list = userIds.map((userId) => `'users/${idSegment(userId, "userId")}'`).join(", ");
  const raw = await collectPages(async (pageToken) => {
    await options.beforePage?.();
    return listOf(
      await callApi(
        ctx,
        {
          family: "memberships",
          method: "GET",
          host: "apis",
          path: "/cloud/v2/groups/-/memberships",
          query: { maxPageSize: 100, filter: `user in [${list}]`, pageToken },
        },
        options,
      ),
      "groupMemberships",
    );
  });
  return raw.map(parseMembership);
}

async function getGroup(ctx: ApiContext, groupId: string | number, options: CallOptions = {}) {
  const path = `/cloud/v2/groups/${idSegment(groupId, "groupId")}`;
  return parseGroup(await callApi(ctx, { family: "group", method: "GET", host: "apis", path }, options));
}

/** Every role of the group (pages of 20, the API's maximum). */
async function listGroupRoles(
  ctx: ApiContext,
  groupId: string | number,
  options: CallOptions = {},
): Promise<GroupRole[]> {
  const path = `/cloud/v2/groups/${idSegment(groupId, "groupId")}/roles`;
  const raw = await collectPages(async (pageToken) =>
    listOf(
      await callApi(
        ctx,
        { family: "roles", method: "GET", host: "apis", path, query: { maxPageSize: 20, pageToken } },
        options,
      ),
      "groupRoles",
    ),
  );
  return raw.map(parseRole);
}

async function getGroupRole(
  ctx: ApiContext,
  groupId: string | number,
  roleId: string | number,
  options: CallOptions = {},
): Promise<GroupRole> {
  const path = `/cloud/v2/groups/${idSegment(groupId, "groupId")}/roles/${idSegment(roleId, "roleId")}`;
  return parseRole(await callApi(ctx, { family: "roles", method: "GET", host: "apis", path }, options));
}

export const groupEndpoints = {
  listUserMemberships,
  listMembershipsOfUsers,
  getGroup,
  listGroupRoles,
  getGroupRole,
};
