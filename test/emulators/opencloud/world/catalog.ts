import {
  friendlyAssetTypeName,
  INVENTORY_ASSET_TYPE_NAMES,
  type InventoryAssetType,
  isCollectibleCapable,
} from "./assetTypes.js";
import { derivedTime, derivedUuid, hash32 } from "./random.js";

/**
 * The seeded catalog is never stored: an item's facts are decoded from its ID, so the catalog
 * costs nothing at startup and the public lookup routes agree with every inventory.
 */
export const CATALOG_ASSET_BASE = 10_000_000;
export const CATALOG_ASSETS_PER_TYPE = 400;
const TYPE_STRIDE = 100_000;
export const BADGE_BASE = 2_100_000_000;
export const BADGE_COUNT = 5_000;
export const GAME_PASS_BASE = 30_000_000;
export const GAME_PASS_COUNT = 5_000;
export const PRIVATE_SERVER_BASE = 40_000_000;
export const PRIVATE_SERVER_COUNT = 5_000;

/** Roblox caps item names at 50 characters; a share of names use the whole budget and non-ASCII letters. */
export const MAX_ITEM_NAME_LENGTH = 50;

export interface CatalogAsset {
  assetId: string;
  assetType: InventoryAssetType;
  name: string;
  description: string;
  /** Collectible items (Limiteds) carry a collectible item id and serial numbers. */
  collectibleItemId?: string;
  limitedQuantity?: number;
  /** A UGC Limited (made by a creator, not by Roblox): `onlyCollectibles` leaves these out. */
  ugc?: boolean;
  price: number;
  createTime: string;
}

const ADJECTIVES = [
  "Crimson",
  "Golden",
  "Frosty",
  "Ancient",
  "Neon",
  "Shadow",
  "Sunny",
  "Cosmic",
  "Tiny",
  "Royal",
];
const NOUNS = ["Dragon", "Comet", "Fox", "Lantern", "Knight", "Maple", "Pixel", "Tide", "Falcon", "Crown"];
const LONG_NAME_STEMS = [
  "Ünïcødé Størm Çrown of the Éternal Sky",
  "東京の夜 Neon Kitsune Mask of Dreams",
  "Żółw Łódź Ñandú — the Very Long Item",
];

function itemName(seed: number, id: number, typeLabel: string): string {
  const h = hash32(seed, "name", id);
  if (h % 17 === 0) {
    const stem = LONG_NAME_STEMS[h % LONG_NAME_STEMS.length] ?? "Long";
    return `${stem} ${typeLabel} ${id}`.padEnd(MAX_ITEM_NAME_LENGTH, "✦").slice(0, MAX_ITEM_NAME_LENGTH);
  }
  return `${ADJECTIVES[h % ADJECTIVES.length]} ${NOUNS[(h >>> 8) % NOUNS.length]} ${typeLabel}`;
}

export function catalogAssetId(typeIndex: number, n: number): string {
  return String(CATALOG_ASSET_BASE + typeIndex * TYPE_STRIDE + n);
}

export function decodeCatalogAsset(seed: number, assetId: string): CatalogAsset | undefined {
  if (!/^\d+$/.test(assetId)) return undefined;
  const offset = Number(assetId) - CATALOG_ASSET_BASE;
  if (offset < 0) return undefined;
  const typeIndex = Math.floor(offset / TYPE_STRIDE);
  const n = offset % TYPE_STRIDE;
  const assetType = INVENTORY_ASSET_TYPE_NAMES[typeIndex];
  if (assetType === undefined || n >= CATALOG_ASSETS_PER_TYPE) return undefined;
  const id = Number(assetId);
  const limited = isCollectibleCapable(assetType) && n % 4 === 0;
  const asset: CatalogAsset = {
    assetId,
    assetType,
    name: itemName(seed, id, friendlyAssetTypeName(assetType)),
    description: `A ${friendlyAssetTypeName(assetType).toLowerCase()} from the emulator's catalog.`,
    price: (hash32(seed, "price", id) % 50) * 5,
    createTime: derivedTime(seed, "asset", id),
  };
  if (limited) {
    asset.collectibleItemId = derivedUuid(seed, "collectible", id);
    asset.limitedQuantity = 100 + (hash32(seed, "qty", id) % 900);
    if (n % 8 === 4) asset.ugc = true;
  }
  return asset;
}

export interface CatalogBadge {
  badgeId: string;
  name: string;
  description: string;
  universeId: number;
  rootPlaceId: number;
  universeName: string;
  createTime: string;
}

export function decodeBadge(seed: number, badgeId: string): CatalogBadge | undefined {
  const n = Number(badgeId) - BADGE_BASE;
  if (!/^\d+$/.test(badgeId) || n < 0 || n >= BADGE_COUNT) return undefined;
  const universe = 500_000 + (n % 40);
  return {
    badgeId,
    name: itemName(seed, Number(badgeId), "Badge"),
    description: "Awarded in an emulated experience.",
    universeId: universe,
    rootPlaceId: universe * 10 + 1,
    universeName: `Experience ${universe}`,
    createTime: derivedTime(seed, "badge", n),
  };
}

export function isGamePassId(id: string): boolean {
  const n = Number(id) - GAME_PASS_BASE;
  return /^\d+$/.test(id) && n >= 0 && n < GAME_PASS_COUNT;
}
