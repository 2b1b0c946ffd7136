import { type AddApiKeyInput, ApiKeys } from "./apiKeys.js";
import { Assets } from "./assets.js";
import { type AddGroupInput, Groups } from "./groups.js";
import { Inventories, type InventoryItemInput } from "./inventories.js";
import type { InventoryEntry } from "./inventory.js";
import type {
  ScopeName,
  WorldApiKey,
  WorldAsset,
  WorldAssetVersion,
  WorldGroup,
  WorldMembership,
  WorldOAuthToken,
  WorldUser,
} from "./model.js";
import { OAuthTokens } from "./oauthTokens.js";
import { type AddUserInput, Users } from "./users.js";

export type { AddApiKeyInput } from "./apiKeys.js";
export type { AddGroupInput } from "./groups.js";
export type { InventoryItemInput } from "./inventories.js";
export type { AddUserInput } from "./users.js";

/**
 * The emulator's state: users, inventories, groups, keys and uploaded assets, plus the API to extend it in
 * tests. Each entity lives in its own store; World puts them together and keeps one API over them.
 */
export class World {
  readonly seed: number;
  readonly #users: Users;
  readonly #inventories: Inventories;
  readonly #groups: Groups;
  readonly #apiKeys: ApiKeys;
  readonly #oauthTokens: OAuthTokens;
  readonly #assets = new Assets();
  readonly assets: Map<string, WorldAsset> = this.#assets.byId;

  constructor(seed: number) {
    this.seed = seed;
    this.#users = new Users(seed);
    this.#inventories = new Inventories(seed, this.#users);
    this.#groups = new Groups(seed, this.#users);
    this.#apiKeys = new ApiKeys(seed, this.#users);
    this.#oauthTokens = new OAuthTokens(seed);
  }

  addUser(input: AddUserInput): WorldUser {
    return this.#users.add(input);
  }

  getUser(id: string | number): WorldUser | undefined {
    return this.#users.get(id);
  }

  /**
   * The member edits their profile's About: Open Cloud's `GET /cloud/v2/users/{id}` shows the new text at
   * once (it is the `about` field of the User resource; Roblox caches nothing on the API's side for it).
   */
  setAbout(id: string | number, about: string): void {
    const user = this.#users.get(id);
    if (user === undefined) throw new Error(`no user ${id}`);
    user.about = about;
  }

  findUserByName(name: string): WorldUser | undefined {
    return this.#users.findByName(name);
  }

  listUsers(): WorldUser[] {
    return this.#users.list();
  }

  /** The user's whole inventory in listing order (generated on first use, then cached). */
  inventoryOf(userId: string | number): InventoryEntry[] {
    return this.#inventories.of(userId);
  }

  inventorySize(userId: string | number): number {
    return this.#inventories.size(userId);
  }

  addInventoryItems(userId: string | number, items: readonly InventoryItemInput[]): InventoryEntry[] {
    return this.#inventories.add(userId, items);
  }

  setInventoryPublic(userId: string | number, isPublic: boolean): void {
    this.#inventories.setPublic(userId, isPublic);
  }

  addGroup(input: AddGroupInput): WorldGroup {
    return this.#groups.add(input);
  }

  getGroup(id: string | number): WorldGroup | undefined {
    return this.#groups.get(id);
  }

  listGroups(): WorldGroup[] {
    return this.#groups.list();
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
    return this.#groups.addMembership(userId, groupId, roleId, extraRoleIds);
  }

  membershipsOfUser(userId: string | number): WorldMembership[] {
    return this.#groups.membershipsOfUser(userId);
  }

  membershipsOfGroup(groupId: string | number): WorldMembership[] {
    return this.#groups.membershipsOfGroup(groupId);
  }

  /** Group owners and members whose role may create avatar items can upload to the group. */
  canUploadToGroup(userId: string, groupId: string): boolean {
    return this.#groups.canUpload(userId, groupId);
  }

  addApiKey(input: AddApiKeyInput): WorldApiKey {
    return this.#apiKeys.add(input);
  }

  /** A ready API key owned by the user (created on first call for these scopes). */
  apiKeyFor(userId: string | number, scopes?: readonly ScopeName[]): string {
    return this.#apiKeys.forUser(userId, scopes);
  }

  findApiKey(key: string): WorldApiKey | undefined {
    return this.#apiKeys.find(key);
  }

  listApiKeys(): WorldApiKey[] {
    return this.#apiKeys.list();
  }

  addOAuthToken(input: { userId: string | number; scopes?: readonly ScopeName[] }): string {
    return this.#oauthTokens.add(input);
  }

  findOAuthToken(token: string): WorldOAuthToken | undefined {
    return this.#oauthTokens.find(token);
  }

  listOAuthTokens(): WorldOAuthToken[] {
    return this.#oauthTokens.list();
  }

  allocateAssetId(): string {
    return this.#assets.allocateId();
  }

  getAsset(id: string): WorldAsset | undefined {
    return this.#assets.get(id);
  }

  /** Stores an asset; a new revision is kept as a new version (listed by `assetVersions`). */
  putAsset(asset: WorldAsset): void {
    this.#assets.put(asset);
  }

  /** Every version the asset has had, oldest first. */
  assetVersions(id: string): WorldAssetVersion[] {
    return this.#assets.versions(id);
  }
}
