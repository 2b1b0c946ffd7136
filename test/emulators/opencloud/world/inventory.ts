import { INVENTORY_ASSET_TYPE_NAMES, type InventoryAssetType } from "./assetTypes.js";
import {
  BADGE_BASE,
  BADGE_COUNT,
  CATALOG_ASSETS_PER_TYPE,
  catalogAssetId,
  decodeCatalogAsset,
  GAME_PASS_BASE,
  GAME_PASS_COUNT,
  PRIVATE_SERVER_BASE,
  PRIVATE_SERVER_COUNT,
} from "./catalog.js";
import { derivedTime, derivedUuid, hash32 } from "./random.js";

export type CollectibleInstanceState = "AVAILABLE" | "HOLD" | "COLLECTIBLE_ITEM_INSTANCE_STATE_UNSPECIFIED";

export interface CollectibleDetails {
  itemId: string;
  instanceId: string;
  instanceState: CollectibleInstanceState;
  serialNumber?: number;
}

export type InventoryEntry =
  | {
      kind: "asset";
      assetId: string;
      assetType: InventoryAssetType;
      instanceId: string;
      collectible?: CollectibleDetails;
      /** A UGC Limited: listed with its collectibleDetails, but not by `onlyCollectibles`. */
      ugcLimited?: boolean;
      addTime: string;
    }
  | { kind: "badge"; badgeId: string; addTime: string }
  | { kind: "gamePass"; gamePassId: string }
  | { kind: "privateServer"; privateServerId: string; addTime: string };

/** How many items of each kind a seeded user owns; assets cycle through all 53 asset types. */
export interface InventoryPlan {
  assets: number;
  badges: number;
  gamePasses: number;
  privateServers: number;
}

export function planSize(plan: InventoryPlan): number {
  return plan.assets + plan.badges + plan.gamePasses + plan.privateServers;
}

/** The opaque item id Roblox puts in `path`: unpadded base64 of `KIND=<id>`. */
export function inventoryItemId(entry: InventoryEntry): string {
  const raw =
    entry.kind === "asset"
      ? `USER_ASSET_ID=${entry.instanceId}`
      : entry.kind === "badge"
        ? `BADGE_ID=${entry.badgeId}`
        : entry.kind === "gamePass"
          ? `GAME_PASS_ID=${entry.gamePassId}`
          : `PRIVATE_SERVER_ID=${entry.privateServerId}`;
  return Buffer.from(raw).toString("base64url");
}

export function generateInventory(seed: number, userId: string, plan: InventoryPlan): InventoryEntry[] {
  const user = Number(userId);
  const typeCount = INVENTORY_ASSET_TYPE_NAMES.length;
  const shift = hash32(seed, "inventory", userId) % CATALOG_ASSETS_PER_TYPE;
  const assets: InventoryEntry[] = [];
  for (let i = 0; i < plan.assets; i++) {
    const typeIndex = i % typeCount;
    const n = (Math.floor(i / typeCount) + shift) % CATALOG_ASSETS_PER_TYPE;
    const assetId = catalogAssetId(typeIndex, n);
    const catalog = decodeCatalogAsset(seed, assetId);
    const instanceId = String(100_000_000_000 + user * 20_000 + i);
    const entry: InventoryEntry = {
      kind: "asset",
      assetId,
      assetType: catalog?.assetType ?? "INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED",
      instanceId,
      addTime: derivedTime(seed, "added", userId, instanceId),
    };
    if (catalog?.collectibleItemId !== undefined) {
      const h = hash32(seed, "serial", instanceId);
      if (catalog.ugc) entry.ugcLimited = true;
      entry.collectible = {
        itemId: catalog.collectibleItemId,
        instanceId: derivedUuid(seed, "instance", instanceId),
        instanceState: h % 5 === 0 ? "HOLD" : "AVAILABLE",
        serialNumber: 1 + (h % (catalog.limitedQuantity ?? 100)),
      };
    }
    assets.push(entry);
  }
  assets.sort((a, b) => compareEntries(a, b));
  const pick = (count: number, total: number, salt: string) => {
    const start = hash32(seed, salt, userId) % total;
    return Array.from({ length: Math.min(count, total) }, (_, i) => (start + i) % total).sort(
      (x, y) => x - y,
    );
  };
  const badges: InventoryEntry[] = pick(plan.badges, BADGE_COUNT, "badges").map((n) => ({
    kind: "badge",
    badgeId: String(BADGE_BASE + n),
    addTime: derivedTime(seed, "badge-award", userId, n),
  }));
  const passes: InventoryEntry[] = pick(plan.gamePasses, GAME_PASS_COUNT, "passes").map((n) => ({
    kind: "gamePass",
    gamePassId: String(GAME_PASS_BASE + n),
  }));
  const servers: InventoryEntry[] = pick(plan.privateServers, PRIVATE_SERVER_COUNT, "servers").map((n) => ({
    kind: "privateServer",
    privateServerId: String(PRIVATE_SERVER_BASE + n),
    addTime: derivedTime(seed, "server", userId, n),
  }));
  return [...assets, ...badges, ...passes, ...servers];
}

const KIND_ORDER = { asset: 0, badge: 1, gamePass: 2, privateServer: 3 } as const;

function entryNumber(entry: InventoryEntry): number {
  switch (entry.kind) {
    case "asset":
      return Number(entry.assetId) * 1e-3 + Number(entry.instanceId) * 1e-15;
    case "badge":
      return Number(entry.badgeId);
    case "gamePass":
      return Number(entry.gamePassId);
    case "privateServer":
      return Number(entry.privateServerId);
  }
}

/** The stable listing order: assets by type (spec order) then id, then badges, passes, private servers. */
export function compareEntries(a: InventoryEntry, b: InventoryEntry): number {
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (a.kind === "asset" && b.kind === "asset") {
    const byType =
      INVENTORY_ASSET_TYPE_NAMES.indexOf(a.assetType) - INVENTORY_ASSET_TYPE_NAMES.indexOf(b.assetType);
    if (byType !== 0) return byType;
    const byAsset = Number(a.assetId) - Number(b.assetId);
    if (byAsset !== 0) return byAsset;
    return Number(a.instanceId) - Number(b.instanceId);
  }
  return entryNumber(a) - entryNumber(b);
}
