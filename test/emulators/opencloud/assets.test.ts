import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, type OpenCloudEmulator, startOpenCloudEmulator } from "./index.js";
import { multipartBody, PNG_BYTES, zeroBytes } from "./uploadHelpers.js";

let emu: OpenCloudEmulator;
beforeAll(async () => {
  emu = await startOpenCloudEmulator({ rateLimits: "off", operationPolls: 2 });
});
afterAll(() => emu.close());

type Json = Record<string, unknown>;

async function send(
  method: string,
  path: string,
  request: Json,
  file?: Parameters<typeof multipartBody>[1],
  key = emu.adminKey,
) {
  const { body, contentType } = multipartBody(request, file);
  const res = await fetch(`${emu.url}${path}`, {
    method,
    headers: { "x-api-key": key, "content-type": contentType },
    body,
    duplex: "half",
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as Json };
}

const decal = (displayName: string, creator: Json = { userId: "ADMIN" }) => ({
  assetType: "Decal",
  displayName,
  description: "uploaded in a test",
  creationContext: {
    creator: creator.userId === "ADMIN" ? { userId: emu.world.subjects.admin.userId } : creator,
  },
});
const png = { bytes: PNG_BYTES, contentType: "image/png", filename: "a.png" };

async function poll(operationId: string, key = emu.adminKey) {
  const res = await fetch(`${emu.url}/assets/v1/operations/${operationId}`, {
    headers: { "x-api-key": key },
  });
  return { status: res.status, body: (await res.json()) as Json };
}

describe("asset operation lifecycle", () => {
  it("create → pending polls (done omitted) → done with the approved asset, then GET works", async () => {
    emu.clearRequests();
    const created = await send("POST", "/assets/v1/assets", decal("Test Decal"), png);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ done: false, path: expect.stringMatching(/^operations\//) });
    const id = created.body.operationId as string;
    expect(created.body.path).toBe(`operations/${id}`);
    expect((await poll(id)).body).toEqual({ path: `operations/${id}`, operationId: id });
    expect((await poll(id)).body).not.toHaveProperty("done");
    const done = await poll(id);
    expect(done.body).toMatchObject({
      done: true,
      response: {
        assetType: "Decal",
        displayName: "Test Decal",
        revisionId: "1",
        moderationResult: { moderationState: "Approved" },
        creationContext: { creator: { userId: emu.world.subjects.admin.userId } },
      },
    });
    const assetId = (done.body.response as Json).assetId as string;
    const asset = await fetch(`${emu.url}/assets/v1/assets/${assetId}?readMask=displayName,assetId`, {
      headers: { "x-api-key": emu.adminKey },
    });
    expect(await asset.json()).toEqual({ assetId, displayName: "Test Decal" });
    expect(emu.countRequests({ method: "POST", path: "/assets/v1/assets" })).toBe(1);
    expect(emu.world.getAsset(assetId)?.contentSize).toBe(PNG_BYTES.length);
  });

  it("rejects by moderation when the name says 'moderated', fails when it says 'fail'", async () => {
    const rejected = await send("POST", "/assets/v1/assets", decal("moderated picture"), png);
    const rid = rejected.body.operationId as string;
    await poll(rid);
    await poll(rid);
    expect((await poll(rid)).body).toMatchObject({
      done: true,
      response: { moderationResult: { moderationState: "Rejected" } },
    });
    const failed = await send("POST", "/assets/v1/assets", decal("please fail"), png);
    const fid = failed.body.operationId as string;
    await poll(fid);
    await poll(fid);
    const done = await poll(fid);
    expect(done.body).toMatchObject({ done: true, error: { code: 400, message: expect.any(String) } });
    expect(done.body).not.toHaveProperty("response");
  });

  it("finishes at once with operationPolls 0", async () => {
    const quick = await startOpenCloudEmulator({ operationPolls: 0 });
    try {
      const { body, contentType } = multipartBody(
        {
          ...decal("Quick"),
          creationContext: { creator: { userId: Number(quick.world.subjects.admin.userId) } },
        },
        png,
      );
      const res = await fetch(`${quick.url}/assets/v1/assets`, {
        method: "POST",
        headers: { "x-api-key": quick.adminKey, "content-type": contentType },
        body,
        duplex: "half",
      } as RequestInit);
      expect(await res.json()).toMatchObject({ done: true, response: { displayName: "Quick" } });
    } finally {
      await quick.close();
    }
  });

  it("answers 404 for an unknown operation", async () => {
    const { status, body } = await poll("00000000-0000-0000-0000-000000000000");
    expect(status).toBe(404);
    expect(body).toEqual({ code: 404, message: expect.any(String) });
  });
});

describe("create checks", () => {
  it.each([
    ["a PNG declared as audio", { ...png, contentType: "audio/mpeg" }, "Decal"],
    [
      "an mp3 uploaded as a Decal",
      { bytes: Buffer.from("ID3"), contentType: "audio/mpeg", filename: "a.mp3" },
      "Decal",
    ],
    ["an empty file", { bytes: Buffer.alloc(0), contentType: "image/png", filename: "a.png" }, "Decal"],
    ["an unknown asset type", png, "Spaceship"],
  ])("refuses %s with 400", async (_label, file, assetType) => {
    const { status, body } = await send("POST", "/assets/v1/assets", { ...decal("x"), assetType }, file);
    expect(status).toBe(400);
    expect(body).toEqual({ code: 400, message: expect.any(String) });
  });

  it("maps moderated names to Roblox's 400 messages", async () => {
    expect((await send("POST", "/assets/v1/assets", decal("a badname"), png)).body).toEqual({
      code: 400,
      message: "AssetName is moderated.",
    });
  });

  it("refuses files over 20 MB while streaming, and answers only after reading the body", async () => {
    const { status, body } = await send("POST", "/assets/v1/assets", decal("big"), {
      bytes: zeroBytes(MAX_UPLOAD_BYTES + 1),
      contentType: "image/png",
      filename: "big.png",
    });
    expect(status).toBe(400);
    expect(body.message).toMatch(/exceeds/);
  });

  it("accepts exactly 20 MB, keeping only its size, hash and first bytes", async () => {
    const { status, body } = await send("POST", "/assets/v1/assets", decal("big ok"), {
      bytes: zeroBytes(MAX_UPLOAD_BYTES),
      contentType: "image/png",
      filename: "big.png",
    });
    expect(status).toBe(200);
    const id = body.operationId as string;
    await poll(id);
    await poll(id);
    const assetId = ((await poll(id)).body.response as Json).assetId as string;
    const stored = emu.world.getAsset(assetId);
    expect(stored?.contentSize).toBe(MAX_UPLOAD_BYTES);
    expect(stored?.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(stored?.contentHead ?? "", "base64").length).toBe(64);
  });

  it("allows the owner's upload group; refuses a retired group key with 401, other users and groups with 403", async () => {
    const group = { groupId: emu.world.subjects.uploadGroup.groupId };
    expect((await send("POST", "/assets/v1/assets", decal("group", group), png)).status).toBe(200);
    const groupKey = emu.world.subjects.keys.retiredGroupKey;
    expect(await send("POST", "/assets/v1/assets", decal("group key", group), png, groupKey)).toEqual({
      status: 401,
      body: { errors: [{ code: 0, message: "Invalid API Key" }] },
    });
    const otherUser = { userId: emu.world.subjects.richUser.userId };
    expect((await send("POST", "/assets/v1/assets", decal("other", otherUser), png)).status).toBe(403);
    const otherGroup = { groupId: emu.world.subjects.manyRolesGroup.groupId };
    expect((await send("POST", "/assets/v1/assets", decal("other group", otherGroup), png)).status).toBe(403);
  });
});

describe("update asset", () => {
  it("uploads a new version of a Model, bumping revisionId after the operation", async () => {
    const modelId = emu.world.subjects.modelAsset.assetId;
    const model = {
      bytes: Buffer.from("Kaydara FBX Binary  \0"),
      contentType: "model/fbx",
      filename: "m.fbx",
    };
    const updated = await send("PATCH", `/assets/v1/assets/${modelId}`, { assetId: modelId }, model);
    expect(updated.status).toBe(200);
    const id = updated.body.operationId as string;
    await poll(id);
    await poll(id);
    expect((await poll(id)).body).toMatchObject({
      done: true,
      response: { assetId: modelId, revisionId: "2" },
    });
  });

  it("refuses new Model content in any format but .fbx, as documented", async () => {
    const modelId = emu.world.subjects.modelAsset.assetId;
    for (const [contentType, filename] of [
      ["model/x-rbxm", "m.rbxm"],
      ["model/gltf-binary", "m.glb"],
    ]) {
      const model = { bytes: Buffer.from("model bytes"), contentType, filename } as typeof png;
      const { status, body } = await send(
        "PATCH",
        `/assets/v1/assets/${modelId}`,
        { assetId: modelId },
        model,
      );
      expect(status).toBe(400);
      expect(body.message).toBe(
        `Updating asset content is only supported for .fbx files, not ${contentType}.`,
      );
    }
  });

  it("refuses new content for other asset types, as Roblox does", async () => {
    const decalId = emu.world.subjects.decalAsset.assetId;
    const { status, body } = await send("PATCH", `/assets/v1/assets/${decalId}`, { assetId: decalId }, png);
    expect(status).toBe(400);
    expect(body.message).toMatch(/Only Models/);
  });

  it("updates metadata only, honouring updateMask", async () => {
    const decalId = emu.world.subjects.decalAsset.assetId;
    const res = await send("PATCH", `/assets/v1/assets/${decalId}?updateMask=description`, {
      assetId: decalId,
      displayName: "ignored",
      description: "new description",
    });
    expect(res.body).toMatchObject({
      done: true,
      response: { description: "new description", displayName: "Seeded Decal" },
    });
  });

  it("answers 404 for an unknown asset", async () => {
    expect((await send("PATCH", "/assets/v1/assets/123", { assetId: "123" })).status).toBe(404);
  });
});

describe("the request part", () => {
  async function create(target: OpenCloudEmulator, requestPartHeaders: string) {
    const request = {
      ...decal("Part shape"),
      creationContext: { creator: { userId: target.world.subjects.admin.userId } },
    };
    const { body, contentType } = multipartBody(request, png, requestPartHeaders);
    const res = await fetch(`${target.url}/assets/v1/assets`, {
      method: "POST",
      headers: { "x-api-key": target.adminKey, "content-type": contentType },
      body,
      duplex: "half",
    } as RequestInit);
    return { status: res.status, body: (await res.json()) as Json };
  }

  it("with requestPart 'field', takes only a plain form field; by default a typed part too", async () => {
    const strict = await startOpenCloudEmulator({ rateLimits: "off", requestPart: "field" });
    try {
      expect((await create(strict, "")).status).toBe(200);
      const typed = await create(strict, "Content-Type: application/json\r\n");
      expect(typed).toEqual({
        status: 400,
        body: { code: 400, message: 'The multipart field "request" must be a plain form field.' },
      });
      expect((await create(strict, "Content-Type: text/plain; charset=utf-8\r\n")).status).toBe(200);
    } finally {
      await strict.close();
    }
    expect((await create(emu, "Content-Type: application/json\r\n")).status).toBe(200);
  });
});
