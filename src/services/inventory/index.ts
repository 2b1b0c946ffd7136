import { createHash } from "node:crypto";
import type { Keyv } from "keyv";
import type { Logger } from "pino";
import { isUserError, type UserError, userError } from "../../errors.js";
import { MINUTE } from "../cache.js";
import { type AccessOutcome, GRANT_SCOPES } from "../linking/grants.js";
import { grantRateOwner, type OpenCloudAuth } from "../opencloud/auth.js";
import { type OpenCloudClient, OpenCloudError, refusalsOf } from "../opencloud/index.js";
import type { PagePosition } from "../pager/position.js";
import { type ItemDetails, ItemDetailsService } from "./itemDetails.js";
import { type ItemLookups, itemKey } from "./itemLookup.js";
import { type InventoryRow, refOf, type StoredItem, toStoredItem } from "./items.js";
import { ITEM_KINDS, type ItemKind, type OwnershipIds } from "./options.js";

export { assetTypeChoices } from "./assetTypeChoices.js";
export type { ItemDetails } from "./itemDetails.js";
export type { ItemLookups } from "./itemLookup.js";
export type { InventoryRow } from "./items.js";
export { type ItemKind, type ListScope, type OwnershipIds, parseInventoryOptions } from "./options.js";

/** Items shown per page, and items read per inventory request (the API's maximum). */
export const ITEMS_PER_PAGE = 10;
export const ITEMS_PER_READ = 100;
const PAGES_PER_READ = ITEMS_PER_READ / ITEMS_PER_PAGE;
/** As long as the pager session: going back through a list costs no request. */
const READ_TTL_MS = 15 * MINUTE;
/** An ownership check reads at most this many pages (an asset can be owned many times over). */
const MAX_CHECK_READS = 10;

/** Where a listing is: kept in the pager session, so it survives restarts and works on any shard. */
export interface InventoryCursor {
  readonly userId: string;
  /**
   * The Discord ID of the member who asked, set only when the inventory is their own linked account:
   * a private inventory is then read with their grant. Never another member's.
   */
  readonly owner?: string;
  /** The user as the messages name them. */
  readonly who: string;
  readonly filter: string | undefined;
  /** `tokens[k]` reads items k·100 … k·100+99; `""` for the first read. */
  readonly tokens: readonly string[];
  /** How many items the listing has, once its last read was made. */
  readonly total: number | undefined;
}

export interface InventoryPageResult {
  readonly rows: InventoryRow[];
  readonly position: PagePosition;
  readonly cursor: InventoryCursor;
}

export interface OwnershipEntry {
  readonly id: string;
  readonly owned: boolean;
  readonly details: ItemDetails;
}

export type OwnershipResult = ReadonlyArray<{ readonly kind: ItemKind; readonly entries: OwnershipEntry[] }>;

interface Read {
  readonly items: StoredItem[];
  readonly next: string | undefined;
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 16);
}

function privateServersAsked(filter: string | undefined): boolean {
  return filter !== undefined && /(privateServers=true|privateServerIds=|PURCHASED_PLACE)/.test(filter);
}

export class InventoryService {
  readonly #details: ItemDetailsService;

  readonly #roblox: OpenCloudClient;
  readonly #cache: Keyv;

  readonly #grants: GrantAccess | undefined;

  constructor(
    roblox: OpenCloudClient,
    lookups: ItemLookups,
    cache: Keyv,
    logger: Logger,
    grants?: GrantAccess,
  ) {
    this.#roblox = roblox;
    this.#cache = cache;
    this.#grants = grants;
    this.#details = new ItemDetailsService(lookups, cache, logger);
  }

  /** A fresh listing of the user's inventory for a filter (undefined: everything). */
  startCursor(
    userId: string,
    who: string,
    filter: string | undefined,
    owner?: string | undefined,
  ): InventoryCursor {
    return { userId, who, filter, tokens: [""], total: undefined, ...(owner === undefined ? {} : { owner }) };
  }

