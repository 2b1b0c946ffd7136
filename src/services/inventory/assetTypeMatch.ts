import type { LocaleId } from "../../i18n/locales.js";
import { type FilterableAssetType, loose, namedTypes } from "./assetTypeNames.js";

/** What one typed asset type stands for: a type, or the closest types when it could be several. */
export type AssetTypeMatch =
  | { readonly type: FilterableAssetType }
  | { readonly type?: undefined; readonly suggestions: readonly FilterableAssetType[] };

/** A refusal names at most this many close types. */
const MAX_SUGGESTIONS = 5;
/** Shorter fragments than this match too much to suggest anything. */
const MIN_FRAGMENT = 3;

/** "hats" → ["hats", "hat"], "dresses" → ["dresses", "dresse", "dress"]: the plural forms people type. */
function forms(key: string): string[] {
  const found = [key];
  if (key.endsWith("s")) found.push(key.slice(0, -1));
  if (key.endsWith("es")) found.push(key.slice(0, -2));
  return found;
}

/**
 * Reads one asset type as people type it, in their locale or in English: the exact name or API name
 * (`Classic Shirt`, `Camisa clássica`, `CLASSIC_SHIRT`), a plural (`Hats`), or a part of one name
 * (`tshirt acc`). A part that fits several types (`T-Shirt`, `pants`) is not guessed at: the closest
 * types are suggested instead.
 */
export function matchAssetType(typed: string, locale?: LocaleId): AssetTypeMatch {
  const key = loose(typed);
  const types = namedTypes(locale);
  for (const form of forms(key)) {
    const exact = types.find((type) => type.keys.includes(form));
    if (exact !== undefined) return { type: exact.value };
  }
  if (key.length < MIN_FRAGMENT) return { suggestions: [] };
  const fits = (keys: readonly string[], test: (name: string, form: string) => boolean) =>
    forms(key).some((form) => keys.some((name) => test(name, form)));
  const candidates = types.filter((type) => fits(type.keys, (name, form) => name.includes(form)));
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only !== undefined) return { type: only.value };
  // Names that start with the fragment are likelier what was meant.
  const starts = (type: (typeof types)[number]) => fits(type.keys, (name, form) => name.startsWith(form));
  const ranked = [...candidates.filter(starts), ...candidates.filter((type) => !starts(type))];
  return { suggestions: ranked.slice(0, MAX_SUGGESTIONS).map((type) => type.value) };
}
