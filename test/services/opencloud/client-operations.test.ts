import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildInventoryFilter,
  InProcessRateLimiter,
  type InventoryItem,
  rateLimitsWith,
} from "../../../src/services/opencloud/index.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  // Inventory budget raised on both sides so this file's many listings do not wait a minute;
  // the documented limit is exercised by the 10,000-item test and client-limiter.test.ts.
  const inventory = { limit: 1_000, windowMs: 60_000 };
  h = await startHarness(
    // requestPart "field": the upload's `request` part must be a plain form field, as curl and rblxopencloud send it.
    { operationPolls: 2, thumbnailPolls: 2, rateLimits: { inventory }, requestPart: "field" },
    { limiter: new InProcessRateLimiter({ limits: rateLimitsWith({ inventory }) }) },
  );
});
afterAll(async () => {
  await h.close();
});

const subjects = () => h.emulator.world.subjects;

function fileOf(bytes: Buffer, contentType: string, fileName: string) {
  return { stream: Readable.from([bytes]), size: bytes.length, contentType, fileName };
}

const PNG = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(256, 7)]);

describe("users", () => {
  it("gets a user", async () => {
    const rich = subjects().richUser;
    const user = await h.client.users.getUser(rich.userId);
    expect(user.id).toBe(rich.userId);
    expect(user.username).toBe(rich.username);
    expect(user.displayName).toBe(rich.displayName);
    expect(user.createTime).toBeInstanceOf(Date);
    expect(typeof user.premium).toBe("boolean");
  });

  it("resolves usernames in batches of 100, case-insensitively, leaving unknown names out", async () => {
    const { richUser, smallUser } = subjects();
    const names = [
      richUser.username.toUpperCase(),
      smallUser.username,
      ...Array.from({ length: 150 }, (_, i) => `nobody_${i}_x`),
    ];
    h.emulator.clearRequests();
    const found = await h.client.users.resolveUsernames(names);
    expect(h.emulator.countRequests({ family: "usernames" })).toBe(2);
    expect(found.size).toBe(2);
    expect(found.get(richUser.username.toLowerCase())).toEqual({
      id: richUser.userId,
      name: richUser.username,
      displayName: richUser.displayName,
    });
    expect(found.get(smallUser.username.toLowerCase())?.id).toBe(smallUser.userId);
    expect(found.has("nobody_1_x")).toBe(false);
  });

  it("never sends the API key to the public usernames endpoint", async () => {
    // The emulator logs the key owner for any credential it sees; none must be seen here.
    h.emulator.clearRequests();
    await h.client.users.resolveUsernames([subjects().smallUser.username]);
    const [request] = h.emulator.requests;
    expect(request?.keyOwner).toBeUndefined();
  });

  it("gets a headshot URL whether the operation is done at once or needs polling", async () => {
    const users = [subjects().richUser, subjects().smallUser, subjects().emptyUser];
    h.emulator.clearRequests();
    for (const user of users) {
      const url = await h.client.users.getHeadshotUrl(user.userId, {
        size: 150,
        format: "png",
        shape: "square",
      });
      expect(url).toMatch(/^https:\/\//);
    }
    const polls = h.emulator.requests.filter(
      (r) => r.family === "thumbnails" && r.path.includes("/operations/"),
    );
    // At least one of the three user IDs is odd, and odd IDs are deferred by the emulator.
    expect(users.some((u) => Number(u.userId) % 2 === 1)).toBe(true);
    expect(polls.length).toBeGreaterThan(0);
    const first = h.emulator.requests.find((r) => r.path.endsWith(":generateThumbnail"));
    expect(first?.query).toMatchObject({ size: "150", format: "PNG", shape: "SQUARE" });
  });
});

describe("inventory", () => {
  it("lists one page with a page size and follows the token", async () => {
    const rich = subjects().richUser;
    const first = await h.client.inventory.listInventoryPage(rich.userId, { maxPageSize: 25 });
    expect(first.items).toHaveLength(25);
    expect(first.nextPageToken).toBeTruthy();
    const second = await h.client.inventory.listInventoryPage(rich.userId, {
      maxPageSize: 25,
      pageToken: first.nextPageToken,
    });
    expect(second.items).toHaveLength(25);
    expect(second.items[0]).not.toEqual(first.items[0]);
  });

  it("applies filters built with rblxopencloud semantics", async () => {
    const rich = subjects().richUser.userId;
    const badges = await h.client.inventory.listInventoryPage(rich, {
      filter: buildInventoryFilter({ badges: true }),
    });
    expect(badges.items.length).toBeGreaterThan(0);
    expect(badges.items.every((item) => item.kind === "badge")).toBe(true);

    const hats = await h.client.inventory.listInventoryPage(rich, {
      filter: buildInventoryFilter({ assets: ["HAT"] }),
    });
    expect(hats.items.length).toBeGreaterThan(0);
    expect(hats.items.every((item) => item.kind === "asset" && item.assetType === "HAT")).toBe(true);

    const someBadge = badges.items[0];
    if (someBadge?.kind !== "badge") throw new Error("expected a badge");
    const byId = await h.client.inventory.listInventoryPage(rich, {
      filter: buildInventoryFilter({ badges: [someBadge.badgeId] }),
    });
    expect(byId.items.map((item) => item.kind === "badge" && item.badgeId)).toContain(someBadge.badgeId);

    const collectibles = await h.client.inventory.listInventoryPage(rich, {
      filter: buildInventoryFilter({ onlyCollectibles: true }),
    });
    expect(collectibles.items.every((item) => item.kind === "asset" && item.collectible !== undefined)).toBe(
      true,
    );
  });

  it("sends no filter parameter when there is no filter", async () => {
    h.emulator.clearRequests();
    await h.client.inventory.listInventoryPage(subjects().smallUser.userId, {
      filter: buildInventoryFilter({}),
    });
    expect(h.emulator.requests[0]?.query.filter).toBeUndefined();
  });

  it("returns an empty list for an empty inventory in one request", async () => {
    h.emulator.clearRequests();
    const items: InventoryItem[] = [];
    for await (const item of h.client.inventory.iterateInventory(subjects().emptyUser.userId))
      items.push(item);
    expect(items).toEqual([]);
    expect(h.emulator.countRequests({ family: "inventory" })).toBe(1);
  });

  it("reads a private inventory with the owner's OAuth token passed per call", async () => {
    const priv = subjects().privateUser.userId;
    const page = await h.client.inventory.listInventoryPage(priv, {
      auth: { kind: "bearer", token: subjects().oauth.privateUser },
    });
    expect(page.items.length).toBeGreaterThan(0);
  });
});

function idOf(item: InventoryItem): string {
  switch (item.kind) {
    case "asset":
      return `a${item.assetId}:${item.instanceId}`;
    case "badge":
      return `b${item.badgeId}`;
    case "gamePass":
      return `g${item.gamePassId}`;
    case "privateServer":
      return `p${item.privateServerId}`;
  }
}

describe("a large inventory", () => {
  it("lists a 10,000-item inventory in exactly 100 requests at maxPageSize=100, within the documented limit", async () => {
    // A fresh emulator and client, both with the documented 100/min: 100 pages fit in one window.
    // Without the trailing empty page Roblox may add (its 101st request would wait for the next
    // window); that page is followed in the emulator's and the /inventory tests.
    const fresh = await startHarness({ trailingEmptyPage: false });
    try {
      const kinds = new Map<string, number>();
      const ids = new Set<string>();
      for await (const item of fresh.client.inventory.iterateInventory(
        fresh.emulator.world.subjects.richUser.userId,
      )) {
        kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
        ids.add(idOf(item));
      }
      expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBe(10_000);
      expect(ids.size).toBeGreaterThan(9_000);
      expect(fresh.emulator.countRequests({ family: "inventory" })).toBe(100);
      expect(fresh.emulator.requests.every((r) => r.query.maxPageSize === "100")).toBe(true);
      // Private servers need the owner's inventory permission, which the admin key lacks for this user.
      expect([...kinds.keys()]).toEqual(expect.arrayContaining(["asset", "badge", "gamePass"]));
      expect(fresh.emulator.requests.filter((r) => r.status === 429)).toHaveLength(0);
    } finally {
      await fresh.close();
    }
  });
});

describe("groups", () => {
  it("lists all of a user's memberships across pages", async () => {
    h.emulator.clearRequests();
    const memberships = await h.client.groups.listUserMemberships(subjects().manyGroupsUser.userId);
    expect(memberships.length).toBeGreaterThanOrEqual(120);
    expect(new Set(memberships.map((m) => m.groupId)).size).toBe(memberships.length);
    expect(
      memberships.every((m) => m.userId === subjects().manyGroupsUser.userId && /^\d+$/.test(m.roleId)),
    ).toBe(true);
    expect(h.emulator.countRequests({ family: "memberships" })).toBe(Math.ceil(memberships.length / 100));
    expect(h.emulator.requests[0]?.query.filter).toBe(
      `user in ['users/${subjects().manyGroupsUser.userId}']`,
    );
  });

  it("gets a group", async () => {
    const group = await h.client.groups.getGroup(subjects().manyRolesGroup.groupId);
    expect(group).toMatchObject({
      id: subjects().manyRolesGroup.groupId,
      name: subjects().manyRolesGroup.name,
    });
    expect(typeof group.memberCount).toBe("number");
    expect(typeof group.locked).toBe("boolean");
  });

  it("lists all roles in pages of 20 and gets one role", async () => {
    h.emulator.clearRequests();
    const roles = await h.client.groups.listGroupRoles(subjects().manyRolesGroup.groupId);
    expect(roles.length).toBe(40);
    expect(h.emulator.countRequests({ family: "roles" })).toBe(2);
    expect(h.emulator.requests.every((r) => r.query.maxPageSize === "20")).toBe(true);
    const pick = roles[5];
    if (!pick) throw new Error("no role");
    expect(await h.client.groups.getGroupRole(subjects().manyRolesGroup.groupId, pick.id)).toMatchObject({
      id: pick.id,
      name: pick.name,
      rank: pick.rank,
    });
  });
});

describe("assets", () => {
  it("creates an asset, polls the operation and gets an approved asset", async () => {
    const operation = await h.client.assets.createAsset({
      assetType: "Decal",
      displayName: "Integration decal",
      description: "made by a test",
      creator: { userId: subjects().admin.userId },
      file: fileOf(PNG, "image/png", "decal.png"),
    });
    expect(operation.operationId).toBeTruthy();
    const polls: boolean[] = [];
    const outcome = await h.client.assets.waitForOperation(operation.operationId, {
      initialDelayMs: 20,
      maxDelayMs: 40,
      deadlineMs: 5_000,
      onPoll: (op) => polls.push(op.done),
    });
    expect(outcome.status).toBe("approved");
    if (outcome.status !== "approved") return;
    expect(outcome.asset.assetType).toBe("Decal");
    expect(outcome.asset.displayName).toBe("Integration decal");
    expect(polls.at(-1)).toBe(true);
    expect(polls.length).toBeGreaterThan(1);

    const asset = await h.client.assets.getAsset(outcome.asset.assetId);
    expect(asset).toMatchObject({
      assetId: outcome.asset.assetId,
      assetType: "Decal",
      creator: { userId: subjects().admin.userId },
    });
    expect((await h.client.assets.getOperation(operation.operationId)).done).toBe(true);
  });

  it("ends the wait with a typed rejection or failure", async () => {
    const create = (displayName: string) =>
      h.client.assets.createAsset({
        assetType: "Decal",
        displayName,
        description: "",
        creator: { userId: subjects().admin.userId },
        file: fileOf(PNG, "image/png", "x.png"),
      });
    const fast = { initialDelayMs: 10, maxDelayMs: 20, deadlineMs: 5_000 };
    const rejected = await h.client.assets.waitForOperation(
      (await create("moderated thing")).operationId,
      fast,
    );
    expect(rejected.status).toBe("rejected");
    const failed = await h.client.assets.waitForOperation((await create("will fail")).operationId, fast);
    expect(failed).toMatchObject({ status: "failed", error: { code: "400" } });
  });

  it("times out when the operation does not finish in time", async () => {
    const op = await h.client.assets.createAsset({
      assetType: "Decal",
      displayName: "slow",
      description: "",
      creator: { userId: subjects().admin.userId },
      file: fileOf(PNG, "image/png", "x.png"),
    });
    const outcome = await h.client.assets.waitForOperation(op.operationId, {
      initialDelayMs: 1_000,
      deadlineMs: 1,
    });
    expect(outcome).toEqual({ status: "timeout", operationId: op.operationId });
  });

  it("updates a model with a new file", async () => {
    const modelId = subjects().modelAsset.assetId;
    const before = await h.client.assets.getAsset(modelId);
    const op = await h.client.assets.updateAsset(
      modelId,
      fileOf(Buffer.from("Kaydara FBX Binary  \0model"), "model/fbx", "model.fbx"),
    );
    const outcome = await h.client.assets.waitForOperation(op.operationId, {
      initialDelayMs: 10,
      maxDelayMs: 20,
    });
    expect(["approved", "reviewing"]).toContain(outcome.status);
    const after = await h.client.assets.getAsset(modelId);
    expect(Number(after.revisionId)).toBeGreaterThan(Number(before.revisionId ?? 0));
  });
});
