import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenCloudError } from "../../../src/services/opencloud/index.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  // The documented 403 for a missing permission (Roblox usually answers 401: see refusal.test.ts).
  h = await startHarness({ permissionFailures: "403" });
});
afterAll(async () => {
  await h.close();
});

describe("asset quotas", () => {
  it("lists a user's audio upload quota, with usage that counts their audio", async () => {
    const world = h.emulator.world;
    const admin = world.subjects.admin.userId;
    const verified = world.getUser(admin)?.idVerified;
    const [before] = await h.client.assets.listAssetQuotas(admin);
    expect(before).toMatchObject({
      quotaType: "RATE_LIMIT_UPLOAD",
      assetType: "AUDIO",
      capacity: verified ? 100 : 10,
      period: "MONTH",
    });
    expect(before?.usageResetTime).toBeInstanceOf(Date);

    // Each audio create counts (the emulator's QuotaBook); spend one as an upload would.
    h.emulator.quotas.setAudioUsage(admin, (before?.usage ?? 0) + 1, h.emulator.clock.now());
    const [after] = await h.client.assets.listAssetQuotas(admin);
    expect(after?.usage).toBe((before?.usage ?? 0) + 1);
    expect(h.emulator.countRequests({ family: "asset-quotas" })).toBe(2);
  });

  it("needs Assets → Read on the key", async () => {
    const { subjects } = h.emulator.world;
    const refused = await h.client.assets
      .listAssetQuotas(subjects.admin.userId, { auth: { kind: "apiKey", key: subjects.keys.noScopes } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OpenCloudError);
    expect(refused).toMatchObject({ kind: "permission_denied" });
  });
});
