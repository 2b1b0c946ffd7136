import type { WorldGroup, WorldMembership, WorldRole } from "./model.js";
import { derivedTime } from "./random.js";
import { guestPermissions, memberPermissions, ownerPermissions } from "./rolePermissions.js";
import type { Users } from "./users.js";

export interface AddGroupInput {
  id?: string | number;
  name: string;
  description?: string;
  ownerId?: string | number;
  /** Extra roles between Member (rank 1) and Owner (255); default none. */
  roles?: Array<{ name: string; rank: number }>;
  publicEntryAllowed?: boolean;
  locked?: boolean;
  verified?: boolean;
}

/** The world's groups with their roles, and who belongs to which with what role. */
export class Groups {
  readonly #byId = new Map<string, WorldGroup>();
  readonly #membershipsByUser = new Map<string, WorldMembership[]>();
  readonly #membershipsByGroup = new Map<string, WorldMembership[]>();
  #nextGroupId = 6_000_001;
  #nextRoleId = 70_000_001;

  constructor(
    private readonly seed: number,
    private readonly users: Users,
  ) {}

  add(input: AddGroupInput): WorldGroup {
    const id = String(input.id ?? this.#nextGroupId++);
    if (this.#byId.has(id)) throw new Error(`group ${id} already exists`);
    const createTime = derivedTime(this.seed, "group", id);
    const role = (name: string, rank: number, permissions: Record<string, boolean>): WorldRole => ({
      id: String(this.#nextRoleId++),
      name,
      description: rank === 0 ? "A non-group member." : `The ${name} role.`,
      rank,
      createTime,
      updateTime: createTime,
      permissions,
    });
    const extra = [...(input.roles ?? [])].sort((a, b) => a.rank - b.rank);
    const group: WorldGroup = {
      id,
      name: input.name,
      description: input.description ?? "",
      createTime,
      updateTime: derivedTime(this.seed, "group-update", id),
      publicEntryAllowed: input.publicEntryAllowed ?? true,
      locked: input.locked ?? false,
      verified: input.verified ?? false,
      roles: [
        role("Guest", 0, guestPermissions()),
        role("Member", 1, memberPermissions()),
        ...extra.map((r) => role(r.name, r.rank, memberPermissions())),
        role("Owner", 255, ownerPermissions()),
      ],
    };
    if (input.ownerId !== undefined) group.ownerId = String(input.ownerId);
    this.#byId.set(id, group);
    if (group.ownerId !== undefined) this.addMembership(group.ownerId, id, group.roles.at(-1)?.id);
    return group;
  }

  get(id: string | number): WorldGroup | undefined {
    return this.#byId.get(String(id));
  }

  list(): WorldGroup[] {
    return [...this.#byId.values()];
  }

  /**
   * `extraRoleIds`: more roles the member holds; the highest-ranked of all becomes `roleId`, the one
   * the API's `role` field names (spec: "the highest ranked role").
   */
  addMembership(
    userId: string | number,
    groupId: string | number,
    roleId?: string,
    extraRoleIds: readonly string[] = [],
  ): WorldMembership {
    const user = this.users.require(userId);
    const group = this.get(groupId);
    if (group === undefined) throw new Error(`unknown group ${groupId}`);
    const role =
      roleId === undefined ? group.roles.find((r) => r.rank > 0) : group.roles.find((r) => r.id === roleId);
    if (role === undefined || role.rank === 0)
      throw new Error(`no member role ${roleId ?? ""} in group ${group.id}`);
    const held = [role, ...extraRoleIds.map((id) => group.roles.find((r) => r.id === id && r.rank > 0))];
    if (held.some((r) => r === undefined)) throw new Error(`no member role among ${extraRoleIds.join(",")}`);
    const ranked = (held as WorldRole[]).sort((a, b) => b.rank - a.rank);
    const highest = ranked[0] as WorldRole;
    const extra = ranked.slice(1).map((r) => r.id);
    const existing = this.#membershipsByUser.get(user.id)?.find((m) => m.groupId === group.id);
    if (existing !== undefined) {
      existing.roleId = highest.id;
      if (extra.length > 0) existing.extraRoleIds = extra;
      else delete existing.extraRoleIds;
      return existing;
    }
    const membership: WorldMembership = {
      userId: user.id,
      groupId: group.id,
      roleId: highest.id,
      ...(extra.length > 0 ? { extraRoleIds: extra } : {}),
      createTime: derivedTime(this.seed, "joined", user.id, group.id),
      updateTime: derivedTime(this.seed, "joined-update", user.id, group.id),
    };
    pushTo(this.#membershipsByUser, user.id, membership);
    pushTo(this.#membershipsByGroup, group.id, membership);
    return membership;
  }

  membershipsOfUser(userId: string | number): WorldMembership[] {
    return this.#membershipsByUser.get(String(userId)) ?? [];
  }

  membershipsOfGroup(groupId: string | number): WorldMembership[] {
    return this.#membershipsByGroup.get(String(groupId)) ?? [];
  }

  /** Group owners and members whose role may create avatar items can upload to the group. */
  canUpload(userId: string, groupId: string): boolean {
    const group = this.get(groupId);
    if (group === undefined) return false;
    if (group.ownerId === userId) return true;
    const membership = this.membershipsOfUser(userId).find((m) => m.groupId === groupId);
    const role = group.roles.find((r) => r.id === membership?.roleId);
    return role?.permissions.createAvatarItems === true;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
