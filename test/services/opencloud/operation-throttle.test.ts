import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InProcessRateLimiter, rateLimitsWith } from "../../../src/services/opencloud/index.js";
import { type Harness, startHarness } from "./harness.js";

// Get Operation is throttled per single key (spec x-roblox-throttling-limit: 100 per 60 s),
// besides the owner's 300/min. Scaled down on both sides so the test runs in seconds.
const THROTTLE = { limit: 6, windowMs: 1_500 };

let h: Harness;
beforeAll(async () => {
  h = await startHarness(
    { operationPolls: 4, rateLimits: "off", keyThrottles: { operations: THROTTLE } },
    { limiter: new InProcessRateLimiter({ limits: rateLimitsWith({ "operations-key": THROTTLE }) }) },
  );
});
afterAll(async () => {
  await h.close();
});

const PNG = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.alloc(256, 7)]);

describe("operation polling under the per-key throttle", () => {
  it("keeps every concurrent upload's polling inside one shared per-key budget", async () => {
    const admin = h.emulator.world.subjects.admin.userId;
    const operations = await Promise.all(
      [1, 2, 3].map((n) =>
        h.client.assets.createAsset({
          assetType: "Decal",
          displayName: `throttle probe ${n}`,
          description: "",
          creator: { userId: admin },
          file: {
            stream: Readable.from([PNG]),
            size: PNG.length,
            contentType: "image/png",
            fileName: "a.png",
          },
        }),
      ),
    );
    h.emulator.clearRequests();
    const outcomes = await Promise.all(
      operations.map((op) =>
        h.client.assets.waitForOperation(op.operationId, {
          initialDelayMs: 10,
          maxDelayMs: 20,
          deadlineMs: 20_000,
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(["approved", "approved", "approved"]);
    const polls = h.emulator.requests.filter((r) => r.family === "operations");
    expect(polls.length).toBeGreaterThanOrEqual(3 * 5);
    expect(polls.filter((r) => r.status === 429)).toHaveLength(0);
  });
});
