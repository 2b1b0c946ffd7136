import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "./index.js";

let emu: OpenCloudEmulator;
beforeAll(async () => {
  emu = await startOpenCloudEmulator({ rateLimits: "off", permissionFailures: "403" });
});
afterAll(() => emu.close());

async function get(path: string, headers: Record<string, string>) {
  const res = await fetch(`${emu.url}${path}`, { headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("API key and OAuth authentication", () => {
  const userPath = () => `/cloud/v2/users/${emu.world.subjects.smallUser.userId}`;

  it.each([
    ["a missing key", {}],
    ["an unknown key", { "x-api-key": "not-a-real-key" }],
    ["a disabled key", { "x-api-key": "DISABLED" }],
    ["an expired key", { "x-api-key": "EXPIRED" }],
    ["an unknown bearer token", { authorization: "Bearer nope" }],
  ])(
    "answers %s with 401 and the gateway error shape",
    async (_label, rawHeaders: Record<string, string>) => {
      const headers = { ...rawHeaders };
      if (headers["x-api-key"] === "DISABLED") headers["x-api-key"] = emu.world.subjects.keys.disabled;
      if (headers["x-api-key"] === "EXPIRED") headers["x-api-key"] = emu.world.subjects.keys.expired;
      const { status, body } = await get(userPath(), headers);
      expect(status).toBe(401);
      expect(body).toEqual({ errors: [{ code: 0, message: expect.any(String) }] });
    },
  );

  it("accepts a valid key and a valid bearer token, and logs the owner, never the key", async () => {
    emu.clearRequests();
    expect((await get(userPath(), { "x-api-key": emu.adminKey })).status).toBe(200);
    expect(
      (await get(userPath(), { authorization: `Bearer ${emu.world.subjects.oauth.admin}` })).status,
    ).toBe(200);
    expect(emu.requests.map((r) => r.keyOwner)).toEqual([
      `users/${emu.world.subjects.admin.userId}`,
      `users/${emu.world.subjects.admin.userId}`,
    ]);
    expect(JSON.stringify(emu.requests)).not.toContain(emu.adminKey);
  });

  it("returns idVerified and socialNetworkProfiles only with their scopes", async () => {
    const full = await get(userPath(), { "x-api-key": emu.adminKey });
    expect(full.body).toHaveProperty("idVerified");
    expect(full.body).toHaveProperty("socialNetworkProfiles");
    const bare = await get(userPath(), { "x-api-key": emu.world.subjects.keys.noScopes });
    expect(bare.status).toBe(200);
    expect(bare.body).not.toHaveProperty("idVerified");
    expect(bare.body).not.toHaveProperty("socialNetworkProfiles");
  });

  it("answers 403 PERMISSION_DENIED when the key lacks a scope the endpoint needs", async () => {
    const { status, body } = await get(`/assets/v1/assets/${emu.world.subjects.modelAsset.assetId}`, {
      "x-api-key": emu.world.subjects.keys.noScopes,
    });
    expect(status).toBe(403);
    expect(body.code).toBe("PERMISSION_DENIED");
    const readOnly = await get(`/assets/v1/assets/${emu.world.subjects.modelAsset.assetId}`, {
      "x-api-key": emu.world.subjects.keys.assetsReadOnly,
    });
    expect(readOnly.status).toBe(200);
    const write = await fetch(`${emu.url}/assets/v1/assets`, {
      method: "POST",
      headers: {
        "x-api-key": emu.world.subjects.keys.assetsReadOnly,
        "content-type": "multipart/form-data; boundary=x",
      },
      body: "--x--\r\n",
    });
    expect(write.status).toBe(403);
  });

  it("serves public web APIs without any key", async () => {
    const res = await fetch(`${emu.url}/v1/usernames/users`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        usernames: [emu.world.subjects.smallUser.username.toLowerCase(), "NoSuchUser"],
      }),
    });
    const body = (await res.json()) as { data: Array<{ id: number; requestedUsername: string }> };
    expect(res.status).toBe(200);
    expect(body.data).toEqual([
      expect.objectContaining({
        id: Number(emu.world.subjects.smallUser.userId),
        requestedUsername: emu.world.subjects.smallUser.username.toLowerCase(),
      }),
    ]);
    const tooMany = await fetch(`${emu.url}/v1/usernames/users`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ usernames: Array.from({ length: 101 }, (_, i) => `u${i}`) }),
    });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toEqual({ errors: [{ code: 2, message: "Too many usernames." }] });
  });
});

describe("game-pass product info", () => {
  it("names known passes and answers 404 for unknown ones, without a key", async () => {
    const pass = emu.world
      .inventoryOf(emu.world.subjects.smallUser.userId)
      .find((e) => e.kind === "gamePass");
    const id = pass?.kind === "gamePass" ? pass.gamePassId : "";
    const res = await fetch(`${emu.url}/game-passes/v1/game-passes/${id}/product-info`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ TargetId: Number(id), Name: expect.any(String) });
    expect((await fetch(`${emu.url}/game-passes/v1/game-passes/1/product-info`)).status).toBe(404);
  });
});

describe("API key introspection", () => {
  const introspect = (apiKey: string) =>
    fetch(`${emu.url}/api-keys/v1/introspect`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ apiKey }),
    });

  it("describes the admin key: owner, scopes grouped by system, enabled, expiry", async () => {
    const res = await introspect(emu.adminKey);
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      authorizedUserId: Number(emu.world.subjects.admin.userId),
      enabled: true,
      expired: false,
    });
    expect(body.scopes).toContainEqual(
      expect.objectContaining({ name: "asset", operations: ["read", "write"] }),
    );
  });

  it("reports disabled and expired keys, and 401 for unknown ones", async () => {
    expect(await (await introspect(emu.world.subjects.keys.disabled)).json()).toMatchObject({
      enabled: false,
    });
    expect(await (await introspect(emu.world.subjects.keys.expired)).json()).toMatchObject({ expired: true });
    expect((await introspect("nope")).status).toBe(401);
  });
});
