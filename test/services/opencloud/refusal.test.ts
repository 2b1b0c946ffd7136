import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createOpenCloudClient,
  type OpenCloudClient,
  OpenCloudError,
  refusalsOf,
} from "../../../src/services/opencloud/index.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../../emulators/opencloud/index.js";

/** Both ways Roblox may refuse a valid key: 401 with the gateway body (usual) or 403 PERMISSION_DENIED (documented). */
const MODES = ["401", "403"] as const;
const emulators = new Map<string, OpenCloudEmulator>();
const clients: OpenCloudClient[] = [];

beforeAll(async () => {
  for (const mode of MODES) {
    emulators.set(
      mode,
      await startOpenCloudEmulator({ seed: 7, webLimits: "off", permissionFailures: mode }),
    );
  }
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await Promise.all([...emulators.values()].map((emu) => emu.close()));
});

function clientFor(emu: OpenCloudEmulator, apiKey: string): OpenCloudClient {
  const client = createOpenCloudClient({
    apiKey,
    baseUrls: { apis: emu.url, users: emu.url },
    retry: { maxAttempts: 1 },
  });
  clients.push(client);
  return client;
}

async function explained(client: OpenCloudClient, call: Promise<unknown>, scopes: readonly string[]) {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(OpenCloudError);
  const result = await refusalsOf(client).explain(error, scopes);
  expect(result).toBeInstanceOf(OpenCloudError);
  return result as OpenCloudError;
}

const png = () => {
  const bytes = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
  return { stream: Readable.from([bytes]), size: bytes.length, contentType: "image/png", fileName: "a.png" };
};

describe.each(MODES)("a refused call, permission failures answered %s", (mode) => {
  const emu = () => emulators.get(mode)!;
  const s = () => emu().world.subjects;

  it("a private inventory is a closed resource, not a bad key", async () => {
    const client = clientFor(emu(), emu().adminKey);
    const error = await explained(client, client.inventory.listInventoryPage(s().privateUser.userId), []);
    expect(error.kind).toBe("permission_denied");
    expect(error.missingScope).toBeUndefined();
  });

  it("an upload with a read-only key names asset:write", async () => {
    const client = clientFor(emu(), s().keys.assetsReadOnly);
    const upload = client.assets.createAsset({
      assetType: "Decal",
      displayName: "x",
      description: "",
      creator: { userId: s().admin.userId },
      file: png(),
    });
    const error = await explained(client, upload, ["asset:read", "asset:write"]);
    expect(error).toMatchObject({ kind: "permission_denied", missingScope: "asset:write" });
  });

  it("a key used from an address it does not accept is said to be that", async () => {
    const client = clientFor(emu(), s().keys.ipRestricted);
    const error = await explained(client, client.users.getUser(s().smallUser.userId), []);
    expect(error).toMatchObject({ kind: "unauthenticated", code: "IP_NOT_ALLOWED" });
  });

  it("a retired group key and a disabled key are bad keys", async () => {
    const group = clientFor(emu(), s().keys.retiredGroupKey);
    expect(await explained(group, group.users.getUser(s().smallUser.userId), [])).toMatchObject({
      kind: "unauthenticated",
      code: "KEY_UNKNOWN",
    });
    const disabled = clientFor(emu(), s().keys.disabled);
    expect(await explained(disabled, disabled.users.getUser(s().smallUser.userId), [])).toMatchObject({
      kind: "unauthenticated",
      code: "KEY_DISABLED",
    });
  });
});
