import { describe, expect, it } from "vitest";
import type { AssetOperation } from "../../../src/services/opencloud/index.js";
import { waitForOperation } from "../../../src/services/opencloud/waitOperation.js";

const asset = (moderationState: "approved" | "rejected" | "reviewing") => ({
  assetId: "1",
  assetType: "Decal",
  displayName: "d",
  description: "",
  moderationState,
  state: "active" as const,
});

function scripted(operations: AssetOperation[]) {
  let now = 0;
  const sleeps: number[] = [];
  let polls = 0;
  return {
    sleeps,
    polls: () => polls,
    fetch: async () => {
      const next = operations[Math.min(polls, operations.length - 1)];
      polls++;
      if (!next) throw new Error("no script");
      return next;
    },
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

const pending: AssetOperation = { operationId: "op", path: "operations/op", done: false };

describe("waitForOperation", () => {
  it("polls at once, then backs off 1 s doubling to the cap, until approved", async () => {
    const s = scripted([
      pending,
      pending,
      pending,
      pending,
      pending,
      { ...pending, done: true, asset: asset("approved") },
    ]);
    const outcome = await waitForOperation("op", s.fetch, { now: s.now, sleep: s.sleep, maxDelayMs: 4_000 });
    expect(outcome).toMatchObject({ status: "approved", asset: { assetId: "1" } });
    expect(s.sleeps).toEqual([1_000, 2_000, 4_000, 4_000, 4_000]);
  });

  it("ends with a typed rejection", async () => {
    const s = scripted([pending, { ...pending, done: true, asset: asset("rejected") }]);
    expect(await waitForOperation("op", s.fetch, { now: s.now, sleep: s.sleep })).toMatchObject({
      status: "rejected",
    });
  });

  it("ends with a typed failure", async () => {
    const s = scripted([
      { ...pending, done: true, error: { code: "400", message: "AssetName is moderated." } },
    ]);
    expect(await waitForOperation("op", s.fetch, { now: s.now, sleep: s.sleep })).toEqual({
      status: "failed",
      error: { code: "400", message: "AssetName is moderated." },
    });
  });

  it("reports an asset still under review", async () => {
    const s = scripted([{ ...pending, done: true, asset: asset("reviewing") }]);
    expect((await waitForOperation("op", s.fetch, { now: s.now, sleep: s.sleep })).status).toBe("reviewing");
  });

  it("times out at the deadline", async () => {
    const s = scripted([pending]);
    const outcome = await waitForOperation("op", s.fetch, { now: s.now, sleep: s.sleep, deadlineMs: 10_000 });
    expect(outcome).toEqual({ status: "timeout", operationId: "op" });
    expect(s.sleeps.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(s.polls()).toBe(5);
  });
});
