/** Asset type as the assets API spells it today: `Decal`, `Model`, `Audio`, `MeshPart`, … */
export type AssetTypeName = string;

function pascalFromScreaming(value: string): string {
  return value
    .toLowerCase()
    .split("_")
    .filter((word) => word.length > 0)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join("");
}

/** Accepts `Decal`, `DECAL` and `ASSET_TYPE_DECAL` alike and returns `Decal`. */
export function normaliseAssetType(value: string): AssetTypeName {
  const bare = value.startsWith("ASSET_TYPE_") ? value.slice("ASSET_TYPE_".length) : value;
  return /^[A-Z0-9_]+$/.test(bare) ? pascalFromScreaming(bare) : bare;
}

export type ModerationState = "approved" | "rejected" | "reviewing" | "unspecified";

/** Accepts `Approved` and `MODERATION_STATE_APPROVED` (and so on) alike. */
export function normaliseModerationState(value: unknown): ModerationState {
  if (typeof value !== "string") return "unspecified";
  const bare = value.toUpperCase().replace(/^MODERATION_STATE_/, "");
  switch (bare) {
    case "APPROVED":
      return "approved";
    case "REJECTED":
      return "rejected";
    case "REVIEWING":
      return "reviewing";
    default:
      return "unspecified";
  }
}

export type AssetState = "active" | "archived" | "unspecified";

export function normaliseAssetState(value: unknown): AssetState {
  if (typeof value !== "string") return "unspecified";
  const bare = value.toUpperCase().replace(/^STATE_/, "");
  return bare === "ACTIVE" ? "active" : bare === "ARCHIVED" ? "archived" : "unspecified";
}
