import { hasScope } from "../auth.js";
import { badRequest, notFound } from "../http/errors.js";
import { bindingHash, decodePageToken, pageSize, takePage } from "../http/paging.js";
import { json } from "../http/reply.js";
import type { Route, RouteContext } from "../route.js";
import type { WorldGroup, WorldMembership, WorldRole } from "../world/model.js";

const MAX_FILTER_USERS = 50;

function requireGroup(ctx: RouteContext): WorldGroup {
  const groupId = ctx.params.groupId ?? "";
  if (!/^\d+$/.test(groupId)) throw badRequest("Invalid group ID.");
  const group = ctx.state.world.getGroup(groupId);
  if (group === undefined) throw notFound("Group not found.");
  return group;
}

export function membershipId(userId: string): string {
  return Buffer.from(userId).toString("base64url");
}

/**
 * `role` is only the highest-ranked role; `roles` lists every role the member holds (spec
 * `GroupMembership.role`: "When the member holds multiple roles, this reflects only the highest-ranked
 * one. Prefer using the `roles` field").
 */
function membershipResource(m: WorldMembership): Record<string, unknown> {
  const rolePath = (roleId: string) => `groups/${m.groupId}/roles/${roleId}`;
  return {
    path: `groups/${m.groupId}/memberships/${membershipId(m.userId)}`,
    createTime: m.createTime,
    updateTime: m.updateTime,
    user: `users/${m.userId}`,
    role: rolePath(m.roleId),
    roles: [m.roleId, ...(m.extraRoleIds ?? [])].map(rolePath),
  };
}

type MembershipFilter = { users?: Set<string>; role?: string; canonical: string };

/** CEL subset of patterns.md: `user == 'users/1'`, `user in ['users/1', …]`, `role == 'groups/g/roles/r'`. */
export function parseMembershipFilter(raw: string | null): MembershipFilter {
  if (raw === null || raw.trim() === "") return { canonical: "" };
  const text = raw.trim();
  const literal = `['"]([^'"]+)['"]`;
  const eq = new RegExp(`^(user|role)\\s*==\\s*${literal}$`).exec(text);
  if (eq !== null) {
    const [, field, value = ""] = eq;
    if (field === "user") return { users: new Set([userIdOf(value)]), canonical: `user==${value}` };
    if (!/^groups\/\d+\/roles\/\d+$/.test(value))
      throw badRequest("Invalid filter: role must be groups/{id}/roles/{id}.");
    return { role: value, canonical: `role==${value}` };
  }
  const list = /^user\s+in\s*\[(.*)\]$/.exec(text);
  if (list !== null) {
    const items = (list[1] ?? "").split(",").map((s) => s.trim());
    const users = items.map((item) => {
      const m = new RegExp(`^${literal}$`).exec(item);
      if (m === null) throw badRequest("Invalid filter: expected quoted user paths.");
      return userIdOf(m[1] ?? "");
    });
    if (users.length === 0) throw badRequest("Invalid filter: empty user list.");
    if (users.length > MAX_FILTER_USERS)
      throw badRequest(`Invalid filter: at most ${MAX_FILTER_USERS} users.`);
    return { users: new Set(users), canonical: `user in ${[...users].sort().join(",")}` };
  }
  throw badRequest(
    "Invalid filter. Supported: user == 'users/{id}', user in [...], role == 'groups/{id}/roles/{id}'.",
  );
}

function userIdOf(path: string): string {
  const m = /^users\/(\d+)$/.exec(path);
  if (m === null) throw badRequest(`Invalid filter: "${path}" is not a user path.`);
  return m[1] ?? "";
}

