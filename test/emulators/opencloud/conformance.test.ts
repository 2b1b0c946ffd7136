import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpecValidator } from "./conformance/specValidator.js";
import { TOLERATED_DIFFERENCES } from "./conformance/toleratedDifferences.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "./index.js";
import { multipartBody, PNG_BYTES } from "./uploadHelpers.js";

let emu: OpenCloudEmulator;
let validator: SpecValidator;
beforeAll(async () => {
  validator = new SpecValidator();
  emu = await startOpenCloudEmulator({
    rateLimits: "off",
    operationPolls: 1,
    thumbnailPolls: 1,
    permissionFailures: "403",
  });
});
afterAll(() => emu.close());

type Json = Record<string, unknown>;
type Check =
  | { spec: "cloud" | "assets"; path: string; method: string }
  | { local: "V2_ERROR" | "LEGACY_ERROR" | "ASSETS_ERROR" | "THUMBNAILS" };

async function call(path: string, init: RequestInit & { key?: string | null } = {}) {
  const headers = new Headers(init.headers);
  if (init.key !== null) headers.set("x-api-key", init.key ?? emu.adminKey);
  const res = await fetch(`${emu.url}${path}`, { ...init, headers, duplex: "half" } as RequestInit);
  return { status: res.status, body: (await res.json()) as Json, headers: res.headers };
}

function conforms(status: number, body: unknown, expectedStatus: number, check: Check): void {
  expect(status, JSON.stringify(body)).toBe(expectedStatus);
  const errors =
    "local" in check
      ? validator.validateLocal(check.local, body)
      : validator.validateOperation(check.spec, check.path, check.method, status, body);
  expect(errors, JSON.stringify(body).slice(0, 500)).toEqual([]);
}

const v2 = (path: string): Check => ({ spec: "cloud", path, method: "get" });
const V2_ERROR: Check = { local: "V2_ERROR" };
const LEGACY: Check = { local: "LEGACY_ERROR" };
const ASSETS_ERROR: Check = { local: "ASSETS_ERROR" };

async function upload(method: "POST" | "PATCH", path: string, request: Json, withFile = true) {
  const { body, contentType } = multipartBody(
    request,
    withFile ? { bytes: PNG_BYTES, contentType: "image/png", filename: "a.png" } : undefined,
  );
  return call(path, { method, headers: { "content-type": contentType }, body });
}

