import { type InventoryAssetType, isInventoryAssetType } from "./assetTypes.js";
import { decodeCatalogAsset } from "./catalog.js";
import {
  compareEntries,
  generateInventory,
  type InventoryEntry,
  type InventoryPlan,
  planSize,
} from "./inventory.js";
import {
  ALL_SCOPES,
  type ScopeName,
  type WorldApiKey,
  type WorldAsset,
  type WorldGroup,
  type WorldMembership,
  type WorldOAuthToken,
  type WorldRole,
  type WorldUser,
} from "./model.js";
import { createRandom, derivedTime, derivedUuid, hash32 } from "./random.js";
import { guestPermissions, memberPermissions, ownerPermissions } from "./rolePermissions.js";

export interface AddUserInput {
  id?: string | number;
  name: string;
  displayName?: string;
  about?: string;
  locale?: string;
  premium?: boolean;
  idVerified?: boolean;
  inventoryPublic?: boolean;
  inventory?: Partial<InventoryPlan>;
  createTime?: string;
}

export type InventoryItemInput =
  | {
      kind: "asset";
      assetId: string | number;
      assetType?: InventoryAssetType;
      instanceId?: string | number;
      collectible?: { serialNumber?: number; instanceState?: "AVAILABLE" | "HOLD" };
      addTime?: string;
    }
  | { kind: "badge"; badgeId: string | number; addTime?: string }
  | { kind: "gamePass"; gamePassId: string | number }
  | { kind: "privateServer"; privateServerId: string | number; addTime?: string };

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

export interface AddApiKeyInput {
  name?: string;
  ownerUserId?: string | number;
  ownerGroupId?: string | number;
  scopes?: readonly ScopeName[];
  enabled?: boolean;
  expired?: boolean;
  /** Accepted IP addresses, plain or CIDR (`203.0.113.0/24`). */
  allowedIps?: readonly string[];
}

const NO_ITEMS: InventoryPlan = { assets: 0, badges: 0, gamePasses: 0, privateServers: 0 };

/** The emulator's state: users, inventories, groups, keys and uploaded assets, plus the API to extend it in tests. */
export class World {
  readonly seed: number;
  private readonly users = new Map<string, WorldUser>();
  private readonly userIdsByName = new Map<string, string>();
  private readonly groups = new Map<string, WorldGroup>();
  private readonly membershipsByUser = new Map<string, WorldMembership[]>();
  private readonly membershipsByGroup = new Map<string, WorldMembership[]>();
  private readonly keys = new Map<string, WorldApiKey>();
  private readonly tokens = new Map<string, WorldOAuthToken>();
  private readonly inventoryCache = new Map<string, InventoryEntry[]>();
  readonly assets = new Map<string, WorldAsset>();
  private nextUserId = 5_000_001;
  private nextGroupId = 6_000_001;
  private nextRoleId = 70_000_001;
  private nextAssetId = 9_000_000_001;
  private keyCounter = 0;

  constructor(seed: number) {
    this.seed = seed;
  }

  addUser(input: AddUserInput): WorldUser {
    const id = String(input.id ?? this.nextUserId++);
    if (this.users.has(id)) throw new Error(`user ${id} already exists`);
    if (this.userIdsByName.has(input.name.toLowerCase())) throw new Error(`username ${input.name} is taken`);
    const user: WorldUser = {
      id,
      name: input.name,
      displayName: input.displayName ?? input.name,
      about: input.about ?? "",
      locale: input.locale ?? "en_us",
      premium: input.premium ?? hash32(this.seed, "premium", id) % 3 === 0,
      idVerified: input.idVerified ?? hash32(this.seed, "verified", id) % 2 === 0,
      hasVerifiedBadge: false,
      createTime: input.createTime ?? derivedTime(this.seed, "user", id),
      socialNetworkProfiles: {
        facebook: "",
        twitter: "",
        youtube: "",
        twitch: "",
        guilded: "",
        visibility: "EVERYONE",
      },
      inventoryPublic: input.inventoryPublic ?? true,
      inventoryPlan: { ...NO_ITEMS, ...input.inventory },
      extraItems: [],
    };
    this.users.set(id, user);
    this.userIdsByName.set(user.name.toLowerCase(), id);
    return user;
  }

