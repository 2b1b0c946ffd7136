import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const entry = resolve("src/index.ts");
const emptyDir = mkdtempSync(join(tmpdir(), "bot-start-"));
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  return spawnSync(resolve("node_modules/.bin/tsx"), [entry], {
    cwd: emptyDir,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
    timeout: 20_000,
  });
}

describe("start-up", () => {
  it("without any configuration exits non-zero with one line naming the first missing variable", () => {
    const result = start({});
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      "Configuration error: DISCORD_TOKEN is missing; expected the bot token from the Discord developer portal.",
    ]);
  });

  it("with an unreachable store exits non-zero with one line and no secret", () => {
    const token = "MTAxNTAwMDAwMDAwMDAwMDAwMA.GsEcRt.very-secret-token-value_123";
    const result = start({
      DISCORD_TOKEN: token,
      ROBLOX_API_KEY: "k".repeat(40),
      STORE_URL: "redis://127.0.0.1:1",
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual(["could not connect to Redis at the STORE_URL address"]);
    expect(result.stderr + result.stdout).not.toContain(token);
  });
});
