import { describe, expect, it } from "vitest";
import { EditBudget } from "../../src/services/uploads/editBudget.js";

describe("EditBudget", () => {
  it("allows the budget per key within a minute, then again as the window slides", () => {
    let now = 0;
    const budget = new EditBudget(() => now, 3);
    expect([budget.take("a"), budget.take("a"), budget.take("a"), budget.take("a")]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(budget.take("b")).toBe(true);
    now = 59_999;
    expect(budget.take("a")).toBe(false);
    now = 60_000;
    expect(budget.take("a")).toBe(true);
  });

  it("forgets idle keys on sweep", () => {
    let now = 0;
    const budget = new EditBudget(() => now, 1);
    expect(budget.take("a")).toBe(true);
    now = 60_000;
    budget.sweep();
    expect(budget.take("a")).toBe(true);
    expect(budget.take("a")).toBe(false);
  });
});
