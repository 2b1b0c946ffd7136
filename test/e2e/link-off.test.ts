import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

describe("/link without an OAuth app", () => {
  it("says privately that linking is not set up, with no button", async () => {
    const reply = await harness.discord.runCommand({ name: "link" }).reply();
    expect(reply.flags ?? 0).toBe(64);
    expect(reply.content).toBe(
      "Linking is not set up on this bot. Ask its owner to configure Roblox sign-in.",
    );
    expect(reply.components).toEqual([]);
  });
});