  /**
   * Page `index` (10 items) of a listing, with names and pictures. Roblox is read 100 items at a
   * time; each read is cached, and the page token of the next read is remembered in the cursor.
   */
  async page(cursor: InventoryCursor, index: number): Promise<InventoryPageResult> {
    const tokens = [...cursor.tokens];
    let total = cursor.total;
    let readIndex = Math.floor(Math.max(0, index) / PAGES_PER_READ);
    let pageInRead = Math.max(0, index) % PAGES_PER_READ;

    // Walk forward from the last known token (normally at most one step: the pager moves page by page).
    while (tokens.length <= readIndex) {
      const last = tokens.length - 1;
      const read = await this.#read(cursor, tokens[last] ?? "");
      if (read.next === undefined) {
        total = last * ITEMS_PER_READ + read.items.length;
        break;
      }
      tokens.push(read.next);
    }
    if (tokens.length <= readIndex) {
      readIndex = tokens.length - 1;
      pageInRead = PAGES_PER_READ - 1;
    }
    let read = await this.#read(cursor, tokens[readIndex] ?? "");
    if (read.items.length === 0 && readIndex > 0) {
      // Roblox may hand out a token whose read is empty: the list ended with the previous read.
      total = readIndex * ITEMS_PER_READ;
      tokens.length = readIndex;
      readIndex -= 1;
      pageInRead = PAGES_PER_READ - 1;
      read = await this.#read(cursor, tokens[readIndex] ?? "");
    } else if (read.next === undefined) {
      total = readIndex * ITEMS_PER_READ + read.items.length;
    }

    const pagesInRead = Math.max(1, Math.ceil(read.items.length / ITEMS_PER_PAGE));
    pageInRead = Math.min(pageInRead, pagesInRead - 1);
    const shown = read.items.slice(pageInRead * ITEMS_PER_PAGE, (pageInRead + 1) * ITEMS_PER_PAGE);
    const pageIndex = readIndex * PAGES_PER_READ + pageInRead;
    const count = total === undefined ? undefined : Math.max(1, Math.ceil(total / ITEMS_PER_PAGE));
    const hasNext =
      count !== undefined ? pageIndex < count - 1 : pageInRead < pagesInRead - 1 || read.next !== undefined;
    if (read.next !== undefined && tokens.length === readIndex + 1) tokens.push(read.next);

    // The rest of the read rides along in the same batched lookups: the next pages cost nothing.
    const details = await this.#details.details(shown.map(refOf), read.items.map(refOf));
    const rows = shown.map((item) => {
      const found = details.get(itemKey(item));
      return {
        ...item,
        name: found?.name,
        imageUrl: found?.imageUrl,
        ...(found?.limited === true ? { limited: true } : {}),
      };
    });
    return {
      rows,
      position: { index: pageIndex, count, hasNext },
      cursor: { ...cursor, tokens, total },
    };
  }

