import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpecValidator } from "../conformance/specValidator.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../index.js";
import { multipartBody, PNG_BYTES } from "../uploadHelpers.js";
import { bearerGet, grantTokens } from "./flowHelpers.js";
import type { OAuthApp } from "./types.js";

/**
 * The vendored spec has no paths under /oauth/ (only the `roblox-oauth2` security scheme), so what it
 * covers is every Open Cloud answer given to an OAuth bearer token: those must match the same schemas.
 */
let emu: OpenCloudEmulator;
let validator: SpecValidator;
let token: string;
beforeAll(async () => {
  validator = new SpecValidator();
  emu = await startOpenCloudEmulator({ rateLimits: "off", operationPolls: 1 });
  const app = emu.oauth.defaultApp as OAuthApp;
  const { admin, uploadGroup } = emu.world.subjects;
  const tokens = await grantTokens(
    emu,
    app,
    { userId: admin.userId, creators: ["U", uploadGroup.groupId] },
    { scope: "openid profile user.inventory-item:read asset:read asset:write group:read" },
  );
  token = tokens.access_token;
});
afterAll(() => emu.close());

function conforms(path: string, method: string, status: number, body: unknown): void {
  expect(
    validator.validateOperation("cloud", path, method, status, body),
    JSON.stringify(body).slice(0, 400),
  ).toEqual([]);
}

describe("Open Cloud answers to OAuth bearer tokens conform to the spec", () => {
  it("user, inventory and memberships", async () => {
    const { admin, richUser } = emu.world.subjects;
    const user = await bearerGet(emu, `/cloud/v2/users/${admin.userId}`, token);
    expect(user.status).toBe(200);
    conforms("/cloud/v2/users/{user_id}", "get", 200, user.body);
    for (const userId of [admin.userId, richUser.userId]) {
      const items = await bearerGet(emu, `/cloud/v2/users/${userId}/inventory-items?maxPageSize=100`, token);
      expect(items.status).toBe(200);
      conforms("/cloud/v2/users/{user_id}/inventory-items", "get", 200, items.body);
    }
    const filter = encodeURIComponent(`user in ['users/${admin.userId}']`);
    const memberships = await bearerGet(emu, `/cloud/v2/groups/-/memberships?filter=${filter}`, token);
    expect(memberships.status).toBe(200);
    conforms("/cloud/v2/groups/{group_id}/memberships", "get", 200, memberships.body);
  });

  it("asset create and its operation", async () => {
    const { admin } = emu.world.subjects;
    const { body, contentType } = multipartBody(
      {
        assetType: "Decal",
        displayName: "Conformance decal",
        creationContext: { creator: { userId: admin.userId } },
      },
      { bytes: PNG_BYTES, contentType: "image/png", filename: "a.png" },
    );
    const res = await fetch(`${emu.url}/assets/v1/assets`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": contentType },
      body,
      duplex: "half",
    } as RequestInit);
    const created = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    conforms("/assets/v1/assets", "post", 200, created);
    for (let poll = 0; poll < 2; poll++) {
      const op = await bearerGet(emu, `/assets/v1/operations/${created.operationId as string}`, token);
      expect(op.status).toBe(200);
      conforms("/assets/v1/operations/{operationId}", "get", 200, op.body);
    }
  });
});
