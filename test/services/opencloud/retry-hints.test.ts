import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/translator.js";
import { failureOf } from "../../../src/services/failure.js";
import {
  createOpenCloudClient,
  OpenCloudError,
  RETRY_HINT_CAP_MS,
} from "../../../src/services/opencloud/index.js";
import { describeFailure } from "../../../src/text/failures.js";
import { type Harness, startHarness } from "./harness.js";

// A real 429 was captured with no retry-after, 86 requests left and a daily window: quota
// bookkeeping, not a hint. Real 5xx answers carry the same headers.
const DAILY_WINDOW = {
  "x-ratelimit-limit": "100, 100;w=86400",
  "x-ratelimit-remaining": "86",
  "x-ratelimit-reset": "56442",
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness(
    {},
    { retry: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 100, deadlineMs: 10_000 } },
  );
});
afterEach(() => {
  h.emulator.setFaults({});
  h.emulator.clearRequests();
});
afterAll(async () => {
  await h.close();
});

const small = () => h.emulator.world.subjects.smallUser.userId;
const userPath = () => `/cloud/v2/users/${small()}`;

describe("retry hints", () => {
  it("retries a 5xx soon although it carries x-ratelimit-reset: 45 (never read for a 5xx)", async () => {
    h.emulator.setFaults({
      status5xx: {
        count: 1,
        status: 503,
        headers: {
          "x-ratelimit-limit": "1000, 1000;w=60",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": "45",
        },
      },
    });
    const user = await h.client.users.getUser(small());
    expect(user.id).toBe(small());
    expect(h.emulator.countRequests({ path: userPath() })).toBe(2);
  });

  it("backs off and retries a 429 without retry-after whose quota is not used up (remaining 86, daily window)", async () => {
    h.emulator.setFaults({ storm429: { count: 2, retryAfterSeconds: null, headers: DAILY_WINDOW } });
    const user = await h.client.users.getUser(small());
    expect(user.id).toBe(small());
    expect(h.emulator.countRequests({ path: userPath() })).toBe(3);
  });

  it("waits for x-ratelimit-reset when a 429 without retry-after says remaining 0 (multi-window headers)", async () => {
    h.emulator.setFaults({
      storm429: {
        count: 1,
        retryAfterSeconds: null,
        headers: { "x-ratelimit-limit": "5, 5;w=1", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" },
      },
    });
    await h.client.users.getUser(small());
    const [limited, retried] = h.emulator.requests.filter((r) => r.path === userPath());
    expect(limited?.status).toBe(429);
    expect(retried?.status).toBe(200);
    expect((retried?.time ?? 0) - (limited?.time ?? 0)).toBeGreaterThanOrEqual(1_000);
  });

  it("never tells anyone to wait longer than the cap, even for a daily window that is used up", async () => {
    const once = createOpenCloudClient({
      apiKey: h.emulator.adminKey,
      baseUrls: { apis: h.emulator.url, users: h.emulator.url },
      retry: { maxAttempts: 1 },
    });
    try {
      h.emulator.setFaults({
        storm429: {
          count: 1,
          retryAfterSeconds: null,
          headers: { ...DAILY_WINDOW, "x-ratelimit-remaining": "0" },
        },
      });
      const error = await once.users.getUser(small()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpenCloudError);
      const hint = (error as OpenCloudError).retryAfterMs ?? 0;
      expect(hint).toBeGreaterThan(0);
      expect(hint).toBeLessThanOrEqual(RETRY_HINT_CAP_MS);
      const failure = describeFailure(failureOf(error));
      expect(failure).toEqual({ key: "failure.rateLimited", params: { count: RETRY_HINT_CAP_MS / 1000 } });
      expect(en.render(failure!)).toBe(
        `Roblox is limiting how fast the bot may ask right now. Try again in ${(RETRY_HINT_CAP_MS / 1000).toLocaleString("en-US")} seconds.`,
      );
    } finally {
      await once.close();
    }
  });
});
