import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createOpenCloudClient,
  InProcessRateLimiter,
  OpenCloudError,
  rateLimitsWith,
} from "../../../src/services/opencloud/index.js";
import { type Harness, startHarness, startStub } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(
    {},
    { retry: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 100, deadlineMs: 10_000 } },
  );
});
afterEach(() => {
  h.emulator.setFaults({});
  h.emulator.setRateLimits("spec");
  h.emulator.clearRequests();
});
afterAll(async () => {
  await h.close();
});

const subjects = () => h.emulator.world.subjects;
const userPath = () => `/cloud/v2/users/${subjects().smallUser.userId}`;

function png() {
  const bytes = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(1024, 1)]);
  return { stream: Readable.from([bytes]), size: bytes.length, contentType: "image/png", fileName: "a.png" };
}

const createDecal = () =>
  h.client.assets.createAsset({
    assetType: "Decal",
    displayName: "retry probe",
    description: "",
    creator: { userId: subjects().admin.userId },
    file: png(),
  });

describe("GET retries", () => {
  it("waits out a 429 for at least its retry-after, then succeeds", async () => {
    h.emulator.setFaults({ storm429: { count: 1, retryAfterSeconds: 1 } });
    const started = Date.now();
    const user = await h.client.users.getUser(subjects().smallUser.userId);
    expect(user.id).toBe(subjects().smallUser.userId);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(h.emulator.countRequests({ path: userPath() })).toBe(2);
  });

  it("honours the headers of the server's own limiter (retry-after, x-ratelimit-reset)", async () => {
    const client = createOpenCloudClient({
      apiKey: h.emulator.adminKey,
      baseUrls: { apis: h.emulator.url, users: h.emulator.url },
      // No client-side budget for group lookups, so the server's limit is what we meet.
      limiter: new InProcessRateLimiter({ limits: rateLimitsWith({ group: undefined }) }),
      retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20, deadlineMs: 10_000 },
    });
    h.emulator.setRateLimits({ group: { limit: 2, windowMs: 1_000 } });
    try {
      const started = Date.now();
      for (let i = 0; i < 3; i++) await client.groups.getGroup(subjects().oneGroup.groupId);
      const statuses = h.emulator.requests.map((r) => r.status);
      expect(statuses.filter((s) => s === 429)).toHaveLength(1);
      expect(statuses.at(-1)).toBe(200);
      // The 429 said "reset in 1 s"; the retry came no sooner.
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    } finally {
      await client.close();
    }
  });

  it("backs off exponentially on a 429 without any header", async () => {
    let calls = 0;
    const times: number[] = [];
    const stub = await startStub((_req, res) => {
      calls++;
      times.push(Date.now());
      if (calls <= 2) res.writeHead(429).end();
      else
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ id: "1", name: "a", createTime: "2020-01-01T00:00:00Z" }));
    });
    const client = createOpenCloudClient({
      apiKey: "k-123456",
      baseUrls: { apis: stub.url, users: stub.url },
      retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, deadlineMs: 10_000 },
    });
    try {
      expect((await client.users.getUser(1)).id).toBe("1");
      expect(stub.hits).toBe(3);
      const [t0 = 0, t1 = 0, t2 = 0] = times;
      // Equal jitter: at least half of 100 ms, then at least half of 200 ms.
      expect(t1 - t0).toBeGreaterThanOrEqual(45);
      expect(t2 - t1).toBeGreaterThanOrEqual(95);
    } finally {
      await client.close();
      await stub.close();
    }
  });

  it("retries 5xx answers", async () => {
    h.emulator.setFaults({ status5xx: { count: 2, status: 500 } });
    await h.client.users.getUser(subjects().smallUser.userId);
    expect(h.emulator.countRequests({ path: userPath() })).toBe(3);
  });

  it("retries a connection reset", async () => {
    h.emulator.setFaults({ dropConnections: { count: 1 } });
    await h.client.users.getUser(subjects().smallUser.userId);
    expect(h.emulator.countRequests({ path: userPath() })).toBe(2);
  });

  it("stops waiting when the caller aborts", async () => {
    h.emulator.setFaults({ storm429: { count: 1, retryAfterSeconds: 5 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    await expect(
      h.client.users.getUser(subjects().smallUser.userId, { signal: controller.signal }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("the asset-creating POST is never repeated", () => {
  const posts = () => h.emulator.countRequests({ method: "POST", path: "/assets/v1/assets" });

  it("not after a 5xx", async () => {
    h.emulator.setFaults({ status5xx: { count: 1, status: 503, path: /^\/assets\/v1\/assets$/ } });
    await expect(createDecal()).rejects.toMatchObject({ kind: "unavailable", status: 503 });
    expect(posts()).toBe(1);
  });

  it("not after a 429", async () => {
    h.emulator.setFaults({ storm429: { count: 1, retryAfterSeconds: 1, path: /^\/assets\/v1\/assets$/ } });
    const error = await createDecal().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenCloudError);
    expect(error).toMatchObject({ kind: "rate_limited", retryAfterMs: 1_000 });
    expect(posts()).toBe(1);
  });

  it("not after a dropped connection", async () => {
    h.emulator.setFaults({ dropConnections: { count: 1, path: /^\/assets\/v1\/assets$/ } });
    await expect(createDecal()).rejects.toMatchObject({ kind: "unavailable", status: 0 });
    expect(posts()).toBe(1);
  });

  it("nor the model-updating PATCH", async () => {
    const modelId = subjects().modelAsset.assetId;
    h.emulator.setFaults({
      status5xx: { count: 1, status: 500, path: new RegExp(`^/assets/v1/assets/${modelId}$`) },
    });
    const file = { ...png(), contentType: "model/x-rbxm", fileName: "m.rbxm" };
    await expect(h.client.assets.updateAsset(modelId, file)).rejects.toMatchObject({ kind: "unavailable" });
    expect(h.emulator.countRequests({ method: "PATCH" })).toBe(1);
  });

  it("while polling its operation is retried", async () => {
    const op = await createDecal();
    h.emulator.setFaults({ status5xx: { count: 1, status: 500, path: /^\/assets\/v1\/operations\// } });
    expect((await h.client.assets.getOperation(op.operationId)).operationId).toBe(op.operationId);
    expect(h.emulator.countRequests({ family: "operations" })).toBe(2);
    expect(posts()).toBe(1);
  });
});
