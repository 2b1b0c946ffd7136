import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INVENTORY_ASSET_TYPE_NAMES, type OpenCloudEmulator, startOpenCloudEmulator } from "./index.js";
import { RICH_USER_PLAN, RICH_USER_PUBLIC_ITEMS } from "./world/seed.js";

interface Item {
  path: string;
  assetDetails?: {
    assetId: string;
    inventoryItemAssetType: string;
    instanceId: string;
    collectibleDetails?: { serialNumber?: number; instanceState: string };
  };
  badgeDetails?: { badgeId: string };
  gamePassDetails?: { gamePassId: string };
  privateServerDetails?: { privateServerId: string };
  addTime?: string;
}
interface Page {
  inventoryItems: Item[];
  nextPageToken: string;
}

let emu: OpenCloudEmulator;
beforeAll(async () => {
  emu = await startOpenCloudEmulator({ rateLimits: "off", permissionFailures: "403" });
});
afterAll(() => emu.close());

async function list(userId: string, params: Record<string, string>, key = emu.adminKey) {
  const query = new URLSearchParams(params).toString();
  const res = await fetch(`${emu.url}/cloud/v2/users/${userId}/inventory-items?${query}`, {
    headers: { "x-api-key": key },
  });
  return { status: res.status, body: (await res.json()) as Page & { code?: string; message?: string } };
}

async function listAll(userId: string, params: Record<string, string>, key = emu.adminKey) {
  const items: Item[] = [];
  let token = "";
  let pages = 0;
  do {
    const { status, body } = await list(userId, { ...params, ...(token ? { pageToken: token } : {}) }, key);
    expect(status).toBe(200);
    items.push(...body.inventoryItems);
    token = body.nextPageToken;
    pages++;
  } while (token !== "");
  return { items, pages };
}

const kindOf = (item: Item) =>
  item.assetDetails
    ? "asset"
    : item.badgeDetails
      ? "badge"
      : item.gamePassDetails
        ? "gamePass"
        : "privateServer";

describe("pagination", () => {
  it("lists the 10,000 public items of richUser once each, in a stable order, in 100 pages of 100 and an empty one", async () => {
    const rich = emu.world.subjects.richUser.userId;
    const first = await listAll(rich, { maxPageSize: "100" });
    expect(first.pages).toBe(101);
    expect(first.items).toHaveLength(RICH_USER_PUBLIC_ITEMS);
    expect(new Set(first.items.map((i) => i.path)).size).toBe(RICH_USER_PUBLIC_ITEMS);
    const second = await listAll(rich, { maxPageSize: "100" });
    expect(second.items.map((i) => i.path)).toEqual(first.items.map((i) => i.path));
    const types = new Set(
      first.items.flatMap((i) => (i.assetDetails ? [i.assetDetails.inventoryItemAssetType] : [])),
    );
    // Every type but PURCHASED_PLACE, which only the owner's own key may see.
    expect(types.size).toBe(INVENTORY_ASSET_TYPE_NAMES.length - 1);
    expect(first.items.some((i) => i.assetDetails?.collectibleDetails?.serialNumber !== undefined)).toBe(
      true,
    );
    expect(first.items.some((i) => i.badgeDetails)).toBe(true);
    expect(first.items.some((i) => i.gamePassDetails && i.addTime === undefined)).toBe(true);
  });

  it("shows the owner all 53 types, private servers included", async () => {
    const rich = emu.world.subjects.richUser.userId;
    const { items } = await listAll(rich, { maxPageSize: "100" }, emu.world.apiKeyFor(rich));
    const total =
      RICH_USER_PLAN.assets +
      RICH_USER_PLAN.badges +
      RICH_USER_PLAN.gamePasses +
      RICH_USER_PLAN.privateServers;
    expect(items).toHaveLength(total);
    const types = new Set(
      items.flatMap((i) => (i.assetDetails ? [i.assetDetails.inventoryItemAssetType] : [])),
    );
    expect(types.size).toBe(53);
    expect(items.filter((i) => i.privateServerDetails)).toHaveLength(RICH_USER_PLAN.privateServers);
  });

  it("defaults to 10 per page and clamps maxPageSize to 100", async () => {
    const rich = emu.world.subjects.richUser.userId;
    expect((await list(rich, {})).body.inventoryItems).toHaveLength(10);
    expect((await list(rich, { maxPageSize: "5000" })).body.inventoryItems).toHaveLength(100);
    expect((await list(rich, { maxPageSize: "0" })).body.inventoryItems).toHaveLength(10);
    expect((await list(rich, { maxPageSize: "abc" })).status).toBe(400);
  });

  it("binds the page token to the filter: reused with another filter it is a 400", async () => {
    const rich = emu.world.subjects.richUser.userId;
    const { body } = await list(rich, { filter: "badges=true", maxPageSize: "10" });
    expect(body.nextPageToken).not.toBe("");
    const same = await list(rich, { filter: "badges=true", pageToken: body.nextPageToken });
    expect(same.status).toBe(200);
    const other = await list(rich, { filter: "gamePasses=true", pageToken: body.nextPageToken });
    expect(other.status).toBe(400);
    expect(other.body.code).toBe("INVALID_ARGUMENT");
    const garbage = await list(rich, { pageToken: "not-a-token" });
    expect(garbage.status).toBe(400);
  });

  it("ends a count that divides by the page size with an empty page, others with an empty token", async () => {
    const small = await listAll(
      emu.world.subjects.smallUser.userId,
      { maxPageSize: "7" },
      emu.world.subjects.keys.admin,
    );
    expect(small.items).toHaveLength(6); // the private server is hidden from other users' keys
    const own = await listAll(
      emu.world.subjects.smallUser.userId,
      { maxPageSize: "7" },
      emu.world.apiKeyFor(emu.world.subjects.smallUser.userId),
    );
    expect(own.items).toHaveLength(7);
    expect(own.pages).toBe(2);
    const last = await list(
      emu.world.subjects.smallUser.userId,
      { maxPageSize: "7" },
      emu.world.apiKeyFor(emu.world.subjects.smallUser.userId),
    );
    const trailing = await list(
      emu.world.subjects.smallUser.userId,
      { maxPageSize: "7", pageToken: last.body.nextPageToken },
      emu.world.apiKeyFor(emu.world.subjects.smallUser.userId),
    );
    expect(trailing.body).toEqual({ inventoryItems: [], nextPageToken: "" });
    const uneven = await listAll(
      emu.world.subjects.smallUser.userId,
      { maxPageSize: "4" },
      emu.world.subjects.keys.admin,
    );
    expect(uneven).toMatchObject({ pages: 2 });
    expect(uneven.items).toHaveLength(6);
    const empty = await list(emu.world.subjects.emptyUser.userId, {});
    expect(empty.body).toEqual({ inventoryItems: [], nextPageToken: "" });
  });
});

