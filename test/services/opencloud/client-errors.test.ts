import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createOpenCloudClient,
  OpenCloudError,
  type OpenCloudErrorKind,
} from "../../../src/services/opencloud/index.js";
import { type Harness, startHarness, startStub } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(
    {},
    { retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20, deadlineMs: 5_000 } },
  );
});
afterAll(async () => {
  await h.close();
});

const keys = () => h.emulator.world.subjects.keys;
const subjects = () => h.emulator.world.subjects;

async function failure(call: Promise<unknown>): Promise<OpenCloudError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(OpenCloudError);
    const typed = error as OpenCloudError;
    for (const key of Object.values(keys())) expect(typed.message).not.toContain(key);
    return typed;
  }
  throw new Error("expected the call to fail");
}

describe("every error kind, from the emulator", () => {
  it("not_found for an unknown user, group and asset", async () => {
    for (const call of [
      h.client.users.getUser("999999999"),
      h.client.groups.getGroup("999999999"),
      h.client.assets.getAsset("999999999"),
    ]) {
      const error = await failure(call);
      expect(error.kind).toBe<OpenCloudErrorKind>("not_found");
      expect(error.status).toBe(404);
    }
  });

  it("a private inventory is a bare 401 from the gateway, as Roblox usually answers", async () => {
    const error = await failure(h.client.inventory.listInventoryPage(subjects().privateUser.userId));
    expect(error).toMatchObject({ kind: "unauthenticated", status: 401, code: "0" });
  });

  it("unauthenticated for a disabled key (gateway errors[] shape)", async () => {
    const error = await failure(
      h.client.users.getUser(subjects().smallUser.userId, { auth: { kind: "apiKey", key: keys().disabled } }),
    );
    expect(error).toMatchObject({ kind: "unauthenticated", status: 401, code: "0" });
    expect(error.message).toContain("Invalid API Key");
  });

  it("invalid_argument for a filter that mixes type and ID fields, and for a foreign page token", async () => {
    const mixed = await failure(
      h.client.inventory.listInventoryPage(subjects().richUser.userId, {
        filter: "inventoryItemAssetTypes=*;badgeIds=1",
      }),
    );
    expect(mixed).toMatchObject({ kind: "invalid_argument", status: 400, code: "INVALID_ARGUMENT" });
    const token = await failure(
      h.client.inventory.listInventoryPage(subjects().richUser.userId, { pageToken: "not-a-token" }),
    );
    expect(token.kind).toBe("invalid_argument");
  });

  it("rate_limited with the server's retry time once retries are used up", async () => {
    h.emulator.setFaults({ storm429: { count: 5, retryAfterSeconds: 30 } });
    try {
      const error = await failure(h.client.users.getUser(subjects().smallUser.userId));
      expect(error).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 30_000 });
    } finally {
      h.emulator.setFaults({});
    }
  });

  it("unavailable for a persistent 5xx and for dropped connections", async () => {
    h.emulator.setFaults({ status5xx: { count: 5, status: 503 } });
    try {
      expect(await failure(h.client.groups.getGroup(subjects().oneGroup.groupId))).toMatchObject({
        kind: "unavailable",
        status: 503,
      });
      h.emulator.setFaults({ dropConnections: { count: 5 } });
      const dropped = await failure(h.client.groups.getGroup(subjects().oneGroup.groupId));
      expect(dropped).toMatchObject({ kind: "unavailable", status: 0 });
      expect(dropped.code).toMatch(/^(UND_ERR_SOCKET|ECONNRESET|EPIPE)$/);
    } finally {
      h.emulator.setFaults({});
    }
  });
});

describe("error bodies the emulator does not send", () => {
  const KEY = "secret-test-key-0123456789";

  async function clientFor(status: number, body: string, headers: Record<string, string> = {}) {
    const stub = await startStub((_req, res) => {
      res.writeHead(status, { "content-type": "application/json", ...headers }).end(body);
    });
    const client = createOpenCloudClient({
      apiKey: KEY,
      baseUrls: { apis: stub.url, users: stub.url },
      retry: { maxAttempts: 1 },
    });
    return {
      client,
      close: async () => {
        await client.close();
        await stub.close();
      },
    };
  }

  it.each([
    [401, "", "unauthenticated", undefined],
    [
      403,
      '{"error":"INSUFFICIENT_SCOPE","message":"Requires user.inventory-item:read"}',
      "permission_denied",
      "INSUFFICIENT_SCOPE",
    ],
    [502, "<html><body>Bad gateway</body></html>", "unavailable", undefined],
    [409, '{"code":"ABORTED","message":"Conflict"}', "unknown", "ABORTED"],
    [
      400,
      '{"errors":{"assetId":["bad"]},"title":"One or more validation errors occurred.","status":400}',
      "invalid_argument",
      "400",
    ],
  ])("HTTP %i with body %j → %s", async (status, body, kind, code) => {
    const { client, close } = await clientFor(status, body);
    try {
      const error = await failure(client.users.getUser(1));
      expect(error.kind).toBe(kind);
      expect(error.status).toBe(status);
      expect(error.code).toBe(code);
    } finally {
      await close();
    }
  });

  it("unknown for a 2xx body that is not JSON", async () => {
    const { client, close } = await clientFor(200, "<html>oops</html>");
    try {
      expect(await failure(client.users.getUser(1))).toMatchObject({ kind: "unknown", code: "INVALID_JSON" });
    } finally {
      await close();
    }
  });

  it("never puts the API key in an error message, even when the server echoes it", async () => {
    const { client, close } = await clientFor(
      403,
      JSON.stringify({ code: "PERMISSION_DENIED", message: `Key ${KEY} lacks asset:write` }),
    );
    try {
      const error = await failure(client.users.getUser(1));
      expect(error.message).not.toContain(KEY);
      expect(error.message).toContain("[redacted]");
      expect(error.missingScope).toBe("asset:write");
    } finally {
      await close();
    }
  });
});
