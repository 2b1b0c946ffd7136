/**
 * The `inventoryItemAssetType` enum of the inventory API (53 values in spec order, the
 * `_UNSPECIFIED` zero value first), each with the name users see.
 */
export const INVENTORY_ASSET_TYPES = [
  { value: "INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED", name: "Unspecified" },
  { value: "CLASSIC_TSHIRT", name: "Classic T-Shirt" },
  { value: "AUDIO", name: "Audio" },
  { value: "HAT", name: "Hat" },
  { value: "MODEL", name: "Model" },
  { value: "CLASSIC_SHIRT", name: "Classic Shirt" },
  { value: "CLASSIC_PANTS", name: "Classic Pants" },
  { value: "DECAL", name: "Decal" },
  { value: "CLASSIC_HEAD", name: "Classic Head" },
  { value: "FACE", name: "Face" },
  { value: "GEAR", name: "Gear" },
  { value: "ANIMATION", name: "Animation" },
  { value: "TORSO", name: "Torso" },
  { value: "RIGHT_ARM", name: "Right Arm" },
  { value: "LEFT_ARM", name: "Left Arm" },
  { value: "LEFT_LEG", name: "Left Leg" },
  { value: "RIGHT_LEG", name: "Right Leg" },
  { value: "PACKAGE", name: "Package" },
  { value: "PLUGIN", name: "Plugin" },
  { value: "MESH_PART", name: "Mesh Part" },
  { value: "HAIR_ACCESSORY", name: "Hair Accessory" },
  { value: "FACE_ACCESSORY", name: "Face Accessory" },
  { value: "NECK_ACCESSORY", name: "Neck Accessory" },
  { value: "SHOULDER_ACCESSORY", name: "Shoulder Accessory" },
  { value: "FRONT_ACCESSORY", name: "Front Accessory" },
  { value: "BACK_ACCESSORY", name: "Back Accessory" },
  { value: "WAIST_ACCESSORY", name: "Waist Accessory" },
  { value: "CLIMB_ANIMATION", name: "Climb Animation" },
  { value: "DEATH_ANIMATION", name: "Death Animation" },
  { value: "FALL_ANIMATION", name: "Fall Animation" },
  { value: "IDLE_ANIMATION", name: "Idle Animation" },
  { value: "JUMP_ANIMATION", name: "Jump Animation" },
  { value: "RUN_ANIMATION", name: "Run Animation" },
  { value: "SWIM_ANIMATION", name: "Swim Animation" },
  { value: "WALK_ANIMATION", name: "Walk Animation" },
  { value: "POSE_ANIMATION", name: "Pose Animation" },
  { value: "EMOTE_ANIMATION", name: "Emote Animation" },
  { value: "VIDEO", name: "Video" },
  { value: "TSHIRT_ACCESSORY", name: "T-Shirt Accessory" },
  { value: "SHIRT_ACCESSORY", name: "Shirt Accessory" },
  { value: "PANTS_ACCESSORY", name: "Pants Accessory" },
  { value: "JACKET_ACCESSORY", name: "Jacket Accessory" },
  { value: "SWEATER_ACCESSORY", name: "Sweater Accessory" },
  { value: "SHORTS_ACCESSORY", name: "Shorts Accessory" },
  { value: "LEFT_SHOE_ACCESSORY", name: "Left Shoe Accessory" },
  { value: "RIGHT_SHOE_ACCESSORY", name: "Right Shoe Accessory" },
  { value: "DRESS_SKIRT_ACCESSORY", name: "Dress Skirt Accessory" },
  { value: "EYEBROW_ACCESSORY", name: "Eyebrow Accessory" },
  { value: "EYELASH_ACCESSORY", name: "Eyelash Accessory" },
  { value: "MOOD_ANIMATION", name: "Mood Animation" },
  { value: "DYNAMIC_HEAD", name: "Dynamic Head" },
  { value: "CREATED_PLACE", name: "Created Place" },
  { value: "PURCHASED_PLACE", name: "Purchased Place" },
] as const;

export type InventoryAssetType = (typeof INVENTORY_ASSET_TYPES)[number]["value"];

/** The types a user can filter by (all but the `_UNSPECIFIED` zero value), e.g. for autocomplete. */
export const FILTERABLE_INVENTORY_ASSET_TYPES = INVENTORY_ASSET_TYPES.filter(
  (type) => type.value !== "INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED",
);

const BY_VALUE = new Map<string, string>(INVENTORY_ASSET_TYPES.map((type) => [type.value, type.name]));
const BY_LOOSE_NAME = new Map<string, InventoryAssetType>(
  INVENTORY_ASSET_TYPES.flatMap((type) => [
    [looseKey(type.name), type.value],
    [looseKey(type.value), type.value],
  ]),
);

function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function isInventoryAssetType(value: string): value is InventoryAssetType {
  return BY_VALUE.has(value);
}

/** `CLASSIC_SHIRT` → `Classic Shirt`; unknown values are returned unchanged. */
export function inventoryAssetTypeName(value: string): string {
  return BY_VALUE.get(value) ?? value;
}

/** `Classic Shirt`, `classic shirt`, `CLASSIC_SHIRT`, `classicshirt` → `CLASSIC_SHIRT`. */
export function parseInventoryAssetType(text: string): InventoryAssetType | undefined {
  return BY_LOOSE_NAME.get(looseKey(text));
}
