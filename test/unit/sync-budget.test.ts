import { describe, expect, it } from "vitest";
import { DOCUMENTED_RATE_LIMITS } from "../../src/services/opencloud/index.js";
import { ownershipPassMinutes, SyncBudget } from "../../src/services/sync/index.js";
import { MemoryPrimitives } from "../../src/store/primitives/index.js";

function budgetAt(start: number, reserve: number, caps = {}) {
  let now = start;
  const clock = { now: () => now };
  const primitives = new MemoryPrimitives(clock);
  const sleeps: number[] = [];
  const budget = new SyncBudget({
    primitives,
    limits: DOCUMENTED_RATE_LIMITS,
    reserve,
    caps,
    clock,
    // Time is moved, not waited for.
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  });
  return { budget, sleeps, now: () => now };
}

describe("the scheduled sync's share of the Roblox budget", () => {
  it("takes at most 80% of the 300 membership calls a minute and waits for the next minute for more", async () => {
    const { budget, sleeps, now } = budgetAt(60_000 * 100 + 15_000, 0.2);
    expect(budget.allowance("memberships")).toEqual({ calls: 240, windowMs: 60_000 });
    for (let call = 0; call < 240; call++) await budget.take("memberships");
    expect(sleeps).toEqual([]);
    await budget.take("memberships");
    // The 241st waits until the minute turns: 45 s from 15 s past.
    expect(sleeps).toEqual([45_000]);
    expect(now()).toBe(60_000 * 101);
    expect(budget.waitedMs).toBe(45_000);
  });

  it("caps the inventory share at the ownership reconcile's calls a minute", async () => {
    const { budget, sleeps } = budgetAt(0, 0.2, { inventory: 30 });
    expect(budget.allowance("inventory")).toEqual({ calls: 30, windowMs: 60_000 });
    for (let call = 0; call < 60; call++) await budget.take("inventory");
    expect(sleeps).toEqual([60_000]);
  });

  it("says how long a full ownership pass takes", () => {
    expect(ownershipPassMinutes(10_000, 30)).toBe(334);
    expect(ownershipPassMinutes(1_000, 30)).toBe(34);
    expect(ownershipPassMinutes(1_000, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});