function roleResource(ctx: RouteContext, group: WorldGroup, role: WorldRole): Record<string, unknown> {
  const viewerId = ctx.credential?.ownerUserId;
  const isOwner =
    (viewerId !== undefined && viewerId === group.ownerId) || ctx.credential?.ownerGroupId === group.id;
  const viewerRoleId = ctx.state.world
    .membershipsOfGroup(group.id)
    .find((m) => m.userId === viewerId)?.roleId;
  const canReadGroup = hasScope(ctx.credential, "group:read");
  const body: Record<string, unknown> = {
    path: `groups/${group.id}/roles/${role.id}`,
    id: role.id,
    displayName: role.name,
    rank: role.rank,
  };
  if (isOwner) {
    body.createTime = role.createTime;
    body.updateTime = role.updateTime;
    body.description = role.description;
  }
  if (role.rank > 0) {
    body.memberCount = ctx.state.world
      .membershipsOfGroup(group.id)
      .filter((m) => m.roleId === role.id).length;
  }
  if (role.rank === 0 || (canReadGroup && (isOwner || viewerRoleId === role.id))) {
    body.permissions = { ...role.permissions };
  }
  return body;
}

export const groupRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/cloud\/v2\/groups\/(?<groupId>[^/:]+)$/,
    family: "group",
    auth: "apiKey",
    style: "v2",
    handle: (ctx) => {
      const group = requireGroup(ctx);
      const body: Record<string, unknown> = {
        path: `groups/${group.id}`,
        createTime: group.createTime,
        updateTime: group.updateTime,
        id: group.id,
        displayName: group.name,
        description: group.description,
        memberCount: ctx.state.world.membershipsOfGroup(group.id).length,
        publicEntryAllowed: group.publicEntryAllowed,
        locked: group.locked,
        verified: group.verified,
      };
      if (group.ownerId !== undefined) body.owner = `users/${group.ownerId}`;
      return json(body);
    },
  },
  {
    method: "GET",
    pattern: /^\/cloud\/v2\/groups\/(?<groupId>[^/:]+)\/memberships$/,
    family: "memberships",
    auth: "apiKey",
    style: "v2",
    handle: (ctx) => {
      const filter = parseMembershipFilter(ctx.query.get("filter"));
      const size = pageSize(ctx.query, 10, 100);
      const world = ctx.state.world;
      let memberships: WorldMembership[];
      let scope: string;
      if (ctx.params.groupId === "-") {
        if (filter.users === undefined) {
          throw badRequest("Listing memberships across groups requires a filter on user (user in [...]).");
        }
        scope = "-";
        memberships = [...filter.users]
          .sort((a, b) => Number(a) - Number(b))
          .flatMap((userId) =>
            [...world.membershipsOfUser(userId)].sort((a, b) => Number(a.groupId) - Number(b.groupId)),
          );
      } else {
        const group = requireGroup(ctx);
        scope = group.id;
        memberships = [...world.membershipsOfGroup(group.id)].sort(
          (a, b) => Number(a.userId) - Number(b.userId),
        );
      }
      const binding = bindingHash("memberships", scope, filter.canonical);
      const cursor = decodePageToken(ctx.query.get("pageToken"), binding);
      const keep = (m: WorldMembership) =>
        (filter.users === undefined || filter.users.has(m.userId)) &&
        (filter.role === undefined || filter.role === `groups/${m.groupId}/roles/${m.roleId}`);
      const { page, nextPageToken } = takePage(memberships, cursor, size, keep, binding);
      return json({ groupMemberships: page.map(membershipResource), nextPageToken });
    },
  },
  {
    method: "GET",
    pattern: /^\/cloud\/v2\/groups\/(?<groupId>[^/:]+)\/roles$/,
    family: "roles",
    auth: "apiKey",
    style: "v2",
    handle: (ctx) => {
      const group = requireGroup(ctx);
      const size = pageSize(ctx.query, 10, 20);
      const binding = bindingHash("roles", group.id);
      const cursor = decodePageToken(ctx.query.get("pageToken"), binding);
      const { page, nextPageToken } = takePage(group.roles, cursor, size, () => true, binding);
      return json({ groupRoles: page.map((role) => roleResource(ctx, group, role)), nextPageToken });
    },
  },
  {
    method: "GET",
    pattern: /^\/cloud\/v2\/groups\/(?<groupId>[^/:]+)\/roles\/(?<roleId>[^/:]+)$/,
    family: "roles",
    auth: "apiKey",
    style: "v2",
    handle: (ctx) => {
      const group = requireGroup(ctx);
      const role = group.roles.find((r) => r.id === ctx.params.roleId);
      if (role === undefined) throw notFound("Role not found.");
      return json(roleResource(ctx, group, role));
    },
  },
];
