import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SpecValidator } from "./conformance/specValidator.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "./index.js";

/** The answers real Roblox gives that the documented happy paths leave out: 401 bodies, retired and IP-bound keys. */
let legacy: OpenCloudEmulator;
let v2: OpenCloudEmulator;
let validator: SpecValidator;
beforeAll(async () => {
  validator = new SpecValidator();
  [legacy, v2] = await Promise.all([
    startOpenCloudEmulator({ rateLimits: "off" }),
    startOpenCloudEmulator({ rateLimits: "off", unauthorizedBody: "v2" }),
  ]);
});
afterAll(async () => {
  await Promise.all([legacy.close(), v2.close()]);
});

type Json = Record<string, unknown>;

async function get(emu: OpenCloudEmulator, path: string, key: string) {
  const res = await fetch(`${emu.url}${path}`, { headers: { "x-api-key": key } });
  return { status: res.status, body: (await res.json()) as Json };
}

const REFUSALS = [
  "a key without asset:read",
  "another user's key on a private inventory",
  "a key used from an address it does not accept",
  "a retired group-owned key",
  "an expired key",
] as const;

function refusal(emu: OpenCloudEmulator, what: (typeof REFUSALS)[number]): [path: string, key: string] {
  const s = emu.world.subjects;
  const profile = `/cloud/v2/users/${s.smallUser.userId}`;
  switch (what) {
    case "a key without asset:read":
      return [`/assets/v1/assets/${s.modelAsset.assetId}`, s.keys.noScopes];
    case "another user's key on a private inventory":
      return [`/cloud/v2/users/${s.privateUser.userId}/inventory-items`, emu.adminKey];
    case "a key used from an address it does not accept":
      return [profile, s.keys.ipRestricted];
    case "a retired group-owned key":
      return [profile, s.keys.retiredGroupKey];
    case "an expired key":
      return [profile, s.keys.expired];
  }
}

describe("401 answers", () => {
  it.each(REFUSALS)("%s: 401 with the gateway body", async (what) => {
    const [path, key] = refusal(legacy, what);
    const { status, body } = await get(legacy, path, key);
    expect(status).toBe(401);
    expect(body).toEqual({ errors: [{ code: 0, message: "Invalid API Key" }] });
    expect(validator.validateLocal("LEGACY_ERROR", body)).toEqual([]);
  });

  it("with unauthorizedBody 'v2', the v2 paths answer 401 in the v2 error shape", async () => {
    const s = v2.world.subjects;
    const user = await get(v2, `/cloud/v2/users/${s.smallUser.userId}`, s.keys.ipRestricted);
    expect(user).toEqual({ status: 401, body: { code: "UNAUTHENTICATED", message: "Invalid API Key" } });
    expect(validator.validateLocal("V2_ERROR", user.body)).toEqual([]);
    const inventory = await get(v2, `/cloud/v2/users/${s.privateUser.userId}/inventory-items`, v2.adminKey);
    expect(inventory.status).toBe(401);
    expect(validator.validateLocal("V2_ERROR", inventory.body)).toEqual([]);
    const asset = await get(v2, `/assets/v1/assets/${s.modelAsset.assetId}`, s.keys.noScopes);
    expect(asset).toEqual({ status: 401, body: { errors: [{ code: 0, message: "Invalid API Key" }] } });
  });

  it("introspection still describes an IP-bound key and no longer knows a group-owned one", async () => {
    const introspect = (apiKey: string) =>
      fetch(`${legacy.url}/api-keys/v1/introspect`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ apiKey }),
      });
    const bound = await introspect(legacy.world.subjects.keys.ipRestricted);
    expect(bound.status).toBe(200);
    expect(await bound.json()).toMatchObject({ enabled: true, expired: false });
    const group = await introspect(legacy.world.subjects.keys.retiredGroupKey);
    expect(group.status).toBe(401);
    expect(await group.json()).toEqual({ errors: [{ code: 0, message: "Invalid API Key" }] });
  });
});

