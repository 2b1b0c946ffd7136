import { setTimeout as delay } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import { holdLock } from "../../src/jobs/index.js";
import { MemoryPrimitives } from "../../src/store/primitives/index.js";

describe("holdLock", () => {
  it("holds a lock past its time to live while held, and frees it on release", async () => {
    const primitives = new MemoryPrimitives(systemClock);
    const held = await holdLock(primitives, "create:1", 90);
    expect(held).toBeDefined();
    expect(await holdLock(primitives, "create:1", 90)).toBeUndefined();
    await delay(250);
    expect(await primitives.get("create:1")).toBeDefined();
    await held?.release();
    expect(await primitives.get("create:1")).toBeUndefined();
    const again = await holdLock(primitives, "create:1", 90);
    expect(again).toBeDefined();
    await again?.release();
  });
});