  getUser(id: string | number): WorldUser | undefined {
    return this.users.get(String(id));
  }

  findUserByName(name: string): WorldUser | undefined {
    const id = this.userIdsByName.get(name.toLowerCase());
    return id === undefined ? undefined : this.users.get(id);
  }

  listUsers(): WorldUser[] {
    return [...this.users.values()];
  }

  private requireUser(id: string | number): WorldUser {
    const user = this.getUser(id);
    if (user === undefined) throw new Error(`unknown user ${id}`);
    return user;
  }

  /** The user's whole inventory in listing order (generated on first use, then cached). */
  inventoryOf(userId: string | number): InventoryEntry[] {
    const user = this.requireUser(userId);
    let items = this.inventoryCache.get(user.id);
    if (items === undefined) {
      items = [...generateInventory(this.seed, user.id, user.inventoryPlan), ...user.extraItems].sort(
        compareEntries,
      );
      this.inventoryCache.set(user.id, items);
    }
    return items;
  }

  inventorySize(userId: string | number): number {
    const user = this.requireUser(userId);
    return planSize(user.inventoryPlan) + user.extraItems.length;
  }

  addInventoryItems(userId: string | number, items: readonly InventoryItemInput[]): InventoryEntry[] {
    const user = this.requireUser(userId);
    const added = items.map((item, index) => this.toEntry(user, item, index));
    user.extraItems.push(...added);
    this.inventoryCache.delete(user.id);
    return added;
  }

  private toEntry(user: WorldUser, item: InventoryItemInput, index: number): InventoryEntry {
    const addTime = "addTime" in item && item.addTime ? item.addTime : new Date().toISOString();
    switch (item.kind) {
      case "asset": {
        const assetId = String(item.assetId);
        const catalog = decodeCatalogAsset(this.seed, assetId);
        const assetType = item.assetType ?? catalog?.assetType;
        if (assetType === undefined || !isInventoryAssetType(assetType)) {
          throw new Error(`asset ${assetId} is not in the catalog: give its assetType`);
        }
        const instanceId = String(
          item.instanceId ?? 900_000_000_000 + Number(user.id) * 1000 + user.extraItems.length + index,
        );
        const entry: InventoryEntry = { kind: "asset", assetId, assetType, instanceId, addTime };
        if (item.collectible !== undefined || catalog?.collectibleItemId !== undefined) {
          const serialNumber =
            item.collectible?.serialNumber ?? (catalog?.collectibleItemId ? 1 + index : undefined);
          entry.collectible = {
            itemId: catalog?.collectibleItemId ?? derivedUuid(this.seed, "collectible", assetId),
            instanceId: derivedUuid(this.seed, "instance", instanceId),
            instanceState: item.collectible?.instanceState ?? "AVAILABLE",
            ...(serialNumber === undefined ? {} : { serialNumber }),
          };
        }
        return entry;
      }
      case "badge":
        return { kind: "badge", badgeId: String(item.badgeId), addTime };
      case "gamePass":
        return { kind: "gamePass", gamePassId: String(item.gamePassId) };
      case "privateServer":
        return { kind: "privateServer", privateServerId: String(item.privateServerId), addTime };
    }
  }

  setInventoryPublic(userId: string | number, isPublic: boolean): void {
    this.requireUser(userId).inventoryPublic = isPublic;
  }

