import { CATALOGUES } from "../../i18n/catalogue.js";
import { DEFAULT_LOCALE, type LocaleId } from "../../i18n/locales.js";
import { FILTERABLE_INVENTORY_ASSET_TYPES } from "../opencloud/index.js";

export type FilterableAssetType = (typeof FILTERABLE_INVENTORY_ASSET_TYPES)[number]["value"];

/** The key of an asset type's name in the catalogue. */
export function assetTypeKey(type: FilterableAssetType): `inventoryType.${FilterableAssetType}` {
  return `inventoryType.${type}`;
}

/** Letters and digits only, lower case, accents dropped: `Camisa clássica` → `camisaclassica`. */
export function loose(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

export interface NamedType {
  readonly value: FilterableAssetType;
  /** The name shown in the member's locale. */
  readonly name: string;
  /** Every name the type is matched by: the locale's, then English, then the API name. */
  readonly keys: readonly string[];
}

function build(locale: LocaleId): NamedType[] {
  const local = CATALOGUES[locale];
  const english = CATALOGUES[DEFAULT_LOCALE];
  return FILTERABLE_INVENTORY_ASSET_TYPES.map((type) => {
    const name = local[assetTypeKey(type.value)] ?? type.name;
    const englishName = english[assetTypeKey(type.value)] ?? type.name;
    return {
      value: type.value,
      name,
      keys: [...new Set([loose(name), loose(englishName), loose(type.value)])],
    };
  });
}

const byLocale = new Map<LocaleId, NamedType[]>();

/** The filterable asset types in spec order, named in `locale` and matched in it and in English. */
export function namedTypes(locale: LocaleId = DEFAULT_LOCALE): readonly NamedType[] {
  let types = byLocale.get(locale);
  if (types === undefined) {
    types = build(locale);
    byLocale.set(locale, types);
  }
  return types;
}

const FILTERABLE = new Set<string>(FILTERABLE_INVENTORY_ASSET_TYPES.map((type) => type.value));

/** Whether a value Roblox sent is one of the filterable asset types (the ones the catalogue names). */
export function isFilterableType(value: string): value is FilterableAssetType {
  return FILTERABLE.has(value);
}
