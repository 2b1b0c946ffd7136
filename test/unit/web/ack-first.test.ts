import { describe, expect, it } from "vitest";
import { AcknowledgementsFirst } from "../../../src/web/interactions/ackFirst.js";

describe("AcknowledgementsFirst", () => {
  it("holds work after an acknowledgement until every waiting acknowledgement is sent", async () => {
    const order = new AcknowledgementsFirst(60_000);
    const events: string[] = [];
    const first = order.enter();
    const second = order.enter();
    first();
    const resumed = order.turn().then(() => events.push("work of the first"));
    await new Promise((next) => setImmediate(next));
    events.push("second acknowledged");
    second();
    second(); // leaving twice counts once
    await resumed;
    expect(events).toEqual(["second acknowledged", "work of the first"]);
  });

  it("lets work go after its limit even if an acknowledgement never comes", async () => {
    const order = new AcknowledgementsFirst(5);
    order.enter();
    await expect(order.turn()).resolves.toBeUndefined();
  });
});