describe("upload quotas", () => {
  async function uploadAudio(emu: OpenCloudEmulator, displayName: string) {
    const { multipartBody } = await import("./uploadHelpers.js");
    const request = {
      assetType: "Audio",
      displayName,
      description: "",
      creationContext: { creator: { userId: emu.world.subjects.admin.userId } },
    };
    const mp3 = Buffer.concat([Buffer.from("ID3\x04\0\0\0\0\0\0", "latin1"), Buffer.alloc(64, 1)]);
    const { body, contentType } = multipartBody(request, {
      bytes: mp3,
      contentType: "audio/mpeg",
      filename: "a.mp3",
    });
    const res = await fetch(`${emu.url}/assets/v1/assets`, {
      method: "POST",
      headers: { "x-api-key": emu.adminKey, "content-type": contentType },
      body,
      duplex: "half",
    } as RequestInit);
    return { status: res.status, body: (await res.json()) as Json };
  }

  it("lists the key owner's audio quota as the spec describes, and counts uploads against it", async () => {
    const admin = legacy.world.subjects.admin.userId;
    const path = `/cloud/v2/users/${admin}/asset-quotas`;
    const before = await get(
      legacy,
      `${path}?filter=${encodeURIComponent("quotaType == RateLimitUpload && assetType == Audio")}`,
      legacy.adminKey,
    );
    expect(before.status).toBe(200);
    expect(
      validator.validateOperation("cloud", "/cloud/v2/users/{user_id}/asset-quotas", "get", 200, before.body),
    ).toEqual([]);
    const [quota] = before.body.assetQuotas as Json[];
    const capacity = legacy.world.getUser(admin)?.idVerified ? 100 : 10;
    expect(quota).toMatchObject({
      quotaType: "RATE_LIMIT_UPLOAD",
      assetType: "AUDIO",
      period: "MONTH",
      capacity,
    });
    expect((await uploadAudio(legacy, "counted")).status).toBe(200);
    const after = await get(legacy, path, legacy.adminKey);
    expect((after.body.assetQuotas as Json[])[0]?.usage).toBe((quota?.usage as number) + 1);
    const other = await get(
      legacy,
      `/cloud/v2/users/${legacy.world.subjects.smallUser.userId}/asset-quotas`,
      legacy.adminKey,
    );
    expect(other.status).toBe(401);
  });

  it("refuses an audio upload over the quota with 429 RESOURCE_EXHAUSTED and the reset time", async () => {
    const admin = legacy.world.subjects.admin.userId;
    const capacity = legacy.world.getUser(admin)?.idVerified ? 100 : 10;
    legacy.quotas.setAudioUsage(admin, capacity, legacy.clock.now());
    const refusedUpload = await uploadAudio(legacy, "over quota");
    expect(refusedUpload.status).toBe(429);
    expect(validator.validateLocal("ASSETS_ERROR", refusedUpload.body)).toEqual([]);
    expect(refusedUpload.body.message).toMatch(
      /^Upload quota exceeded: .* It resets at \d{4}-\d{2}-01T00:00:00\.000Z\.$/,
    );
    legacy.quotas.setAudioUsage(admin, 0, legacy.clock.now());
  });
});

describe("moderation that stays Reviewing after the operation is done", () => {
  async function createDecal(emu: OpenCloudEmulator, displayName: string): Promise<string> {
    const { multipartBody, PNG_BYTES } = await import("./uploadHelpers.js");
    const request = {
      assetType: "Decal",
      displayName,
      description: "",
      creationContext: { creator: { userId: emu.world.subjects.admin.userId } },
    };
    const { body, contentType } = multipartBody(request, {
      bytes: PNG_BYTES,
      contentType: "image/png",
      filename: "a.png",
    });
    const res = await fetch(`${emu.url}/assets/v1/assets`, {
      method: "POST",
      headers: { "x-api-key": emu.adminKey, "content-type": contentType },
      body,
      duplex: "half",
    } as RequestInit);
    const operationId = ((await res.json()) as Json).operationId as string;
    for (let poll = 0; poll < 10; poll++) {
      const op = await get(emu, `/assets/v1/operations/${operationId}`, emu.adminKey);
      if (op.body.done === true) {
        expect(
          validator.validateOperation("assets", "/v1/operations/{operationId}", "get", 200, op.body),
        ).toEqual([]);
        const response = op.body.response as Json;
        expect(response.moderationResult).toEqual({ moderationState: "Reviewing" });
        return response.assetId as string;
      }
    }
    throw new Error("the operation never finished");
  }

  it.each([
    ["reviewing sample", "Approved"],
    ["reviewing-rejected sample", "Rejected"],
  ])("%s: Reviewing for reviewingReads reads, then %s", async (name, verdict) => {
    const emu = await startOpenCloudEmulator({ rateLimits: "off", operationPolls: 1, reviewingReads: 2 });
    try {
      const assetId = await createDecal(emu, name);
      const states: unknown[] = [];
      for (let read = 0; read < 4; read++) {
        const asset = await get(emu, `/assets/v1/assets/${assetId}`, emu.adminKey);
        expect(validator.validateOperation("assets", "/v1/assets/{assetId}", "get", 200, asset.body)).toEqual(
          [],
        );
        states.push((asset.body.moderationResult as Json).moderationState);
      }
      expect(states).toEqual(["Reviewing", "Reviewing", verdict, verdict]);
    } finally {
      await emu.close();
    }
  });
});
