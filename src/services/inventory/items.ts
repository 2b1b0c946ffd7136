import type { InventoryItem } from "../opencloud/index.js";
import type { ItemRef } from "./itemLookup.js";
import type { ItemKind } from "./options.js";

/** One inventory item as plain JSON (it is cached), without names or pictures. */
export interface StoredItem {
  readonly kind: ItemKind;
  readonly id: string;
  /** `inventoryItemAssetType` of assets, e.g. `HAT`. */
  readonly assetType?: string;
  /** Limiteds only. */
  readonly serialNumber?: number;
  /** ISO 8601, when Roblox gives it (it does not for game passes). */
  readonly added?: string;
}

/** An item ready to be shown: what Roblox listed plus its name and picture when those are known. */
export interface InventoryRow extends StoredItem {
  readonly name: string | undefined;
  readonly imageUrl: string | undefined;
  /** The name or picture is missing because Roblox is limiting lookups right now. */
  readonly limited?: boolean;
}

export function toStoredItem(item: InventoryItem): StoredItem {
  const added = item.addTime === undefined ? {} : { added: item.addTime.toISOString() };
  switch (item.kind) {
    case "asset": {
      const serial = item.collectible?.serialNumber;
      return {
        kind: "asset",
        id: item.assetId,
        assetType: item.assetType,
        ...(serial === undefined ? {} : { serialNumber: serial }),
        ...added,
      };
    }
    case "badge":
      return { kind: "badge", id: item.badgeId, ...added };
    case "gamePass":
      return { kind: "gamePass", id: item.gamePassId, ...added };
    case "privateServer":
      return { kind: "privateServer", id: item.privateServerId, ...added };
  }
}

export function refOf(item: StoredItem): ItemRef {
  return { kind: item.kind, id: item.id };
}
