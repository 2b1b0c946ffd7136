import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { isStrayErrorEvent } from "../../src/processGuard.js";

/** What Node throws for an 'error' event with no listener, caught the way the process would see it. */
function thrownByEmit(value: unknown): unknown {
  try {
    new EventEmitter().emit("error", value);
  } catch (error) {
    return error;
  }
  throw new Error("emit did not throw");
}

describe("isStrayErrorEvent", () => {
  it("recognises an Error or any other value emitted as 'error' with no listener", () => {
    expect(isStrayErrorEvent(thrownByEmit(new Error("socket hang up")))).toBe(true);
    expect(isStrayErrorEvent(thrownByEmit("just a string"))).toBe(true);
  });

  it("does not take a thrown error, or a non-object, for one", () => {
    expect(isStrayErrorEvent(new Error("thrown"))).toBe(false);
    expect(isStrayErrorEvent(new TypeError("x is undefined"))).toBe(false);
    expect(isStrayErrorEvent("text")).toBe(false);
    expect(isStrayErrorEvent(null)).toBe(false);
  });
});
