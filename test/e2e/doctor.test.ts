import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { runDoctor } from "../../src/services/doctor/index.js";
import { type DiscordEmulator, startDiscordEmulator } from "../emulators/discord/index.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../emulators/opencloud/index.js";
import { emulatorEnv } from "../support/emulatorEnv.js";

let discord: DiscordEmulator;
let roblox: OpenCloudEmulator;
const folder = mkdtempSync(join(tmpdir(), "bot-doctor-"));

beforeAll(async () => {
  [discord, roblox] = await Promise.all([startDiscordEmulator(), startOpenCloudEmulator()]);
});
afterAll(async () => {
  await Promise.allSettled([discord.close(), roblox.close()]);
  rmSync(folder, { recursive: true, force: true });
});

function env(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ...emulatorEnv(discord, roblox),
    ROBLOX_UPLOAD_CREATOR: `user:${roblox.world.subjects.admin.userId}`,
    STORE_URL: `sqlite://${join(folder, "doctor.sqlite")}`,
    ...overrides,
  };
}

const bySubject = async (overrides: Record<string, string> = {}) => {
  const findings = await runDoctor(parseConfig(env(overrides)));
  return new Map(findings.map((finding) => [finding.subject, finding]));
};

describe("npm run doctor", () => {
  it("passes a working configuration and says who everything belongs to", async () => {
    // Asynchronously: the emulators live in this process and must keep answering while the doctor runs.
    const result = await promisify(execFile)(
      resolve("node_modules/.bin/tsx"),
      [resolve("scripts/doctor.ts")],
      {
        cwd: folder,
        env: { PATH: process.env.PATH ?? "", ...env() },
        encoding: "utf8",
        timeout: 30_000,
      },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toContain("✗");
    expect(result.stdout).toContain("✓ Discord: the token belongs to the application");
    expect(result.stdout).toContain(
      `belongs to the Roblox user ${roblox.world.subjects.admin.userId}, is enabled`,
    );
    expect(result.stdout).toContain("✓ /upload: ready");
    expect(result.stdout).toContain("Everything is ready.");
    expect(result.stdout).not.toContain(roblox.adminKey);
    expect(result.stdout).not.toContain(discord.token);
  });

  it("names the missing upload permissions of a key without scopes", async () => {
    const findings = await bySubject({
      ROBLOX_API_KEY: roblox.world.subjects.keys.noScopes,
      ROBLOX_UPLOAD_CREATOR: `user:${roblox.world.subjects.noPermissionUser.userId}`,
    });
    expect(findings.get("/upload")).toMatchObject({
      ok: false,
      detail: "the key lacks asset:read and asset:write",
    });
    expect(findings.get("/user")?.ok).toBe(true);
    expect(findings.get("/groups")?.ok).toBe(true);
  });

  it("reports a disabled key, an unknown key and a refused Discord token", async () => {
    expect(
      (await bySubject({ ROBLOX_API_KEY: roblox.world.subjects.keys.disabled })).get("Roblox API key"),
    ).toMatchObject({
      ok: false,
      detail: expect.stringContaining("is disabled"),
    });
    expect((await bySubject({ ROBLOX_API_KEY: "x".repeat(40) })).get("Roblox API key")).toMatchObject({
      ok: false,
      detail: "Roblox does not know ROBLOX_API_KEY",
    });
    expect((await bySubject({ DISCORD_TOKEN: "y".repeat(40) })).get("Discord")).toMatchObject({
      ok: false,
      detail: "Discord refused DISCORD_TOKEN",
    });
  });

  it("warns when uploads would go to a user the key does not belong to, and when the store fails", async () => {
    const findings = await runDoctor(
      parseConfig(env({ ROBLOX_UPLOAD_CREATOR: "user:1", STORE_URL: "redis://127.0.0.1:1" })),
    );
    expect(findings.some((f) => f.subject === "/upload" && !f.ok && f.detail.includes("user 1"))).toBe(true);
    expect(findings.find((f) => f.subject === "Store")?.ok).toBe(false);
  });
});
