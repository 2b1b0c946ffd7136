import type { Keyv } from "keyv";
import { cached, MINUTE } from "../cache.js";
import type { GrantAccess } from "../inventory/index.js";
import { GRANT_SCOPES } from "../linking/grants.js";
import { grantRateOwner, type OpenCloudAuth } from "../opencloud/auth.js";
import {
  buildInventoryFilter,
  type OpenCloudClient,
  OpenCloudError,
  refusalsOf,
} from "../opencloud/index.js";
import { type Bind, type MemberFacts, type MemberGroup, type OwnedKind, ownedKey } from "./types.js";

/** Group roles (names and ranks) change rarely; memberships and inventories are read fresh every time. */
const ROLES_TTL = 10 * MINUTE;
/** An ownership check reads at most this many pages of 100 (the filter names only the bound IDs). */
const MAX_OWNERSHIP_PAGES = 3;

/**
 * Reads from Roblox only what the server's binds ask about: the member's memberships in bound groups (with
 * their ranks) and whether they own the bound items, through the bot's API key; a private inventory through
 * the member's own grant when they gave one with the inventory scope.
 */
export class MemberFactsReader {
  readonly #roblox: OpenCloudClient;
  readonly #cache: Keyv;
  readonly #grants: GrantAccess | undefined;

  constructor(roblox: OpenCloudClient, cache: Keyv, grants?: GrantAccess) {
    this.#roblox = roblox;
    this.#cache = cache;
    this.#grants = grants;
  }

  /** `discordUserId` is the member whose roles these facts decide: only their own grant is ever used. */
  async read(
    robloxUserId: string | undefined,
    binds: readonly Bind[],
    discordUserId?: string,
  ): Promise<MemberFacts> {
    const none: MemberFacts = { robloxUserId, groups: [], owned: new Set(), unreadable: new Set() };
    if (robloxUserId === undefined) return none;
    const groupIds = new Set(
      binds.flatMap((bind) => (bind.rule.kind === "group" ? [bind.rule.groupId] : [])),
    );
    const wanted: Record<OwnedKind, string[]> = { gamePass: [], badge: [], asset: [] };
    for (const bind of binds) if (bind.rule.kind === "owns") wanted[bind.rule.item].push(bind.rule.id);
    const [groups, ownership] = await Promise.all([
      groupIds.size === 0 ? [] : this.#groups(robloxUserId, groupIds),
      this.#owned(robloxUserId, wanted, discordUserId),
    ]);
    return { robloxUserId, groups, ...ownership };
  }

  async #groups(userId: string, groupIds: ReadonlySet<string>): Promise<MemberGroup[]> {
    const memberships = await this.#roblox.groups.listUserMemberships(userId);
    return Promise.all(
      memberships
        .filter((membership) => groupIds.has(membership.groupId))
        .map(async (membership) => {
          const roles = await cached(this.#cache, `binds:roles:${membership.groupId}`, ROLES_TTL, () =>
            this.#roblox.groups.listGroupRoles(membership.groupId),
          );
          const held = roles.filter((role) => membership.roleIds.includes(role.id));
          return {
            groupId: membership.groupId,
            rank: Math.max(0, ...held.map((role) => role.rank)),
            roleNames: held.map((role) => role.name),
          };
        }),
    );
  }

  async #owned(
    userId: string,
    wanted: Record<OwnedKind, string[]>,
    discordUserId: string | undefined,
  ): Promise<Pick<MemberFacts, "owned" | "unreadable">> {
    const kinds = (Object.keys(wanted) as OwnedKind[]).filter((kind) => wanted[kind].length > 0);
    if (kinds.length === 0) return { owned: new Set(), unreadable: new Set() };
    const filter = buildInventoryFilter({
      gamePasses: wanted.gamePass,
      badges: wanted.badge,
      assets: wanted.asset,
    });
    try {
      return { owned: await this.#ownedPages(userId, filter, undefined), unreadable: new Set() };
    } catch (error) {
      const explained = await refusalsOf(this.#roblox).explain(error, []);
      if (!isPrivateInventory(explained)) throw explained;
    }
    // A private inventory: read it with the member's own grant, or leave those binds as they are.
    const auth = await this.#grantAuth(userId, discordUserId);
    if (auth !== undefined) {
      try {
        return { owned: await this.#ownedPages(userId, filter, auth), unreadable: new Set() };
      } catch (error) {
        const explained = await refusalsOf(this.#roblox).explain(error, []);
        if (!isPrivateInventory(explained)) throw explained;
      }
    }
    return { owned: new Set(), unreadable: new Set(kinds) };
  }

  /** A bearer for the member's own inventory: their grant must carry the scope and be of this Roblox account. */
  async #grantAuth(userId: string, discordUserId: string | undefined): Promise<OpenCloudAuth | undefined> {
    if (this.#grants === undefined || discordUserId === undefined) return undefined;
    const access = await this.#grants.accessToken(discordUserId, GRANT_SCOPES.inventory);
    if (!access.ok || access.robloxUserId !== userId) return undefined;
    return { kind: "bearer", token: access.token, rateOwner: grantRateOwner(discordUserId) };
  }

  async #ownedPages(
    userId: string,
    filter: string | undefined,
    auth: OpenCloudAuth | undefined,
  ): Promise<Set<string>> {
    const owned = new Set<string>();
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_OWNERSHIP_PAGES; page++) {
      const read = await this.#roblox.inventory.listInventoryPage(userId, {
        filter,
        pageToken,
        maxPageSize: 100,
        ...(auth === undefined ? {} : { auth }),
      });
      for (const item of read.items) {
        if (item.kind === "gamePass") owned.add(ownedKey("gamePass", item.gamePassId));
        else if (item.kind === "badge") owned.add(ownedKey("badge", item.badgeId));
        else if (item.kind === "asset") owned.add(ownedKey("asset", item.assetId));
      }
      pageToken = read.nextPageToken || undefined;
      if (pageToken === undefined || read.items.length === 0) break;
    }
    return owned;
  }
}

/** Roblox will not say what a private inventory holds (a refusal that names no missing scope of the key). */
function isPrivateInventory(error: unknown): boolean {
  return error instanceof OpenCloudError && error.kind === "permission_denied" && !error.missingScope;
}
