import { type ApiContext, type CallOptions, callApi } from "./api.js";
import {
  asRecord,
  idSegment,
  optionalDate,
  optionalId,
  optionalNumber,
  optionalString,
  requireId,
  requireRecord,
} from "./parse.js";

export type InventoryItem =
  | {
      kind: "asset";
      assetId: string;
      /** `inventoryItemAssetType`, e.g. `HAT`. */
      assetType: string;
      instanceId: string;
      collectible?: { serialNumber?: number; instanceState: string; itemId?: string; instanceId?: string };
      addTime?: Date;
    }
  | { kind: "badge"; badgeId: string; addTime?: Date }
  | { kind: "gamePass"; gamePassId: string; addTime?: Date }
  | { kind: "privateServer"; privateServerId: string; addTime?: Date };

export interface InventoryPage {
  items: InventoryItem[];
  nextPageToken?: string;
}

export interface InventoryPageOptions extends CallOptions {
  /** A value from buildInventoryFilter; undefined lists everything. */
  filter?: string | undefined;
  pageToken?: string | undefined;
  /** 1–100; defaults to 100 to spend as little of the 100/min budget as possible. */
  maxPageSize?: number;
}

function withAddTime<T extends object>(item: T, raw: Record<string, unknown>): T & { addTime?: Date } {
  const addTime = optionalDate(raw.addTime);
  return addTime === undefined ? item : { ...item, addTime };
}

function parseCollectible(
  value: unknown,
): NonNullable<Extract<InventoryItem, { kind: "asset" }>["collectible"]> {
  const raw = asRecord(value) ?? {};
  const collectible: NonNullable<Extract<InventoryItem, { kind: "asset" }>["collectible"]> = {
    instanceState: optionalString(raw.instanceState) ?? "COLLECTIBLE_ITEM_INSTANCE_STATE_UNSPECIFIED",
  };
  const serialNumber = optionalNumber(raw.serialNumber);
  if (serialNumber !== undefined) collectible.serialNumber = serialNumber;
  const itemId = optionalString(raw.itemId);
  if (itemId !== undefined) collectible.itemId = itemId;
  const instanceId = optionalString(raw.instanceId);
  if (instanceId !== undefined) collectible.instanceId = instanceId;
  return collectible;
}

/** One `InventoryItem` of the API to our union; returns undefined for item kinds we do not know. */
export function parseInventoryItem(value: unknown): InventoryItem | undefined {
  const raw = requireRecord(value, "inventory item");
  const asset = asRecord(raw.assetDetails);
  if (asset) {
    const item: Extract<InventoryItem, { kind: "asset" }> = {
      kind: "asset",
      assetId: requireId(asset.assetId, "assetDetails.assetId"),
      assetType: optionalString(asset.inventoryItemAssetType) ?? "INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED",
      instanceId: optionalId(asset.instanceId) ?? "",
    };
    if (asset.collectibleDetails !== undefined) item.collectible = parseCollectible(asset.collectibleDetails);
    return withAddTime(item, raw);
  }
  const badge = asRecord(raw.badgeDetails);
  if (badge)
    return withAddTime({ kind: "badge" as const, badgeId: requireId(badge.badgeId, "badgeId") }, raw);
  const pass = asRecord(raw.gamePassDetails);
  if (pass)
    return withAddTime(
      { kind: "gamePass" as const, gamePassId: requireId(pass.gamePassId, "gamePassId") },
      raw,
    );
  const server = asRecord(raw.privateServerDetails);
  if (server) {
    const privateServerId = requireId(server.privateServerId, "privateServerId");
    return withAddTime({ kind: "privateServer" as const, privateServerId }, raw);
  }
  return undefined;
}

async function listInventoryPage(
  ctx: ApiContext,
  userId: string | number,
  options: InventoryPageOptions = {},
): Promise<InventoryPage> {
  const body = requireRecord(
    await callApi(
      ctx,
      {
        family: "inventory",
        method: "GET",
        host: "apis",
        path: `/cloud/v2/users/${idSegment(userId, "userId")}/inventory-items`,
        query: {
          maxPageSize: Math.min(100, Math.max(1, options.maxPageSize ?? 100)),
          filter: options.filter,
          pageToken: options.pageToken || undefined,
        },
      },
      options,
    ),
    "inventory page",
  );
  const rawItems = Array.isArray(body.inventoryItems) ? body.inventoryItems : [];
  const items = rawItems.map(parseInventoryItem).filter((item): item is InventoryItem => item !== undefined);
  const token = optionalString(body.nextPageToken);
  return token ? { items, nextPageToken: token } : { items };
}

/**
 * Every page in turn. Stops on an empty or absent token, on an empty page (the API may hand out
 * a token whose page is empty) and on a token it has already seen.
 */
async function* iterateInventoryPages(
  ctx: ApiContext,
  userId: string | number,
  options: Omit<InventoryPageOptions, "pageToken"> = {},
): AsyncGenerator<InventoryPage> {
  const seen = new Set<string>();
  let pageToken: string | undefined;
  for (;;) {
    const page = await listInventoryPage(ctx, userId, { ...options, pageToken });
    yield page;
    const next = page.nextPageToken;
    if (page.items.length === 0 || next === undefined || seen.has(next)) return;
    seen.add(next);
    pageToken = next;
  }
}

async function* iterateInventory(
  ctx: ApiContext,
  userId: string | number,
  options: Omit<InventoryPageOptions, "pageToken"> = {},
): AsyncGenerator<InventoryItem> {
  for await (const page of iterateInventoryPages(ctx, userId, options)) yield* page.items;
}

export const inventoryEndpoints = { listInventoryPage, iterateInventory, iterateInventoryPages };
