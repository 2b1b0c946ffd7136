import { type InventoryAssetType, isInventoryAssetType } from "./assetTypes.js";
import { decodeCatalogAsset } from "./catalog.js";
import { compareEntries, generateInventory, type InventoryEntry, planSize } from "./inventory.js";
import type { WorldUser } from "./model.js";
import { derivedUuid } from "./random.js";
import type { Users } from "./users.js";

export type InventoryItemInput =
  | {
      kind: "asset";
      assetId: string | number;
      assetType?: InventoryAssetType;
      instanceId?: string | number;
      collectible?: { serialNumber?: number; instanceState?: "AVAILABLE" | "HOLD" };
      addTime?: string;
    }
  | { kind: "badge"; badgeId: string | number; addTime?: string }
  | { kind: "gamePass"; gamePassId: string | number }
  | { kind: "privateServer"; privateServerId: string | number; addTime?: string };

/** Users' inventories: generated from each user's plan on first use, plus the items tests add. */
export class Inventories {
  readonly #cache = new Map<string, InventoryEntry[]>();

  constructor(
    private readonly seed: number,
    private readonly users: Users,
  ) {}

  /** The user's whole inventory in listing order (generated on first use, then cached). */
  of(userId: string | number): InventoryEntry[] {
    const user = this.users.require(userId);
    let items = this.#cache.get(user.id);
    if (items === undefined) {
      items = [...generateInventory(this.seed, user.id, user.inventoryPlan), ...user.extraItems].sort(
        compareEntries,
      );
      this.#cache.set(user.id, items);
    }
    return items;
  }

  size(userId: string | number): number {
    const user = this.users.require(userId);
    return planSize(user.inventoryPlan) + user.extraItems.length;
  }

  add(userId: string | number, items: readonly InventoryItemInput[]): InventoryEntry[] {
    const user = this.users.require(userId);
    const added = items.map((item, index) => this.#toEntry(user, item, index));
    user.extraItems.push(...added);
    this.#cache.delete(user.id);
    return added;
  }

  setPublic(userId: string | number, isPublic: boolean): void {
    this.users.require(userId).inventoryPublic = isPublic;
  }

  #toEntry(user: WorldUser, item: InventoryItemInput, index: number): InventoryEntry {
    const addTime = "addTime" in item && item.addTime ? item.addTime : new Date().toISOString();
    switch (item.kind) {
      case "asset": {
        const assetId = String(item.assetId);
        const catalog = decodeCatalogAsset(this.seed, assetId);
        const assetType = item.assetType ?? catalog?.assetType;
        if (assetType === undefined || !isInventoryAssetType(assetType)) {
          throw new Error(`asset ${assetId} is not in the catalog: give its assetType`);
        }
        const instanceId = String(
          item.instanceId ?? 900_000_000_000 + Number(user.id) * 1000 + user.extraItems.length + index,
        );
        const entry: InventoryEntry = { kind: "asset", assetId, assetType, instanceId, addTime };
        if (item.collectible !== undefined || catalog?.collectibleItemId !== undefined) {
          const serialNumber =
            item.collectible?.serialNumber ?? (catalog?.collectibleItemId ? 1 + index : undefined);
          entry.collectible = {
            itemId: catalog?.collectibleItemId ?? derivedUuid(this.seed, "collectible", assetId),
            instanceId: derivedUuid(this.seed, "instance", instanceId),
            instanceState: item.collectible?.instanceState ?? "AVAILABLE",
            ...(serialNumber === undefined ? {} : { serialNumber }),
          };
        }
        return entry;
      }
      case "badge":
        return { kind: "badge", badgeId: String(item.badgeId), addTime };
      case "gamePass":
        return { kind: "gamePass", gamePassId: String(item.gamePassId) };
      case "privateServer":
        return { kind: "privateServer", privateServerId: String(item.privateServerId), addTime };
    }
  }
}