describe("filter grammar", () => {
  const small = () => emu.world.subjects.smallUser.userId;
  const ownKey = () => emu.world.apiKeyFor(small());
  const kinds = async (filter: string) => {
    const { status, body } = await list(small(), { filter, maxPageSize: "100" }, ownKey());
    expect(status, JSON.stringify(body)).toBe(200);
    return body.inventoryItems.map(kindOf).sort();
  };

  it("an empty filter means no filter", async () => {
    expect(await kinds("")).toHaveLength(7);
  });

  it("selects each kind by its type field, booleans case-insensitive", async () => {
    expect(await kinds("badges=true")).toEqual(["badge"]);
    expect(await kinds("gamePasses=True")).toEqual(["gamePass"]);
    expect(await kinds("privateServers=TRUE")).toEqual(["privateServer"]);
    expect(await kinds("inventoryItemAssetTypes=*")).toEqual(["asset", "asset", "asset", "asset"]);
    expect(await kinds("gamePasses=true;badges=true")).toEqual(["badge", "gamePass"]);
    expect(await kinds("badges=false")).toEqual([]);
  });

  it("filters asset types by enum list, and onlyCollectibles keeps Limiteds", async () => {
    const { body } = await list(small(), { filter: "inventoryItemAssetTypes=HAT,CLASSIC_TSHIRT" }, ownKey());
    expect(body.inventoryItems.map((i) => i.assetDetails?.inventoryItemAssetType).sort()).toEqual([
      "CLASSIC_TSHIRT",
      "HAT",
      "HAT",
    ]);
    const collectibles = await list(
      small(),
      { filter: "onlyCollectibles=True;inventoryItemAssetTypes=*" },
      ownKey(),
    );
    expect(collectibles.body.inventoryItems).toHaveLength(1);
    expect(
      collectibles.body.inventoryItems[0]?.assetDetails?.collectibleDetails?.serialNumber,
    ).toBeGreaterThan(0);
    expect(
      await kinds("inventoryItemAssetTypes=HAT,CLASSIC_PANTS,TSHIRT_ACCESSORY;gamePasses=true;badges=false"),
    ).toEqual(["asset", "asset", "gamePass"]);
  });

  it("onlyCollectibles leaves out UGC Limiteds, which are still listed with their collectibleDetails", async () => {
    const rich = emu.world.subjects.richUser.userId;
    const entries = emu.world.inventoryOf(rich).filter((e) => e.kind === "asset" && e.assetType === "HAT");
    const ugc = entries.filter((e) => e.kind === "asset" && e.ugcLimited === true);
    const robloxLimiteds = entries.filter((e) => e.kind === "asset" && e.collectible && !e.ugcLimited);
    expect(ugc.length).toBeGreaterThan(0);
    expect(robloxLimiteds.length).toBeGreaterThan(0);
    const only = await listAll(rich, {
      filter: "onlyCollectibles=true;inventoryItemAssetTypes=HAT",
      maxPageSize: "100",
    });
    expect(only.items.map((i) => i.assetDetails?.instanceId).sort()).toEqual(
      robloxLimiteds.map((e) => (e.kind === "asset" ? e.instanceId : "")).sort(),
    );
    const all = await listAll(rich, { filter: "inventoryItemAssetTypes=HAT", maxPageSize: "100" });
    const ugcIds = new Set(ugc.map((e) => (e.kind === "asset" ? e.instanceId : "")));
    const listedUgc = all.items.filter((i) => ugcIds.has(i.assetDetails?.instanceId ?? ""));
    expect(listedUgc.length).toBe(ugc.length);
    expect(listedUgc.every((i) => i.assetDetails?.collectibleDetails !== undefined)).toBe(true);
  });

  it("selects by ID fields, several combined", async () => {
    const everything = (await list(small(), { maxPageSize: "100" }, ownKey())).body.inventoryItems;
    const badgeId = everything.find((i) => i.badgeDetails)?.badgeDetails?.badgeId ?? "";
    const passId = everything.find((i) => i.gamePassDetails)?.gamePassDetails?.gamePassId ?? "";
    const serverId =
      everything.find((i) => i.privateServerDetails)?.privateServerDetails?.privateServerId ?? "";
    expect(await kinds("assetIds=10300001,1")).toEqual(["asset"]);
    expect(await kinds(`badgeIds=${badgeId}`)).toEqual(["badge"]);
    expect(await kinds(`gamePassIds=${passId}`)).toEqual(["gamePass"]);
    expect(await kinds(`privateServerIds=${serverId}`)).toEqual(["privateServer"]);
    expect(await kinds(`assetIds=10300001;badgeIds=${badgeId};gamePassIds=${passId}`)).toEqual([
      "asset",
      "badge",
      "gamePass",
    ]);
  });

  it.each([
    ["mixing type and ID fields", "inventoryItemAssetTypes=*;badgeIds=1"],
    ["unknown field", "hats=true"],
    ["unknown asset type", "inventoryItemAssetTypes=SPACESHIP"],
    ["non-boolean", "badges=yes"],
    ["non-numeric id", "assetIds=abc"],
    ["clause without =", "badges"],
    ["field twice", "badges=true;badges=false"],
    ["empty value", "assetIds="],
    ["* mixed with types", "inventoryItemAssetTypes=*,HAT"],
  ])("rejects %s with 400 INVALID_ARGUMENT", async (_label, filter) => {
    const { status, body } = await list(small(), { filter }, ownKey());
    expect(status).toBe(400);
    expect(body.code).toBe("INVALID_ARGUMENT");
  });
});