  /** Whether the user owns each of the IDs, by kind, with their names and pictures. */
  async check(
    userId: string,
    who: string,
    filter: string,
    ids: OwnershipIds,
    owner?: string | undefined,
  ): Promise<OwnershipResult> {
    const owned = new Set<string>();
    let token = "";
    for (let reads = 0; reads < MAX_CHECK_READS; reads++) {
      const read = await this.#read(
        { userId, who, filter, ...(owner === undefined ? {} : { owner }) },
        token,
      );
      for (const item of read.items) owned.add(itemKey(item));
      if (read.next === undefined || read.items.length === 0) break;
      token = read.next;
    }
    const refs = ITEM_KINDS.flatMap((kind) => ids[kind].map((id) => ({ kind, id })));
    const details = await this.#details.details(refs);
    return ITEM_KINDS.filter((kind) => ids[kind].length > 0).map((kind) => ({
      kind,
      entries: ids[kind].map((id) => {
        const key = itemKey({ kind, id });
        return {
          id,
          owned: owned.has(key),
          details: details.get(key) ?? { name: undefined, imageUrl: undefined },
        };
      }),
    }));
  }

  async #read(cursor: ReadTarget, token: string): Promise<Read> {
    const owner = cursor.owner;
    // A private inventory known as such is read with its owner's grant straight away.
    if (
      owner !== undefined &&
      this.#grants !== undefined &&
      (await this.#cache.has(privateKey(cursor.userId)))
    ) {
      return this.#readWithGrant(cursor, owner, token);
    }
    const key = `inventory:${cursor.userId}:${digest(cursor.filter ?? "")}:${digest(token)}`;
    try {
      return await this.#cachedRead(key, () => this.#load(cursor, token, undefined));
    } catch (error) {
      if (owner === undefined || this.#grants === undefined || !isPrivateRefusal(error)) throw error;
      await this.#cache.set(privateKey(cursor.userId), true, READ_TTL_MS);
      return this.#readWithGrant(cursor, owner, token);
    }
  }

  /** The owner's own private inventory, with their grant; cached apart from what the bot's key reads. */
  async #readWithGrant(cursor: ReadTarget, owner: string, token: string): Promise<Read> {
    // The grant first, cached pages or not: a withdrawn or lapsed grant shows nothing more.
    const access = await (this.#grants as GrantAccess).accessToken(owner, GRANT_SCOPES.inventory);
    if (!access.ok) throw grantRefusal(access);
    // A grant of another Roblox account (the member linked anew since) opens nothing here.
    if (access.robloxUserId !== cursor.userId) throw userError("grant.inventoryNeeded");
    const key = `inventory:grant:${owner}:${cursor.userId}:${digest(cursor.filter ?? "")}:${digest(token)}`;
    return this.#cachedRead(key, async () => {
      try {
        return await this.#load(cursor, token, {
          kind: "bearer",
          token: access.token,
          rateOwner: grantRateOwner(owner),
        });
      } catch (error) {
        // Refused with a token that carries the scope: the member withdrew the app on Roblox.
        if (isPrivateRefusal(error)) throw userError("grant.lapsed");
        throw error;
      }
    });
  }

  async #load(cursor: ReadTarget, token: string, auth: OpenCloudAuth | undefined): Promise<Read> {
    try {
      const page = await this.#roblox.inventory.listInventoryPage(cursor.userId, {
        filter: cursor.filter,
        pageToken: token || undefined,
        maxPageSize: ITEMS_PER_READ,
        ...(auth === undefined ? {} : { auth }),
      });
      return { items: page.items.map(toStoredItem), next: page.nextPageToken };
    } catch (error) {
      // A private inventory usually comes back as a bare 401: find out what it meant.
      throw explainDenied(await refusalsOf(this.#roblox).explain(error, []), cursor);
    }
  }

  async #cachedRead(key: string, load: () => Promise<Read>): Promise<Read> {
    const hit = (await this.#cache.get(key)) as { items: StoredItem[]; next: string | null } | undefined;
    if (hit !== undefined) return { items: hit.items, next: hit.next ?? undefined };
    const read = await load();
    await this.#cache.set(key, { items: read.items, next: read.next ?? null }, READ_TTL_MS);
    return read;
  }
}

type ReadTarget = Pick<InventoryCursor, "userId" | "who" | "filter" | "owner">;

/** What the inventory needs of members' grants: an access token carrying the scopes, or why not. */
export interface GrantAccess {
  accessToken(discordUserId: string, needed: readonly string[]): Promise<AccessOutcome>;
}

const privateKey = (userId: string) => `inventory:private:${userId}`;

function isPrivateRefusal(error: unknown): boolean {
  return isUserError(error) && error.text.key === "inventory.private";
}

/** Why the member's grant could not read their inventory, in words they can act on. */
function grantRefusal(access: Exclude<AccessOutcome, { ok: true }>): UserError {
  switch (access.reason) {
    case "none":
      return userError("grant.inventoryNeeded");
    case "missing-scope":
      return userError("grant.missingScope.inventory", { scope: access.missing.join(", ") });
    case "lapsed":
      return userError("grant.lapsed");
    case "unavailable":
      return userError("grant.unavailable");
  }
}

/** Roblox refusing to show an inventory is the normal answer for a private one: say so plainly. */
function explainDenied(error: unknown, cursor: ReadTarget): unknown {
  if (!(error instanceof OpenCloudError)) return error;
  if (error.kind === "not_found") return userError("users.noSuchId", { id: cursor.userId });
  if (error.kind !== "permission_denied" || error.missingScope !== undefined) return error;
  return userError(privateServersAsked(cursor.filter) ? "inventory.privateParts" : "inventory.private", {
    who: cursor.who,
  });
}