describe("Cloud v2 users", () => {
  it("user: with and without scoped fields, 404, 400", async () => {
    const s = emu.world.subjects;
    for (const key of [emu.adminKey, s.keys.noScopes]) {
      const r = await call(`/cloud/v2/users/${s.longNameUser.userId}`, { key });
      conforms(r.status, r.body, 200, v2("/cloud/v2/users/{user_id}"));
    }
    const missing = await call("/cloud/v2/users/999999999");
    conforms(missing.status, missing.body, 404, V2_ERROR);
    const bad = await call("/cloud/v2/users/abc");
    conforms(bad.status, bad.body, 400, V2_ERROR);
  });

  it("asset quotas", async () => {
    const r = await call(`/cloud/v2/users/${emu.world.subjects.admin.userId}/asset-quotas`);
    conforms(r.status, r.body, 200, v2("/cloud/v2/users/{user_id}/asset-quotas"));
  });

  it("thumbnail operation: done at once, pending, then done by polling", async () => {
    const s = emu.world.subjects;
    const even = await call(
      `/cloud/v2/users/${s.richUser.userId}:generateThumbnail?size=150&format=JPEG&shape=SQUARE`,
    );
    conforms(even.status, even.body, 200, v2("/cloud/v2/users/{user_id}:generateThumbnail"));
    expect(even.body.done).toBe(true);
    const odd = await call(`/cloud/v2/users/${s.smallUser.userId}:generateThumbnail`);
    conforms(odd.status, odd.body, 200, v2("/cloud/v2/users/{user_id}:generateThumbnail"));
    expect(odd.body.done).toBe(false);
    const opPath = v2("/cloud/v2/users/{user_id}/operations/{operation_id}");
    const pending = await call(`/cloud/v2/${odd.body.path as string}`);
    conforms(pending.status, pending.body, 200, opPath);
    const done = await call(`/cloud/v2/${odd.body.path as string}`);
    conforms(done.status, done.body, 200, opPath);
    expect(done.body).toMatchObject({
      done: true,
      response: { imageUri: expect.stringMatching(/^https:\/\//) },
    });
    const badSize = await call(`/cloud/v2/users/${s.richUser.userId}:generateThumbnail?size=13`);
    conforms(badSize.status, badSize.body, 400, V2_ERROR);
  });
});

describe("Cloud v2 inventory", () => {
  const path = v2("/cloud/v2/users/{user_id}/inventory-items");

  it("pages of every item kind, including collectibles and the owner's private servers", async () => {
    const s = emu.world.subjects;
    const rich = s.richUser.userId;
    for (const query of [
      "maxPageSize=100",
      "filter=onlyCollectibles=true;inventoryItemAssetTypes=*&maxPageSize=100",
      "filter=badges=true;gamePasses=true&maxPageSize=100",
    ]) {
      const r = await call(`/cloud/v2/users/${rich}/inventory-items?${query}`);
      conforms(r.status, r.body, 200, path);
    }
    const own = await call(`/cloud/v2/users/${rich}/inventory-items?filter=privateServers=true`, {
      key: emu.world.apiKeyFor(rich),
    });
    conforms(own.status, own.body, 200, path);
    const empty = await call(`/cloud/v2/users/${s.emptyUser.userId}/inventory-items`);
    conforms(empty.status, empty.body, 200, path);
  });

  it("errors: invalid filter, private inventory, stale token", async () => {
    const s = emu.world.subjects;
    const invalid = await call(
      `/cloud/v2/users/${s.richUser.userId}/inventory-items?filter=badges=true;assetIds=1`,
    );
    conforms(invalid.status, invalid.body, 400, V2_ERROR);
    const denied = await call(`/cloud/v2/users/${s.privateUser.userId}/inventory-items`);
    conforms(denied.status, denied.body, 403, V2_ERROR);
    const token = await call(`/cloud/v2/users/${s.richUser.userId}/inventory-items?pageToken=xyz`);
    conforms(token.status, token.body, 400, V2_ERROR);
  });
});

describe("Cloud v2 groups", () => {
  it("group, memberships (wildcard and per group), roles (owner and non-owner views), role", async () => {
    const s = emu.world.subjects;
    for (const group of [s.uploadGroup, s.abandonedGroup, s.lockedGroup]) {
      const r = await call(`/cloud/v2/groups/${group.groupId}`);
      conforms(r.status, r.body, 200, v2("/cloud/v2/groups/{group_id}"));
    }
    const memberships = v2("/cloud/v2/groups/{group_id}/memberships");
    const wildcard = await call(
      `/cloud/v2/groups/-/memberships?maxPageSize=99&filter=${encodeURIComponent(`user == 'users/${s.manyGroupsUser.userId}'`)}`,
    );
    conforms(wildcard.status, wildcard.body, 200, memberships);
    const list = `user in ['users/${s.oneGroupUser.userId}', 'users/${s.smallUser.userId}']`;
    const inList = await call(`/cloud/v2/groups/-/memberships?filter=${encodeURIComponent(list)}`);
    conforms(inList.status, inList.body, 200, memberships);
    const perGroup = await call(`/cloud/v2/groups/${s.manyRolesGroup.groupId}/memberships?maxPageSize=100`);
    conforms(perGroup.status, perGroup.body, 200, memberships);
    const roles = v2("/cloud/v2/groups/{group_id}/roles");
    for (const group of [s.uploadGroup, s.manyRolesGroup]) {
      const r = await call(`/cloud/v2/groups/${group.groupId}/roles?maxPageSize=20`);
      conforms(r.status, r.body, 200, roles);
    }
    const roleId = (
      (await call(`/cloud/v2/groups/${s.uploadGroup.groupId}/roles`)).body.groupRoles as Json[]
    )[1]?.id;
    const role = await call(`/cloud/v2/groups/${s.uploadGroup.groupId}/roles/${String(roleId)}`);
    conforms(role.status, role.body, 200, v2("/cloud/v2/groups/{group_id}/roles/{role_id}"));
  });

  it("errors: wildcard without a user filter, unknown group and role", async () => {
    const noFilter = await call("/cloud/v2/groups/-/memberships");
    conforms(noFilter.status, noFilter.body, 400, V2_ERROR);
    const missing = await call("/cloud/v2/groups/1");
    conforms(missing.status, missing.body, 404, V2_ERROR);
    const role = await call(`/cloud/v2/groups/${emu.world.subjects.uploadGroup.groupId}/roles/1`);
    conforms(role.status, role.body, 404, V2_ERROR);
  });
});

describe("Assets v1 (both spec files)", () => {
  const both = async (status: number, body: Json, cloudPath: string, assetsPath: string, method: string) => {
    conforms(status, body, 200, { spec: "cloud", path: cloudPath, method });
    conforms(status, body, 200, { spec: "assets", path: assetsPath, method });
  };
  const creator = () => ({ creator: { userId: emu.world.subjects.admin.userId } });

  it("create → pending poll → done (approved, rejected, failed), get, update", async () => {
    const outcomes: Json[] = [];
    for (const displayName of ["Approved one", "moderated one", "fail one"]) {
      const created = await upload("POST", "/assets/v1/assets", {
        assetType: "Decal",
        displayName,
        description: "d",
        creationContext: creator(),
      });
      await both(created.status, created.body, "/assets/v1/assets", "/v1/assets", "post");
      const opPath = `/assets/v1/operations/${created.body.operationId as string}`;
      const pending = await call(opPath);
      await both(
        pending.status,
        pending.body,
        "/assets/v1/operations/{operationId}",
        "/v1/operations/{operationId}",
        "get",
      );
      const done = await call(opPath);
      await both(
        done.status,
        done.body,
        "/assets/v1/operations/{operationId}",
        "/v1/operations/{operationId}",
        "get",
      );
      outcomes.push(done.body);
    }
    expect(outcomes.map((o) => ("error" in o ? "failed" : (o.response as Json).moderationResult))).toEqual([
      { moderationState: "Approved" },
      { moderationState: "Rejected" },
      "failed",
    ]);
    const assetId = emu.world.subjects.modelAsset.assetId;
    const got = await call(`/assets/v1/assets/${assetId}`);
    await both(got.status, got.body, "/assets/v1/assets/{assetId}", "/v1/assets/{assetId}", "get");
    const { body, contentType } = multipartBody(
      { assetId },
      { bytes: Buffer.from("Kaydara FBX Binary  \0"), contentType: "model/fbx", filename: "m.fbx" },
    );
    const patched = await call(`/assets/v1/assets/${assetId}`, {
      method: "PATCH",
      headers: { "content-type": contentType },
      body,
    });
    await both(patched.status, patched.body, "/assets/v1/assets/{assetId}", "/v1/assets/{assetId}", "patch");
  });

  it("errors: 400 Status from the spec, 403 and 404 in the same model, scope failure, gateway 401", async () => {
    const invalid = await upload("POST", "/assets/v1/assets", {
      assetType: "Audio",
      displayName: "x",
      creationContext: creator(),
    });
    conforms(invalid.status, invalid.body, 400, { spec: "cloud", path: "/assets/v1/assets", method: "post" });
    conforms(invalid.status, invalid.body, 400, { spec: "assets", path: "/v1/assets", method: "post" });
    const otherCreator = await upload("POST", "/assets/v1/assets", {
      assetType: "Decal",
      displayName: "x",
      creationContext: { creator: { userId: emu.world.subjects.richUser.userId } },
    });
    conforms(otherCreator.status, otherCreator.body, 403, ASSETS_ERROR);
    const missing = await call("/assets/v1/operations/nope");
    conforms(missing.status, missing.body, 404, ASSETS_ERROR);
    const scope = await call(`/assets/v1/assets/${emu.world.subjects.modelAsset.assetId}`, {
      key: emu.world.subjects.keys.noScopes,
    });
    conforms(scope.status, scope.body, 403, V2_ERROR);
    const unauthenticated = await call(`/assets/v1/assets/${emu.world.subjects.modelAsset.assetId}`, {
      key: null,
    });
    conforms(unauthenticated.status, unauthenticated.body, 401, LEGACY);
  });
});

describe("Assets v1 versions, rollback, archive and restore (both spec files)", () => {
  const both = (status: number, body: Json, cloudPath: string, assetsPath: string, method: string) => {
    conforms(status, body, 200, { spec: "cloud", path: cloudPath, method });
    conforms(status, body, 200, { spec: "assets", path: assetsPath, method });
  };
  const fbx = () =>
    multipartBody(
      {},
      {
        bytes: Buffer.from(`Kaydara FBX Binary  \0${Math.random()}`),
        contentType: "model/fbx",
        filename: "m.fbx",
      },
    );

  it("list (paged, newest first), get, rollback to version 1 as a new version, archive, restore", async () => {
    const assetId = emu.world.subjects.modelAsset.assetId;
    for (let i = 0; i < 2; i++) {
      const { body, contentType } = fbx();
      const patched = await call(`/assets/v1/assets/${assetId}`, {
        method: "PATCH",
        headers: { "content-type": contentType },
        body,
      });
      await call(`/assets/v1/operations/${patched.body.operationId as string}`);
      await call(`/assets/v1/operations/${patched.body.operationId as string}`);
    }
    const versions = emu.world.assetVersions(assetId);
    const newest = versions.length;
    expect(newest).toBeGreaterThanOrEqual(3);
    const first = await call(`/assets/v1/assets/${assetId}/versions?maxPageSize=2`);
    both(
      first.status,
      first.body,
      "/assets/v1/assets/{assetId}/versions",
      "/v1/assets/{assetId}/versions",
      "get",
    );
    const paths = (first.body.assetVersions as Json[]).map((v) => v.path);
    expect(paths).toEqual([
      `assets/${assetId}/versions/${newest}`,
      `assets/${assetId}/versions/${newest - 1}`,
    ]);
    const token = first.body.nextPageToken as string;
    expect(token).not.toBe("");
    const rest = await call(`/assets/v1/assets/${assetId}/versions?maxPageSize=2&pageToken=${token}`);
    both(
      rest.status,
      rest.body,
      "/assets/v1/assets/{assetId}/versions",
      "/v1/assets/{assetId}/versions",
      "get",
    );

    const one = await call(`/assets/v1/assets/${assetId}/versions/1`);
    both(
      one.status,
      one.body,
      "/assets/v1/assets/{assetId}/versions/{versionNumber}",
      "/v1/assets/{assetId}/versions/{versionNumber}",
      "get",
    );
    expect(one.body.path).toBe(`assets/${assetId}/versions/1`);

    const rolled = await call(`/assets/v1/assets/${assetId}/versions:rollback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ assetVersion: `assets/${assetId}/versions/1` }),
    });
    both(
      rolled.status,
      rolled.body,
      "/assets/v1/assets/{assetId}/versions:rollback",
      "/v1/assets/{assetId}/versions:rollback",
      "post",
    );
    expect(rolled.body.path).toBe(`assets/${assetId}/versions/${newest + 1}`);
    const after = emu.world.assetVersions(assetId);
    expect(after.at(-1)?.contentSha256).toBe(after[0]?.contentSha256);

    const archived = await call(`/assets/v1/assets/${assetId}:archive`, { method: "POST" });
    both(
      archived.status,
      archived.body,
      "/assets/v1/assets/{assetId}:archive",
      "/v1/assets/{assetId}:archive",
      "post",
    );
    expect(archived.body.state).toBe("Archived");
    const restored = await call(`/assets/v1/assets/${assetId}:restore`, { method: "POST" });
    both(
      restored.status,
      restored.body,
      "/assets/v1/assets/{assetId}:restore",
      "/v1/assets/{assetId}:restore",
      "post",
    );
    expect(restored.body.state).toBe("Active");
  });

  it("a multipart rollback as the spec's requestBody declares it", async () => {
    const assetId = emu.world.subjects.modelAsset.assetId;
    const form = new FormData();
    form.set("assetVersion", `assets/${assetId}/versions/1`);
    const rolled = await call(`/assets/v1/assets/${assetId}/versions:rollback`, {
      method: "POST",
      body: form,
    });
    conforms(rolled.status, rolled.body, 200, {
      spec: "assets",
      path: "/v1/assets/{assetId}/versions:rollback",
      method: "post",
    });
  });

  it("errors: unknown version 404, bad assetVersion 400, someone else's asset 403, no write scope", async () => {
    const assetId = emu.world.subjects.modelAsset.assetId;
    const missing = await call(`/assets/v1/assets/${assetId}/versions/999`);
    conforms(missing.status, missing.body, 404, ASSETS_ERROR);
    const unknownAsset = await call("/assets/v1/assets/1/versions");
    conforms(unknownAsset.status, unknownAsset.body, 404, ASSETS_ERROR);
    const bad = await call(`/assets/v1/assets/${assetId}/versions:rollback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ assetVersion: "assets/1/versions/1" }),
    });
    conforms(bad.status, bad.body, 400, ASSETS_ERROR);
    const foreign = await call(`/assets/v1/assets/${assetId}:archive`, {
      method: "POST",
      key: emu.world.addApiKey({
        ownerUserId: emu.world.subjects.richUser.userId,
        scopes: ["asset:read", "asset:write"],
      }).key,
    });
    conforms(foreign.status, foreign.body, 403, ASSETS_ERROR);
    const readOnly = await call(`/assets/v1/assets/${assetId}:archive`, {
      method: "POST",
      key: emu.world.subjects.keys.assetsReadOnly,
    });
    conforms(readOnly.status, readOnly.body, 403, V2_ERROR);
  });
});

