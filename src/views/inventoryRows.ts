import { escapeMarkdown, TimestampStyles, time } from "@discordjs/formatters";
import {
  type InventoryRow,
  type ItemKind,
  inventoryAssetTypeName,
  type ListScope,
} from "../services/inventory/index.js";
import { truncate } from "../text/format.js";
import { robloxLinks } from "./links.js";

export const KIND_ICONS: Record<ItemKind, string> = {
  asset: "🧩",
  badge: "🏅",
  gamePass: "🎟️",
  privateServer: "🖥️",
};
const COLLECTIBLE_ICON = "💎";

export const KIND_HEADINGS: Record<ItemKind, string> = {
  asset: "Assets",
  badge: "Badges",
  gamePass: "Game passes",
  privateServer: "Private servers",
};

/** Kinds named inside a sentence: "Everything but assets, badges". */
const KIND_PLURALS: Record<ItemKind, string> = {
  asset: "assets",
  badge: "badges",
  gamePass: "game passes",
  privateServer: "private servers",
};

const KIND_NOUNS: Record<ItemKind, string> = {
  asset: "Asset",
  badge: "Badge",
  gamePass: "Game pass",
  privateServer: "Private server",
};

/** Asset types that live in the Creator Store rather than the avatar catalog. */
const CREATOR_STORE_TYPES = new Set(["MODEL", "DECAL", "AUDIO", "MESH_PART", "PLUGIN", "VIDEO", "ANIMATION"]);
const PLACE_TYPES = new Set(["CREATED_PLACE", "PURCHASED_PLACE"]);
/** Roblox caps item names at 50 characters; a little slack for anything longer. */
const NAME_LENGTH = 60;

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
export function itemTitle(kind: ItemKind, id: string, name: string | undefined, assetType?: string): string {
  const label = linkText(name ?? `${KIND_NOUNS[kind]} ${id}`);
  const link = itemLink(kind, id, assetType);
  return link === undefined ? `**${label}**` : `[${label}](${link})`;
}

export function rowLine(row: InventoryRow): string {
  const icon = row.serialNumber !== undefined ? COLLECTIBLE_ICON : KIND_ICONS[row.kind];
  const parts = [`${icon} ${itemTitle(row.kind, row.id, row.name, row.assetType)}`];
  if (row.assetType !== undefined) parts.push(inventoryAssetTypeName(row.assetType));
  else if (row.kind !== "asset") parts.push(KIND_NOUNS[row.kind]);
  if (row.serialNumber !== undefined) parts.push(`#${row.serialNumber.toLocaleString("en-US")}`);
  if (row.added !== undefined) parts.push(`added ${time(new Date(row.added), TimestampStyles.ShortDate)}`);
  if (row.name === undefined) parts.push(`ID ${row.id}`);
  return parts.join(" · ");
}

/** The filter in one line, e.g. "Assets: Hat, Classic Shirt (Limiteds only) · Badges". */
export function scopeSummary(scope: ListScope): string {
  if (scope.everything) return "Everything (assets, badges, game passes, private servers)";
  const parts: string[] = [];
  if (scope.assets !== undefined) {
    const assets =
      scope.assets === "all"
        ? "All assets"
        : `Assets: ${scope.assets.map(inventoryAssetTypeName).join(", ")}`;
    parts.push(scope.collectiblesOnly ? `${assets} (collectible Limiteds only)` : assets);
  } else if (scope.collectiblesOnly) {
    parts.push("Collectible Limiteds only");
  }
  if (scope.badges) parts.push("Badges");
  if (scope.gamePasses) parts.push("Game passes");
  if (scope.privateServers) parts.push("Private servers");
  const allBut = scope.allBut ?? [];
  const shown = parts.join(" · ");
  if (allBut.length > 0)
    return truncate(`Everything but ${allBut.map((kind) => KIND_PLURALS[kind]).join(", ")}: ${shown}`, 300);
  return truncate(shown, 300);
}
