/** The 53 values of `inventoryItemAssetType`, in spec order, with the classic numeric asset type of each. */
export const INVENTORY_ASSET_TYPES = [
  ["INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED", 93],
  ["CLASSIC_TSHIRT", 2],
  ["AUDIO", 3],
  ["HAT", 8],
  ["MODEL", 10],
  ["CLASSIC_SHIRT", 11],
  ["CLASSIC_PANTS", 12],
  ["DECAL", 13],
  ["CLASSIC_HEAD", 17],
  ["FACE", 18],
  ["GEAR", 19],
  ["ANIMATION", 24],
  ["TORSO", 27],
  ["RIGHT_ARM", 28],
  ["LEFT_ARM", 29],
  ["LEFT_LEG", 30],
  ["RIGHT_LEG", 31],
  ["PACKAGE", 32],
  ["PLUGIN", 38],
  ["MESH_PART", 40],
  ["HAIR_ACCESSORY", 41],
  ["FACE_ACCESSORY", 42],
  ["NECK_ACCESSORY", 43],
  ["SHOULDER_ACCESSORY", 44],
  ["FRONT_ACCESSORY", 45],
  ["BACK_ACCESSORY", 46],
  ["WAIST_ACCESSORY", 47],
  ["CLIMB_ANIMATION", 48],
  ["DEATH_ANIMATION", 49],
  ["FALL_ANIMATION", 50],
  ["IDLE_ANIMATION", 51],
  ["JUMP_ANIMATION", 52],
  ["RUN_ANIMATION", 53],
  ["SWIM_ANIMATION", 54],
  ["WALK_ANIMATION", 55],
  ["POSE_ANIMATION", 56],
  ["EMOTE_ANIMATION", 61],
  ["VIDEO", 62],
  ["TSHIRT_ACCESSORY", 64],
  ["SHIRT_ACCESSORY", 65],
  ["PANTS_ACCESSORY", 66],
  ["JACKET_ACCESSORY", 67],
  ["SWEATER_ACCESSORY", 68],
  ["SHORTS_ACCESSORY", 69],
  ["LEFT_SHOE_ACCESSORY", 70],
  ["RIGHT_SHOE_ACCESSORY", 71],
  ["DRESS_SKIRT_ACCESSORY", 72],
  ["EYEBROW_ACCESSORY", 76],
  ["EYELASH_ACCESSORY", 77],
  ["MOOD_ANIMATION", 78],
  ["DYNAMIC_HEAD", 79],
  ["CREATED_PLACE", 9],
  ["PURCHASED_PLACE", 9],
] as const;

export type InventoryAssetType = (typeof INVENTORY_ASSET_TYPES)[number][0];

export const INVENTORY_ASSET_TYPE_NAMES: readonly InventoryAssetType[] = INVENTORY_ASSET_TYPES.map(
  ([name]) => name,
);

const typeIndexByName = new Map<string, number>(
  INVENTORY_ASSET_TYPE_NAMES.map((name, index) => [name, index]),
);

export function isInventoryAssetType(value: string): value is InventoryAssetType {
  return typeIndexByName.has(value);
}

export function assetTypeIndex(type: InventoryAssetType): number {
  return typeIndexByName.get(type) ?? 0;
}

export function classicAssetTypeId(type: InventoryAssetType): number {
  return INVENTORY_ASSET_TYPES[assetTypeIndex(type)]?.[1] ?? 93;
}

/** Types that Roblox sells as Limiteds (collectibles with serial numbers). */
const COLLECTIBLE_CAPABLE = new Set<InventoryAssetType>([
  "HAT",
  "FACE",
  "GEAR",
  "HAIR_ACCESSORY",
  "FACE_ACCESSORY",
  "NECK_ACCESSORY",
  "SHOULDER_ACCESSORY",
  "FRONT_ACCESSORY",
  "BACK_ACCESSORY",
  "WAIST_ACCESSORY",
  "DYNAMIC_HEAD",
]);

export function isCollectibleCapable(type: InventoryAssetType): boolean {
  return COLLECTIBLE_CAPABLE.has(type);
}

export function friendlyAssetTypeName(type: InventoryAssetType): string {
  if (type === "INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED") return "Item";
  return type
    .toLowerCase()
    .split("_")
    .map((word) => (word === "tshirt" ? "T-Shirt" : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(" ");
}
