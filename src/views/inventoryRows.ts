import { escapeMarkdown, TimestampStyles, time } from "@discordjs/formatters";
import type { Translator } from "../i18n/translator.js";
import type { MessageKey } from "../i18n/types.js";
import { assetTypeKey, isFilterableType } from "../services/inventory/assetTypeNames.js";
import type { InventoryRow, ItemKind, ListScope } from "../services/inventory/index.js";
import { truncate } from "../text/format.js";
import { robloxLinks } from "./links.js";

export const KIND_ICONS: Record<ItemKind, string> = {
  asset: "🧩",
  badge: "🏅",
  gamePass: "🎟️",
  privateServer: "🖥️",
};
const COLLECTIBLE_ICON = "💎";

/** Asset types that live in the Creator Store rather than the avatar catalog. */
const CREATOR_STORE_TYPES = new Set(["MODEL", "DECAL", "AUDIO", "MESH_PART", "PLUGIN", "VIDEO", "ANIMATION"]);
const PLACE_TYPES = new Set(["CREATED_PLACE", "PURCHASED_PLACE"]);
/** Roblox caps item names at 50 characters; a little slack for anything longer. */
const NAME_LENGTH = 60;

/** A kind's heading ("Badges"), its plural inside a sentence ("badges") or its noun ("Badge"). */
export function kindWord(t: Translator, form: "heading" | "plural" | "noun", kind: ItemKind): string {
  return t.t(`kind.${form}.${kind}` satisfies MessageKey);
}

/** An inventory asset type's name in the translator's locale; an unknown value is shown as it is. */
export function assetTypeName(t: Translator, value: string): string {
  if (isFilterableType(value)) return t.t(assetTypeKey(value));
  // Roblox's zero value: an item it gives no type.
  return value === "INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED" ? t.t("assetType.unspecified") : value;
}

/** The item's page on Roblox; private servers have none. */
export function itemLink(kind: ItemKind, id: string, assetType?: string): string | undefined {
  switch (kind) {
    case "asset":
      if (assetType !== undefined && PLACE_TYPES.has(assetType)) return `https://www.roblox.com/games/${id}`;
      if (assetType !== undefined && CREATOR_STORE_TYPES.has(assetType)) return robloxLinks.library(id);
      return robloxLinks.catalogItem(id);
    case "badge":
      return robloxLinks.badge(id);
    case "gamePass":
      return robloxLinks.gamePass(id);
    case "privateServer":
      return undefined;
  }
}

/** Link text that cannot break out of its `[…](…)`. */
function linkText(text: string): string {
  return escapeMarkdown(truncate(text, NAME_LENGTH).replace(/[[\]]/g, "")).replace(/\n/g, " ");
}

/** `[Name](link)`, or the kind and ID when the name is unknown. */
export function itemTitle(
  t: Translator,
  kind: ItemKind,
  id: string,
  name: string | undefined,
  assetType?: string,
): string {
  const label = linkText(name ?? t.t("kind.unnamed", { kind: kindWord(t, "noun", kind), id }));
  const link = itemLink(kind, id, assetType);
  return link === undefined ? `**${label}**` : `[${label}](${link})`;
}

export function rowLine(t: Translator, row: InventoryRow): string {
  const icon = row.serialNumber !== undefined ? COLLECTIBLE_ICON : KIND_ICONS[row.kind];
  const parts = [`${icon} ${itemTitle(t, row.kind, row.id, row.name, row.assetType)}`];
  if (row.assetType !== undefined) parts.push(assetTypeName(t, row.assetType));
  else if (row.kind !== "asset") parts.push(kindWord(t, "noun", row.kind));
  if (row.serialNumber !== undefined) parts.push(`#${t.number(row.serialNumber)}`);
  if (row.added !== undefined)
    parts.push(t.t("inventory.added", { date: time(new Date(row.added), TimestampStyles.ShortDate) }));
  if (row.name === undefined) parts.push(t.t("inventory.id", { id: row.id }));
  return parts.join(" · ");
}

/** The filter in one line, e.g. "Assets: Hat, Classic Shirt (Limiteds only) · Badges". */
export function scopeSummary(t: Translator, scope: ListScope): string {
  if (scope.everything) return t.t("scope.everything");
  const parts: string[] = [];
  if (scope.assets !== undefined) {
    const assets =
      scope.assets === "all"
        ? t.t("scope.allAssets")
        : t.t("scope.assets", { types: scope.assets.map((type) => assetTypeName(t, type)).join(", ") });
    parts.push(scope.collectiblesOnly ? t.t("scope.collectiblesOf", { assets }) : assets);
  } else if (scope.collectiblesOnly) {
    parts.push(t.t("scope.collectibles"));
  }
  if (scope.badges) parts.push(kindWord(t, "heading", "badge"));
  if (scope.gamePasses) parts.push(kindWord(t, "heading", "gamePass"));
  if (scope.privateServers) parts.push(kindWord(t, "heading", "privateServer"));
  const allBut = scope.allBut ?? [];
  const shown = parts.join(" · ");
  if (allBut.length > 0) {
    const kinds = allBut.map((kind) => kindWord(t, "plural", kind)).join(", ");
    return truncate(t.t("scope.allBut", { kinds, shown }), 300);
  }
  return truncate(shown, 300);
}
