import { describe, expect, it } from "vitest";
import { OpenCloudError } from "../../../src/services/opencloud/index.js";
import {
  backoffDelayMs,
  type RetryPolicy,
  retryDelayMs,
  withRetry,
} from "../../../src/services/opencloud/retry.js";

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, deadlineMs: 10_000 };
const err = (kind: OpenCloudError["kind"], retryAfterMs?: number) =>
  new OpenCloudError({
    kind,
    status: kind === "rate_limited" ? 429 : 503,
    message: kind,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

describe("backoff", () => {
  it("doubles from the base, is capped, and keeps at least half under jitter", () => {
    expect(backoffDelayMs(1, policy, () => 1)).toBe(100);
    expect(backoffDelayMs(2, policy, () => 1)).toBe(200);
    expect(backoffDelayMs(3, policy, () => 1)).toBe(400);
    expect(backoffDelayMs(10, policy, () => 1)).toBe(1000);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(200);
  });

  it("never waits less than the server asks, even above maxDelayMs", () => {
    expect(retryDelayMs(err("rate_limited", 5_000), 1, policy, () => 0)).toBe(5_000);
    expect(retryDelayMs(err("rate_limited", 5_000), 1, policy, () => 1)).toBeGreaterThanOrEqual(5_000);
    expect(retryDelayMs(err("rate_limited"), 2, policy, () => 1)).toBe(200);
  });
});

function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe("withRetry", () => {
  it("retries rate limits and unavailability, then succeeds", async () => {
    const time = fakeTime();
    const failures = [err("rate_limited", 1_000), err("unavailable"), err("unavailable")];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        const next = failures.shift();
        if (next) throw next;
        return "ok";
      },
      { policy, idempotent: true, now: time.now, sleep: time.sleep, random: () => 0 },
    );
    expect(result).toBe("ok");
    expect(calls).toBe(4);
    expect(time.sleeps).toEqual([1_000, 100, 200]);
  });

  it("does not retry errors a retry cannot fix", async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw err("not_found");
        },
        { policy, idempotent: true, sleep: async () => {} },
      ),
    ).rejects.toMatchObject({ kind: "not_found" });
    expect(calls).toBe(1);
  });

  it("never repeats a non-idempotent request", async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw err("unavailable");
        },
        { policy, idempotent: false, sleep: async () => {} },
      ),
    ).rejects.toMatchObject({ kind: "unavailable" });
    expect(calls).toBe(1);
  });

  it("stops after maxAttempts", async () => {
    const time = fakeTime();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw err("unavailable");
        },
        { policy, idempotent: true, now: time.now, sleep: time.sleep, random: () => 0 },
      ),
    ).rejects.toBeInstanceOf(OpenCloudError);
    expect(calls).toBe(policy.maxAttempts);
  });

  it("gives up rather than wait past the deadline", async () => {
    const time = fakeTime();
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw err("rate_limited", 60_000);
        },
        { policy, idempotent: true, now: time.now, sleep: time.sleep },
      ),
    ).rejects.toMatchObject({ kind: "rate_limited", retryAfterMs: 60_000 });
    expect(calls).toBe(1);
    expect(time.sleeps).toEqual([]);
  });
});
