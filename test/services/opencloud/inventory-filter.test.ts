import { describe, expect, it } from "vitest";
import {
  buildInventoryFilter,
  FILTERABLE_INVENTORY_ASSET_TYPES,
  INVENTORY_ASSET_TYPES,
  InvalidFilterError,
  type InventoryFilterArgs,
  inventoryAssetTypeName,
  parseInventoryAssetType,
  splitInventoryFilter,
} from "../../../src/services/opencloud/index.js";

/**
 * rblxopencloud `User.list_inventory(...)` arguments, the `filter` query value that library sends
 * (read from its source), and what we send. Differences are deliberate and listed in `why`:
 * - `onlyCollectibles=True` is Python's str(True); the documented grammar uses `true`, so do we.
 * - rblxopencloud sends `filter=` for no filter; we omit the parameter.
 * - rblxopencloud sends `badgeIds=` for an empty badge list; we treat every empty list as absent,
 *   as rblxopencloud itself does for `assets=[]`.
 * - Type and ID fields mixed: rblxopencloud sends them, the API forbids it; we throw.
 */
const table: Array<{
  python: string;
  args: InventoryFilterArgs;
  rblxopencloud: string;
  ours: string | undefined | "InvalidFilterError";
  split?: Array<string | undefined>;
  why?: string;
}> = [
  { python: "list_inventory()", args: {}, rblxopencloud: "", ours: undefined, why: "no filter parameter" },
  {
    python: "assets=True",
    args: { assets: true },
    rblxopencloud: "inventoryItemAssetTypes=*",
    ours: "inventoryItemAssetTypes=*",
  },
  {
    python: "assets=[HAT, CLASSIC_PANTS]",
    args: { assets: ["HAT", "CLASSIC_PANTS"] },
    rblxopencloud: "inventoryItemAssetTypes=HAT,CLASSIC_PANTS",
    ours: "inventoryItemAssetTypes=HAT,CLASSIC_PANTS",
  },
  {
    python: "assets=[1028595, 4773588762]",
    args: { assets: [1028595, 4773588762] },
    rblxopencloud: "assetIds=1028595,4773588762",
    ours: "assetIds=1028595,4773588762",
  },
  {
    python: "assets=['123','456'] (ids as strings)",
    args: { assets: ["123", "456"] },
    rblxopencloud: "assetIds=123,456",
    ours: "assetIds=123,456",
  },
  {
    python: "assets=[]",
    args: { assets: [] },
    rblxopencloud: "",
    ours: undefined,
    why: "no filter parameter",
  },
  { python: "badges=True", args: { badges: true }, rblxopencloud: "badges=true", ours: "badges=true" },
  { python: "badges=[5, 6]", args: { badges: [5, 6] }, rblxopencloud: "badgeIds=5,6", ours: "badgeIds=5,6" },
  {
    python: "badges=[]",
    args: { badges: [] },
    rblxopencloud: "badgeIds=",
    ours: undefined,
    why: "empty list = absent",
  },
  {
    python: "game_passes=True",
    args: { gamePasses: true },
    rblxopencloud: "gamePasses=true",
    ours: "gamePasses=true",
  },
  {
    python: "game_passes=[7]",
    args: { gamePasses: [7] },
    rblxopencloud: "gamePassIds=7",
    ours: "gamePassIds=7",
  },
  {
    python: "private_servers=True",
    args: { privateServers: true },
    rblxopencloud: "privateServers=true",
    ours: "privateServers=true",
  },
  {
    python: "private_servers=[8, 9]",
    args: { privateServers: [8, 9] },
    rblxopencloud: "privateServerIds=8,9",
    ours: "privateServerIds=8,9",
  },
  {
    python: "only_collectibles=True",
    args: { onlyCollectibles: true },
    rblxopencloud: "onlyCollectibles=True;inventoryItemAssetTypes=*",
    ours: "onlyCollectibles=true;inventoryItemAssetTypes=*",
    why: "lowercase true",
  },
  {
    python: "only_collectibles=True, assets=[HAT]",
    args: { onlyCollectibles: true, assets: ["HAT"] },
    rblxopencloud: "onlyCollectibles=True;inventoryItemAssetTypes=HAT",
    ours: "onlyCollectibles=true;inventoryItemAssetTypes=HAT",
    why: "lowercase true",
  },
  {
    python: "only_collectibles=True, assets=False",
    args: { onlyCollectibles: true, assets: false },
    rblxopencloud: "onlyCollectibles=True",
    ours: "onlyCollectibles=true",
    why: "lowercase true",
  },
  {
    python: "only_collectibles=False, badges=True",
    args: { onlyCollectibles: false, badges: true },
    rblxopencloud: "badges=true",
    ours: "badges=true",
  },
  {
    python: "assets=True, badges=True, game_passes=True, private_servers=True",
    args: { assets: true, badges: true, gamePasses: true, privateServers: true },
    rblxopencloud: "inventoryItemAssetTypes=*;badges=true;gamePasses=true;privateServers=true",
    ours: "inventoryItemAssetTypes=*;badges=true;gamePasses=true;privateServers=true",
  },
  {
    python: "assets=[HAT, CLASSIC_PANTS, TSHIRT_ACCESSORY], game_passes=True, badges=False",
    args: { assets: ["HAT", "CLASSIC_PANTS", "TSHIRT_ACCESSORY"], gamePasses: true, badges: false },
    rblxopencloud: "inventoryItemAssetTypes=HAT,CLASSIC_PANTS,TSHIRT_ACCESSORY;gamePasses=true",
    ours: "inventoryItemAssetTypes=HAT,CLASSIC_PANTS,TSHIRT_ACCESSORY;gamePasses=true",
  },
  {
    python: "game_passes=True, badges=True",
    args: { gamePasses: true, badges: true },
    rblxopencloud: "badges=true;gamePasses=true",
    ours: "badges=true;gamePasses=true",
  },
  {
    python: "assets=[1,2], badges=[1,2], game_passes=[1,2], private_servers=[1,2]",
    args: { assets: [1, 2], badges: [1, 2], gamePasses: [1, 2], privateServers: [1, 2] },
    rblxopencloud: "assetIds=1,2;badgeIds=1,2;gamePassIds=1,2;privateServerIds=1,2",
    ours: "assetIds=1,2;badgeIds=1,2;gamePassIds=1,2;privateServerIds=1,2",
  },
  {
    python: "assets=True, badges=[1]",
    args: { assets: true, badges: [1] },
    rblxopencloud: "inventoryItemAssetTypes=*;badgeIds=1",
    ours: "InvalidFilterError",
    split: ["inventoryItemAssetTypes=*", "badgeIds=1"],
    why: "type and ID fields mixed",
  },
  {
    python: "only_collectibles=True, assets=[1]",
    args: { onlyCollectibles: true, assets: [1] },
    rblxopencloud: "onlyCollectibles=True;assetIds=1",
    ours: "InvalidFilterError",
    split: ["onlyCollectibles=true", "assetIds=1"],
    why: "type and ID fields mixed",
  },
  {
    python: "game_passes=[4], private_servers=True",
    args: { gamePasses: [4], privateServers: true },
    rblxopencloud: "gamePassIds=4;privateServers=true",
    ours: "InvalidFilterError",
    split: ["privateServers=true", "gamePassIds=4"],
    why: "type and ID fields mixed",
  },
];

