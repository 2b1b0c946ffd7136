import Keyv from "keyv";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ItemDetailsService } from "../../../src/services/inventory/itemDetails.js";
import { createOpenCloudClient, type OpenCloudClient } from "../../../src/services/opencloud/index.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../../emulators/opencloud/index.js";

let emu: OpenCloudEmulator;
let roblox: OpenCloudClient;
beforeAll(async () => {
  emu = await startOpenCloudEmulator({ seed: 1, webLimits: "off", pendingThumbnails: 1 });
  const url = emu.url;
  roblox = createOpenCloudClient({
    apiKey: emu.adminKey,
    baseUrls: { apis: url, users: url, catalog: url, badges: url, thumbnails: url },
  });
});
afterAll(async () => {
  await roblox.close();
  await emu.close();
});

describe("pictures Roblox is still rendering", () => {
  it("caches a Pending thumbnail briefly and asks again later, while finished ones stay cached", async () => {
    let now = Date.parse("2026-12-01T12:00:00Z");
    const service = new ItemDetailsService(roblox.items, new Keyv(), pino({ level: "silent" }), {
      now: () => now,
    });
    const refs = emu.world
      .inventoryOf(emu.world.subjects.richUser.userId)
      .flatMap((item) => (item.kind === "asset" ? [{ kind: "asset" as const, id: item.assetId }] : []))
      .slice(0, 20);
    // Pictures of every kind go through one mixed batch request (thumbnails.roblox.com POST /v1/batch).
    const thumbnailCalls = () => emu.countRequests({ path: "/v1/batch" });

    const first = await service.details(refs);
    const pending = refs.filter((ref) => first.get(`asset:${ref.id}`)?.imageUrl === undefined);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.length).toBeLessThan(refs.length);
    expect(thumbnailCalls()).toBe(1);

    // Within a few seconds the cache answers; nothing is asked.
    now += 5_000;
    await service.details(refs);
    expect(thumbnailCalls()).toBe(1);

    // A couple of minutes later the pending ones are asked for again (one request), and now they are there.
    now += 2 * 60_000;
    const later = await service.details(refs);
    expect(thumbnailCalls()).toBe(2);
    for (const ref of refs)
      expect(later.get(`asset:${ref.id}`)?.imageUrl).toMatch(/^https:\/\/tr\.rbxcdn\.com\//);
  });
});
