import { describe, expect, it } from "vitest";
import { parseAsset, parseOperation } from "../../../src/services/opencloud/assetModel.js";
import { parseGroup, parseMembership, parseRole } from "../../../src/services/opencloud/groups.js";
import { normaliseAssetType, normaliseModerationState } from "../../../src/services/opencloud/index.js";
import { parseInventoryItem } from "../../../src/services/opencloud/inventory.js";
import { parseUser } from "../../../src/services/opencloud/users.js";

describe("enum spellings", () => {
  it.each([
    ["Decal", "Decal"],
    ["ASSET_TYPE_DECAL", "Decal"],
    ["DECAL", "Decal"],
    ["ASSET_TYPE_MESH_PART", "MeshPart"],
    ["Model", "Model"],
  ])("asset type %s → %s", (input, expected) => {
    expect(normaliseAssetType(input)).toBe(expected);
  });

  it.each([
    ["Approved", "approved"],
    ["MODERATION_STATE_APPROVED", "approved"],
    ["Rejected", "rejected"],
    ["MODERATION_STATE_REJECTED", "rejected"],
    ["Reviewing", "reviewing"],
    ["MODERATION_STATE_REVIEWING", "reviewing"],
    [undefined, "unspecified"],
  ])("moderation state %s → %s", (input, expected) => {
    expect(normaliseModerationState(input)).toBe(expected);
  });
});

describe("assets and operations", () => {
  const current = {
    path: "operations/b9682431-1",
    operationId: "b9682431-1",
    done: true,
    response: {
      path: "assets/18490359719",
      revisionId: "1",
      revisionCreateTime: "2024-07-14T18:02:50.597689600Z",
      assetId: "18490359719",
      displayName: "Model",
      assetType: "Model",
      creationContext: { creator: { userId: "45348281" } },
      moderationResult: { moderationState: "Approved" },
      state: "Active",
    },
  };
  const older = {
    path: "operations/abc",
    done: true,
    response: {
      "@type": "type.googleapis.com/roblox.open_cloud.assets.v1.Asset",
      assetId: 123,
      assetType: "ASSET_TYPE_DECAL",
      displayName: "d",
      creationContext: { creator: { groupId: 456 } },
      moderationResult: { moderationState: "MODERATION_STATE_APPROVED" },
    },
  };

  it("normalises today's and the older spelling to one shape", () => {
    const a = parseOperation(current);
    expect(a).toMatchObject({ operationId: "b9682431-1", done: true });
    expect(a.asset).toMatchObject({
      assetId: "18490359719",
      assetType: "Model",
      creator: { userId: "45348281" },
      moderationState: "approved",
      state: "active",
      revisionId: "1",
    });
    expect(a.asset?.revisionCreateTime?.toISOString()).toBe("2024-07-14T18:02:50.597Z");
    const b = parseOperation(older);
    expect(b.operationId).toBe("abc");
    expect(b.asset).toMatchObject({
      assetId: "123",
      assetType: "Decal",
      creator: { groupId: "456" },
      moderationState: "approved",
    });
  });

  it("treats a missing done as pending and keeps an operation error", () => {
    expect(parseOperation({ path: "operations/x" }).done).toBe(false);
    expect(
      parseOperation({
        path: "operations/x",
        done: true,
        error: { code: 400, message: "AssetName is moderated." },
      }).error,
    ).toEqual({
      code: "400",
      message: "AssetName is moderated.",
    });
  });

  it("reads an asset with numeric ids", () => {
    expect(parseAsset({ assetId: 5, assetType: "Audio" }).assetId).toBe("5");
  });
});

describe("inventory items", () => {
  it("maps every kind to the union with string ids", () => {
    expect(
      parseInventoryItem({
        path: "users/1/inventory-items/x",
        assetDetails: {
          assetId: 1028595,
          inventoryItemAssetType: "HAT",
          instanceId: "200105119388",
          collectibleDetails: { itemId: "u", instanceId: "v", instanceState: "AVAILABLE", serialNumber: 160 },
        },
        addTime: "2023-07-05T12:34:56Z",
      }),
    ).toEqual({
      kind: "asset",
      assetId: "1028595",
      assetType: "HAT",
      instanceId: "200105119388",
      collectible: { serialNumber: 160, instanceState: "AVAILABLE", itemId: "u", instanceId: "v" },
      addTime: new Date("2023-07-05T12:34:56Z"),
    });
    expect(parseInventoryItem({ badgeDetails: { badgeId: "1" } })).toEqual({ kind: "badge", badgeId: "1" });
    expect(parseInventoryItem({ gamePassDetails: { gamePassId: 2 } })).toEqual({
      kind: "gamePass",
      gamePassId: "2",
    });
    expect(
      parseInventoryItem({ privateServerDetails: { privateServerId: "3" }, addTime: "2020-01-01T00:00:00Z" }),
    ).toEqual({
      kind: "privateServer",
      privateServerId: "3",
      addTime: new Date("2020-01-01T00:00:00Z"),
    });
    expect(parseInventoryItem({ somethingNew: {} })).toBeUndefined();
  });
});

describe("users and groups", () => {
  it("parses a captured user", () => {
    const user = parseUser({
      path: "users/45348281",
      createTime: "2013-07-13T07:50:00.083Z",
      id: "45348281",
      name: "MightyPart",
      displayName: "Mighty",
      locale: "en_us",
      premium: true,
    });
    expect(user).toEqual({
      id: "45348281",
      username: "MightyPart",
      displayName: "Mighty",
      about: "",
      createTime: new Date("2013-07-13T07:50:00.083Z"),
      premium: true,
      locale: "en_us",
    });
  });

  it("parses a captured membership, group and role", () => {
    expect(
      parseMembership({
        path: "groups/5850082/memberships/NDUzNDgyODE",
        createTime: "2020-03-29T18:15:20.020Z",
        user: "users/45348281",
        role: "groups/5850082/roles/38353811",
      }),
    ).toMatchObject({ groupId: "5850082", userId: "45348281", roleId: "38353811", roleIds: ["38353811"] });
    expect(
      parseMembership({
        path: "groups/7/memberships/MQ",
        user: "users/1",
        role: "groups/7/roles/30",
        roles: ["groups/7/roles/10", "groups/7/roles/30", "groups/7/roles/20"],
      }).roleIds,
    ).toEqual(["30", "10", "20"]);
    expect(
      parseGroup({
        path: "groups/5850082",
        id: "5850082",
        displayName: "MightyPart Games",
        description: "Hello World!",
        owner: "users/45348281",
        memberCount: 99,
        publicEntryAllowed: true,
        locked: false,
        verified: false,
        createTime: "2020-03-29T18:15:20.100Z",
      }),
    ).toMatchObject({ id: "5850082", name: "MightyPart Games", ownerId: "45348281", memberCount: 99 });
    expect(parseRole({ path: "groups/1/roles/9", id: "9", displayName: "Guest", rank: 0 })).toEqual({
      id: "9",
      name: "Guest",
      rank: 0,
    });
  });
});
