import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../index.js";
import { multipartBody, PNG_BYTES } from "../uploadHelpers.js";
import { bearerGet, grantTokens } from "./flowHelpers.js";
import type { OAuthApp } from "./types.js";

let emu: OpenCloudEmulator;
let app: OAuthApp;
beforeAll(async () => {
  emu = await startOpenCloudEmulator({ operationPolls: 0, permissionFailures: "403" });
  app = emu.oauth.defaultApp as OAuthApp;
});
afterAll(() => emu.close());

async function createDecal(token: string, creator: Record<string, string>) {
  const { body, contentType } = multipartBody(
    { assetType: "Decal", displayName: "OAuth decal", creationContext: { creator } },
    { bytes: PNG_BYTES, contentType: "image/png", filename: "a.png" },
  );
  const res = await fetch(`${emu.url}/assets/v1/assets`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    body,
    duplex: "half",
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("bearer tokens from an OAuth grant on Open Cloud", () => {
  it("reads users and memberships with any grant", async () => {
    const { oneGroupUser } = emu.world.subjects;
    const tokens = await grantTokens(emu, app, { userId: oneGroupUser.userId }, { scope: "openid" });
    const profile = await bearerGet(emu, `/cloud/v2/users/${oneGroupUser.userId}`, tokens.access_token);
    expect(profile).toMatchObject({ status: 200, body: { id: oneGroupUser.userId } });
    const memberships = await bearerGet(
      emu,
      `/cloud/v2/groups/-/memberships?filter=${encodeURIComponent(`user in ['users/${oneGroupUser.userId}']`)}`,
      tokens.access_token,
    );
    expect(memberships.status).toBe(200);
    expect((memberships.body.groupMemberships as unknown[]).length).toBe(1);
    expect(emu.requests.at(-1)).toMatchObject({ keyOwner: `users/${oneGroupUser.userId}` });
  });

  it("reads a private inventory only when the owner granted user.inventory-item:read", async () => {
    const { privateUser } = emu.world.subjects;
    const path = `/cloud/v2/users/${privateUser.userId}/inventory-items`;
    const identityOnly = await grantTokens(emu, app, { userId: privateUser.userId }, { scope: "openid" });
    expect((await bearerGet(emu, path, identityOnly.access_token)).status).toBe(403);
    const withInventory = await grantTokens(
      emu,
      app,
      { userId: privateUser.userId },
      { scope: "openid user.inventory-item:read" },
    );
    const granted = await bearerGet(emu, path, withInventory.access_token);
    expect(granted.status).toBe(200);
    expect((granted.body.inventoryItems as unknown[]).length).toBeGreaterThan(0);
    // Someone else's grant with the scope does not open this inventory.
    const other = await grantTokens(
      emu,
      app,
      { userId: emu.world.subjects.smallUser.userId },
      { scope: "openid user.inventory-item:read" },
    );
    expect((await bearerGet(emu, path, other.access_token)).status).toBe(403);
  });

  it("creates assets only with asset scopes and only for the accounts granted at consent", async () => {
    const { admin, uploadGroup } = emu.world.subjects;
    const readOnly = await grantTokens(emu, app, { userId: admin.userId }, { scope: "openid asset:read" });
    const noWrite = await createDecal(readOnly.access_token, { userId: admin.userId });
    expect(noWrite).toMatchObject({ status: 403, body: { code: "PERMISSION_DENIED" } });

    const selfOnly = await grantTokens(
      emu,
      app,
      { userId: admin.userId, creators: ["U"] },
      { scope: "asset:read asset:write" },
    );
    expect((await createDecal(selfOnly.access_token, { userId: admin.userId })).status).toBe(200);
    // admin owns uploadGroup (their API key may upload there) but did not grant it to this app.
    expect((await createDecal(selfOnly.access_token, { groupId: uploadGroup.groupId })).status).toBe(403);

    const groupOnly = await grantTokens(
      emu,
      app,
      { userId: admin.userId, creators: [uploadGroup.groupId] },
      { scope: "asset:read asset:write" },
    );
    const inGroup = await createDecal(groupOnly.access_token, { groupId: uploadGroup.groupId });
    expect(inGroup.status).toBe(200);
    expect((await createDecal(groupOnly.access_token, { userId: admin.userId })).status).toBe(403);
    const operation = await bearerGet(
      emu,
      `/assets/v1/operations/${inGroup.body.operationId as string}`,
      groupOnly.access_token,
    );
    expect(operation).toMatchObject({ status: 200, body: { done: true } });
    // Updating an asset of an account that was not granted is refused too.
    const patch = await fetch(`${emu.url}/assets/v1/assets/${emu.world.subjects.decalAsset.assetId}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${groupOnly.access_token}`, "content-type": "application/json" },
      body: JSON.stringify({ displayName: "Renamed" }),
    });
    expect(patch.status).toBe(403);
  });

  it("limits each authorization separately with the spec's per-authorization numbers", async () => {
    const { smallUser } = emu.world.subjects;
    const path = `/cloud/v2/users/${smallUser.userId}/inventory-items`;
    const first = await grantTokens(emu, app, { userId: smallUser.userId }, { scope: "openid" });
    for (let i = 0; i < 20; i++) expect((await bearerGet(emu, path, first.access_token)).status).toBe(200);
    const limited = await bearerGet(emu, path, first.access_token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ratelimit-limit")).toBe("20, 20;w=60");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another authorization of the same user, and the user's API key, have their own budgets.
    const second = await grantTokens(emu, app, { userId: smallUser.userId }, { scope: "openid" });
    expect((await bearerGet(emu, path, second.access_token)).status).toBe(200);
    const byKey = await fetch(`${emu.url}${path}`, {
      headers: { "x-api-key": emu.world.apiKeyFor(smallUser.userId) },
    });
    expect(byKey.headers.get("x-ratelimit-limit")).toBe("100, 100;w=60");
    // The window is a minute of the emulator's clock.
    emu.clock.advance(60_000);
    expect((await bearerGet(emu, path, first.access_token)).status).toBe(200);
  });

  it("users: 10 per minute per authorization", async () => {
    const { emptyUser } = emu.world.subjects;
    const tokens = await grantTokens(emu, app, { userId: emptyUser.userId }, { scope: "openid" });
    const path = `/cloud/v2/users/${emptyUser.userId}`;
    for (let i = 0; i < 10; i++) expect((await bearerGet(emu, path, tokens.access_token)).status).toBe(200);
    const limited = await bearerGet(emu, path, tokens.access_token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ratelimit-limit")).toBe("10, 10;w=60");
  });

  it("an expired access token is refused with the gateway's 401", async () => {
    const { groupless } = emu.world.subjects;
    const tokens = await grantTokens(emu, app, { userId: groupless.userId }, { scope: "openid" });
    emu.clock.advance(15 * 60_000);
    const answer = await bearerGet(emu, `/cloud/v2/users/${groupless.userId}`, tokens.access_token);
    expect(answer).toMatchObject({
      status: 401,
      body: { errors: [{ code: 0, message: expect.any(String) }] },
    });
  });
});