  addGroup(input: AddGroupInput): WorldGroup {
    const id = String(input.id ?? this.nextGroupId++);
    if (this.groups.has(id)) throw new Error(`group ${id} already exists`);
    const createTime = derivedTime(this.seed, "group", id);
    const role = (name: string, rank: number, permissions: Record<string, boolean>): WorldRole => ({
      id: String(this.nextRoleId++),
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
    this.groups.set(id, group);
    if (group.ownerId !== undefined) this.addMembership(group.ownerId, id, group.roles.at(-1)?.id);
    return group;
  }

  getGroup(id: string | number): WorldGroup | undefined {
    return this.groups.get(String(id));
  }

  listGroups(): WorldGroup[] {
    return [...this.groups.values()];
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
    const user = this.requireUser(userId);
    const group = this.getGroup(groupId);
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
    const existing = this.membershipsByUser.get(user.id)?.find((m) => m.groupId === group.id);
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
    pushTo(this.membershipsByUser, user.id, membership);
    pushTo(this.membershipsByGroup, group.id, membership);
    return membership;
  }

  membershipsOfUser(userId: string | number): WorldMembership[] {
    return this.membershipsByUser.get(String(userId)) ?? [];
  }

  membershipsOfGroup(groupId: string | number): WorldMembership[] {
    return this.membershipsByGroup.get(String(groupId)) ?? [];
  }

  /** Group owners and members whose role may create avatar items can upload to the group. */
  canUploadToGroup(userId: string, groupId: string): boolean {
    const group = this.getGroup(groupId);
    if (group === undefined) return false;
    if (group.ownerId === userId) return true;
    const membership = this.membershipsOfUser(userId).find((m) => m.groupId === groupId);
    const role = group.roles.find((r) => r.id === membership?.roleId);
    return role?.permissions.createAvatarItems === true;
  }

  addApiKey(input: AddApiKeyInput): WorldApiKey {
    const counter = this.keyCounter++;
    const name = input.name ?? `key-${counter}`;
    const random = createRandom(hash32(this.seed, "api-key", name, counter));
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const body = Array.from({ length: 96 }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    const owner: WorldApiKey["owner"] =
      input.ownerGroupId !== undefined
        ? { type: "group", groupId: String(input.ownerGroupId) }
        : { type: "user", userId: String(input.ownerUserId ?? this.requireFirstUser()) };
    const key: WorldApiKey = {
      name,
      key: body,
      owner,
      scopes: [...(input.scopes ?? ALL_SCOPES)],
      enabled: input.enabled ?? true,
      expired: input.expired ?? false,
      expirationTimeUtc: input.expired ? "2024-01-01T00:00:00Z" : "2099-01-01T00:00:00Z",
      ...(input.allowedIps === undefined ? {} : { allowedIps: [...input.allowedIps] }),
    };
    this.keys.set(key.key, key);
    return key;
  }

  private requireFirstUser(): string {
    const first = this.users.keys().next();
    if (first.done) throw new Error("no users yet");
    return first.value;
  }

  /** A ready API key owned by the user (created on first call for these scopes). */
  apiKeyFor(userId: string | number, scopes: readonly ScopeName[] = ALL_SCOPES): string {
    const wanted = [...scopes].sort().join(" ");
    for (const key of this.keys.values()) {
      if (
        key.owner.type === "user" &&
        key.owner.userId === String(userId) &&
        key.enabled &&
        !key.expired &&
        [...key.scopes].sort().join(" ") === wanted
      ) {
        return key.key;
      }
    }
    return this.addApiKey({ ownerUserId: userId, scopes, name: `user-${userId}-${wanted || "none"}` }).key;
  }

  findApiKey(key: string): WorldApiKey | undefined {
    return this.keys.get(key);
  }

  listApiKeys(): WorldApiKey[] {
    return [...this.keys.values()];
  }

  addOAuthToken(input: { userId: string | number; scopes?: readonly ScopeName[] }): string {
    const userId = String(input.userId);
    const token = `ocemu-oauth-${hash32(this.seed, "oauth", userId, this.tokens.size).toString(36)}${this.tokens.size}`;
    this.tokens.set(token, { token, userId, scopes: [...(input.scopes ?? ALL_SCOPES)] });
    return token;
  }

  findOAuthToken(token: string): WorldOAuthToken | undefined {
    return this.tokens.get(token);
  }

  listOAuthTokens(): WorldOAuthToken[] {
    return [...this.tokens.values()];
  }

  allocateAssetId(): string {
    return String(this.nextAssetId++);
  }

  getAsset(id: string): WorldAsset | undefined {
    return this.assets.get(id);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
