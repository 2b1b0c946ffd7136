import {
  FILTERABLE_INVENTORY_ASSET_TYPES,
  type InventoryAssetType,
  parseInventoryAssetType,
} from "../opencloud/index.js";

/** What one typed asset type stands for: a type, or the closest types when it could be several. */
export type AssetTypeMatch =
  | { readonly type: InventoryAssetType }
  | { readonly type?: undefined; readonly suggestions: readonly string[] };

/** A refusal names at most this many close types. */
const MAX_SUGGESTIONS = 5;
/** Shorter fragments than this match too much to suggest anything. */
const MIN_FRAGMENT = 3;

function loose(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** "hats" → ["hats", "hat"], "dresses" → ["dresses", "dresse", "dress"]: the plural forms people type. */
function forms(key: string): string[] {
  const found = [key];
  if (key.endsWith("s")) found.push(key.slice(0, -1));
  if (key.endsWith("es")) found.push(key.slice(0, -2));
  return found;
}

/**
 * Reads one asset type as people type it: the exact name or API name (`Classic Shirt`, `CLASSIC_SHIRT`),
 * a plural (`Hats`), or a part of one name (`tshirt acc`). A part that fits several types (`T-Shirt`,
 * `pants`) is not guessed at: the closest types are suggested instead.
 */
export function matchAssetType(typed: string): AssetTypeMatch {
  const key = loose(typed);
  for (const form of forms(key)) {
    const exact = parseInventoryAssetType(form);
    if (exact !== undefined && exact !== "INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED") return { type: exact };
  }
  if (key.length < MIN_FRAGMENT) return { suggestions: [] };
  const candidates = FILTERABLE_INVENTORY_ASSET_TYPES.filter((type) =>
    forms(key).some((form) => loose(type.name).includes(form) || loose(type.value).includes(form)),
  );
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only !== undefined) return { type: only.value };
  // Names that start with the fragment are likelier what was meant.
  const ranked = [
    ...candidates.filter((type) => forms(key).some((form) => loose(type.name).startsWith(form))),
    ...candidates.filter((type) => !forms(key).some((form) => loose(type.name).startsWith(form))),
  ];
  return { suggestions: ranked.slice(0, MAX_SUGGESTIONS).map((type) => type.name) };
}