describe("public web APIs", () => {
  it("usernames lookup and its 400", async () => {
    const json = { "content-type": "application/json" };
    const s = emu.world.subjects;
    const ok = await call("/v1/usernames/users", {
      key: null,
      method: "POST",
      headers: json,
      body: JSON.stringify({ usernames: [s.longNameUser.username, "missing"], excludeBannedUsers: true }),
    });
    conforms(ok.status, ok.body, 200, { spec: "cloud", path: "/v1/usernames/users", method: "post" });
    const tooMany = await call("/v1/usernames/users", {
      key: null,
      method: "POST",
      headers: json,
      body: JSON.stringify({ usernames: Array.from({ length: 200 }, (_, i) => `n${i}`) }),
    });
    conforms(tooMany.status, tooMany.body, 400, LEGACY);
  });

  it("catalog details after the CSRF handshake, badge info, thumbnails", async () => {
    const items = emu.world
      .inventoryOf(emu.world.subjects.richUser.userId)
      .flatMap((e) => (e.kind === "asset" ? [{ itemType: 1, id: Number(e.assetId) }] : []))
      .filter((_, i) => i % 70 === 0)
      .slice(0, 120);
    const request = {
      key: null,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ items }),
    };
    const first = await call("/v1/catalog/items/details", request);
    conforms(first.status, first.body, 403, LEGACY);
    const token = first.headers.get("x-csrf-token") ?? "";
    const details = await call("/v1/catalog/items/details", {
      ...request,
      headers: { ...request.headers, "x-csrf-token": token },
    });
    conforms(details.status, details.body, 200, {
      spec: "cloud",
      path: "/v1/catalog/items/details",
      method: "post",
    });
    expect((details.body.data as Json[]).length).toBe(items.length);
    const badgeId = emu.world.inventoryOf(emu.world.subjects.richUser.userId).find((e) => e.kind === "badge");
    const badge = await call(`/v1/badges/${badgeId?.kind === "badge" ? badgeId.badgeId : ""}`, { key: null });
    conforms(badge.status, badge.body, 200, { spec: "cloud", path: "/v1/badges/{badgeId}", method: "get" });
    const noBadge = await call("/v1/badges/1", { key: null });
    conforms(noBadge.status, noBadge.body, 404, LEGACY);
    const thumbs = await call(
      `/v1/assets?assetIds=${items
        .slice(0, 5)
        .map((i) => i.id)
        .join(",")},1&size=150x150&format=Png`,
      { key: null },
    );
    conforms(thumbs.status, thumbs.body, 200, { local: "THUMBNAILS" });
  });
});