describe("buildInventoryFilter matches rblxopencloud's list_inventory", () => {
  it.each(table)("$python", ({ args, rblxopencloud, ours, split, why }) => {
    if (ours === "InvalidFilterError") {
      expect(() => buildInventoryFilter(args)).toThrow(InvalidFilterError);
      expect(splitInventoryFilter(args)).toEqual(split);
      return;
    }
    expect(buildInventoryFilter(args)).toBe(ours);
    expect(splitInventoryFilter(args)).toEqual([ours]);
    if (why === undefined) expect(ours).toBe(rblxopencloud);
    else if (why === "no filter parameter") expect(rblxopencloud).toBe("");
    else if (why === "lowercase true")
      expect(ours).toBe(rblxopencloud.replace("onlyCollectibles=True", "onlyCollectibles=true"));
  });

  it("names the conflicting fields", () => {
    try {
      buildInventoryFilter({ assets: ["HAT"], badges: [1, 2] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidFilterError);
      expect((error as InvalidFilterError).conflict).toEqual(["inventoryItemAssetTypes", "badgeIds"]);
      expect((error as Error).message).toContain("inventoryItemAssetTypes");
      expect((error as Error).message).toContain("badgeIds");
    }
  });

  it("refuses a list that mixes asset types and IDs, as rblxopencloud does", () => {
    expect(() => buildInventoryFilter({ assets: ["HAT", 5] as never })).toThrow(InvalidFilterError);
  });

  it("refuses IDs that are not numbers", () => {
    expect(() => buildInventoryFilter({ badges: ["12a"] })).toThrow(InvalidFilterError);
  });
});

describe("inventory asset types", () => {
  it("lists the 53 enum values of the spec, 52 of them filterable", () => {
    expect(INVENTORY_ASSET_TYPES).toHaveLength(53);
    expect(new Set(INVENTORY_ASSET_TYPES.map((type) => type.value)).size).toBe(53);
    expect(FILTERABLE_INVENTORY_ASSET_TYPES).toHaveLength(52);
  });

  it("maps friendly names both ways", () => {
    expect(inventoryAssetTypeName("CLASSIC_SHIRT")).toBe("Classic Shirt");
    expect(parseInventoryAssetType("Classic Shirt")).toBe("CLASSIC_SHIRT");
    expect(parseInventoryAssetType("classic t-shirt")).toBe("CLASSIC_TSHIRT");
    expect(parseInventoryAssetType("DYNAMIC_HEAD")).toBe("DYNAMIC_HEAD");
    expect(parseInventoryAssetType("nonsense")).toBeUndefined();
    for (const type of INVENTORY_ASSET_TYPES) expect(parseInventoryAssetType(type.name)).toBe(type.value);
  });
});
