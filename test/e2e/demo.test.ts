import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

describe("npm run demo", () => {
  it("plays the whole tour against the emulators and exits 0", () => {
    const result = spawnSync(resolve("node_modules/.bin/tsx"), ["scripts/demo/index.ts"], {
      encoding: "utf8",
      timeout: 120_000,
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Demo finished: every step worked.");
    for (const heading of [
      "┌─ /user user:",
      "┌─ /groups user:",
      "(after the click)",
      "group:",
      "┌─ /inventory user:",
      "asset_types:HAT,CLASSIC_SHIRT",
      "✓ owns",
      "✗ does not own",
      "┌─ /upload file:gradient.png",
      "┌─ /upload file:tone.wav",
      "┌─ /upload file:block.rbxmx",
      "New version uploaded",
    ]) {
      expect(result.stdout).toContain(heading);
    }
  }, 150_000);
});