describe("private inventories", () => {
  const user = () => emu.world.subjects.privateUser.userId;

  it("denies other users' keys with 403 PERMISSION_DENIED", async () => {
    const { status, body } = await list(user(), {});
    expect(status).toBe(403);
    expect(body.code).toBe("PERMISSION_DENIED");
  });

  it("allows the user's own key with inventory read, and a token the user granted", async () => {
    expect((await list(user(), {}, emu.world.subjects.keys.privateUserOwn)).status).toBe(200);
    const res = await fetch(`${emu.url}/cloud/v2/users/${user()}/inventory-items`, {
      headers: { authorization: `Bearer ${emu.world.subjects.oauth.privateUser}` },
    });
    expect(res.status).toBe(200);
  });

  it("denies the user's own key without the inventory permission", async () => {
    const key = emu.world.apiKeyFor(user(), ["asset:read"]);
    expect((await list(user(), {}, key)).status).toBe(403);
  });

  it("follows setInventoryPublic", async () => {
    emu.world.setInventoryPublic(user(), true);
    expect((await list(user(), {})).status).toBe(200);
    emu.world.setInventoryPublic(user(), false);
    expect((await list(user(), {})).status).toBe(403);
  });

  it("refuses an explicit private-server filter from another user's key", async () => {
    const { status } = await list(emu.world.subjects.smallUser.userId, { filter: "privateServers=true" });
    expect(status).toBe(403);
  });
});

describe("world API", () => {
  it("adds users and items that the listing returns", async () => {
    const user = emu.world.addUser({ name: "AddedInTest" });
    emu.world.addInventoryItems(user.id, [
      { kind: "badge", badgeId: 2_100_000_005 },
      { kind: "asset", assetId: 10_300_004 },
    ]);
    const { body } = await list(user.id, {});
    expect(body.inventoryItems.map(kindOf)).toEqual(["asset", "badge"]);
    expect(body.inventoryItems[0]?.assetDetails?.collectibleDetails?.serialNumber).toBeGreaterThan(0);
  });

  it("the same seed gives the same world", async () => {
    const other = await startOpenCloudEmulator({ seed: 1 });
    try {
      expect(other.adminKey).toBe(emu.adminKey);
      expect(other.world.inventoryOf(other.world.subjects.richUser.userId).slice(0, 50)).toEqual(
        emu.world.inventoryOf(emu.world.subjects.richUser.userId).slice(0, 50),
      );
    } finally {
      await other.close();
    }
  });
});
