import { badRequest } from "./http/errors.js";
import { type InventoryAssetType, isInventoryAssetType } from "./world/assetTypes.js";
import type { InventoryEntry } from "./world/inventory.js";

/** A parsed `filter` of List Inventory Items (patterns.md grammar: `field=v1,v2;field=…`). */
export type InventoryFilter =
  | { mode: "all"; canonical: "" }
  | {
      mode: "types";
      canonical: string;
      assetTypes: "*" | ReadonlySet<InventoryAssetType> | undefined;
      onlyCollectibles: boolean;
      badges: boolean;
      gamePasses: boolean;
      privateServers: boolean;
    }
  | {
      mode: "ids";
      canonical: string;
      assetIds: ReadonlySet<string>;
      badgeIds: ReadonlySet<string>;
      gamePassIds: ReadonlySet<string>;
      privateServerIds: ReadonlySet<string>;
    };

const TYPE_FIELDS = new Set([
  "inventoryItemAssetTypes",
  "onlyCollectibles",
  "badges",
  "gamePasses",
  "privateServers",
]);
const ID_FIELDS = new Set(["assetIds", "badgeIds", "gamePassIds", "privateServerIds"]);

function parseBoolean(field: string, value: string): boolean {
  // Case-insensitive: rblxopencloud sends Python's `True`.
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw badRequest(`Invalid filter: ${field} must be true or false.`);
}

export function parseInventoryFilter(raw: string | null): InventoryFilter {
  if (raw === null || raw.trim() === "") return { mode: "all", canonical: "" };
  const fields = new Map<string, string[]>();
  for (const clause of raw.split(";")) {
    if (clause.trim() === "") continue;
    const eq = clause.indexOf("=");
    if (eq < 0) throw badRequest(`Invalid filter clause "${clause}": expected field=value.`);
    const field = clause.slice(0, eq).trim();
    const values = clause
      .slice(eq + 1)
      .split(",")
      .map((v) => v.trim());
    if (!TYPE_FIELDS.has(field) && !ID_FIELDS.has(field))
      throw badRequest(`Invalid filter: unknown field "${field}".`);
    if (fields.has(field)) throw badRequest(`Invalid filter: field "${field}" given twice.`);
    if (values.some((v) => v === "")) throw badRequest(`Invalid filter: empty value for "${field}".`);
    fields.set(field, values);
  }
  if (fields.size === 0) return { mode: "all", canonical: "" };
  const names = [...fields.keys()];
  const hasType = names.some((n) => TYPE_FIELDS.has(n));
  const hasId = names.some((n) => ID_FIELDS.has(n));
  if (hasType && hasId) {
    throw badRequest("Invalid filter: type fields and ID fields cannot be combined in one filter.");
  }
  const single = (field: string): boolean => {
    const values = fields.get(field);
    if (values === undefined) return false;
    if (values.length !== 1) throw badRequest(`Invalid filter: ${field} takes one value.`);
    return parseBoolean(field, values[0] as string);
  };
  const canonical = names
    .sort()
    .map(
      (n) =>
        `${n}=${(fields.get(n) ?? [])
          .map((v) => v.toLowerCase())
          .sort()
          .join(",")}`,
    )
    .join(";");
  if (hasType) {
    const typeValues = fields.get("inventoryItemAssetTypes");
    let assetTypes: "*" | Set<InventoryAssetType> | undefined;
    if (typeValues !== undefined) {
      if (typeValues.includes("*")) {
        if (typeValues.length > 1) throw badRequest("Invalid filter: * cannot be combined with asset types.");
        assetTypes = "*";
      } else {
        assetTypes = new Set(
          typeValues.map((v) => {
            if (!isInventoryAssetType(v))
              throw badRequest(`Invalid filter: unknown inventoryItemAssetType "${v}".`);
            return v;
          }),
        );
      }
    }
    return {
      mode: "types",
      canonical,
      assetTypes,
      onlyCollectibles: single("onlyCollectibles"),
      badges: single("badges"),
      gamePasses: single("gamePasses"),
      privateServers: single("privateServers"),
    };
  }
  const ids = (field: string): Set<string> => {
    const values = fields.get(field) ?? [];
    for (const v of values)
      if (!/^\d+$/.test(v)) throw badRequest(`Invalid filter: ${field} must be numeric IDs.`);
    return new Set(values.map((v) => String(Number(v))));
  };
  return {
    mode: "ids",
    canonical,
    assetIds: ids("assetIds"),
    badgeIds: ids("badgeIds"),
    gamePassIds: ids("gamePassIds"),
    privateServerIds: ids("privateServerIds"),
  };
}

/** Whether the filter explicitly asks for what only the owner's own credential may read. */
export function asksForRestricted(filter: InventoryFilter): boolean {
  if (filter.mode === "types") {
    return (
      filter.privateServers || (filter.assetTypes instanceof Set && filter.assetTypes.has("PURCHASED_PLACE"))
    );
  }
  if (filter.mode === "ids") return filter.privateServerIds.size > 0;
  return false;
}

export function isRestricted(entry: InventoryEntry): boolean {
  return entry.kind === "privateServer" || (entry.kind === "asset" && entry.assetType === "PURCHASED_PLACE");
}

export function filterKeeps(
  filter: InventoryFilter,
  entry: InventoryEntry,
  mayReadRestricted: boolean,
): boolean {
  if (!mayReadRestricted && isRestricted(entry)) return false;
  switch (filter.mode) {
    case "all":
      return true;
    case "types":
      switch (entry.kind) {
        case "asset":
          if (filter.assetTypes === undefined) return false;
          if (filter.assetTypes !== "*" && !filter.assetTypes.has(entry.assetType)) return false;
          // patterns.md: onlyCollectibles "only returns non-UGC limited items".
          return !filter.onlyCollectibles || (entry.collectible !== undefined && entry.ugcLimited !== true);
        case "badge":
          return filter.badges;
        case "gamePass":
          return filter.gamePasses;
        case "privateServer":
          return filter.privateServers;
      }
      return false;
    case "ids":
      switch (entry.kind) {
        case "asset":
          return filter.assetIds.has(entry.assetId);
        case "badge":
          return filter.badgeIds.has(entry.badgeId);
        case "gamePass":
          return filter.gamePassIds.has(entry.gamePassId);
        case "privateServer":
          return filter.privateServerIds.has(entry.privateServerId);
      }
  }
}