describe("rate limiting and injected faults", () => {
  it("429 and 5xx bodies in each API's style", async () => {
    const s = emu.world.subjects;
    const cases: Array<[string, Check, Check]> = [
      [`/cloud/v2/users/${s.smallUser.userId}`, V2_ERROR, V2_ERROR],
      [`/assets/v1/assets/${s.modelAsset.assetId}`, ASSETS_ERROR, ASSETS_ERROR],
      ["/v1/badges/2100000001", LEGACY, LEGACY],
    ];
    for (const [path, check429, check5xx] of cases) {
      emu.setFaults({ storm429: { count: 1, retryAfterSeconds: 2 } });
      const limited = await call(path, { key: path.startsWith("/v1/") ? null : emu.adminKey });
      conforms(limited.status, limited.body, 429, check429);
      emu.setFaults({ status5xx: { count: 1 } });
      const failed = await call(path, { key: path.startsWith("/v1/") ? null : emu.adminKey });
      conforms(failed.status, failed.body, 500, check5xx);
    }
    emu.setFaults({});
  });

  it("a real 429 from the limiter", async () => {
    const limited = await startOpenCloudEmulator({
      rateLimits: { inventory: { limit: 1, windowMs: 60_000 } },
    });
    try {
      const path = `${limited.url}/cloud/v2/users/${limited.world.subjects.smallUser.userId}/inventory-items`;
      await (await fetch(path, { headers: { "x-api-key": limited.adminKey } })).arrayBuffer();
      const res = await fetch(path, { headers: { "x-api-key": limited.adminKey } });
      conforms(res.status, await res.json(), 429, V2_ERROR);
      expect(res.headers.get("retry-after")).not.toBeNull();
    } finally {
      await limited.close();
    }
  });
});

it("lists every tolerated difference with its reason", () => {
  for (const difference of TOLERATED_DIFFERENCES) {
    expect(difference.reason.length).toBeGreaterThan(20);
  }
});
