import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "../emulators/discord/index.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../emulators/opencloud/index.js";
import { emulatorEnv } from "../support/emulatorEnv.js";
import { freePort, waitFor } from "../support/ports.js";

/**
 * Does what the Dockerfile does, in a clean folder: a production install (no dev dependencies),
 * the compiled bot, then `node dist/src/index.js` until the health endpoint reports ready.
 */
const repo = resolve(".");
const folder = mkdtempSync(join(tmpdir(), "bot-production-"));
let discord: DiscordEmulator;
let roblox: OpenCloudEmulator;
let bot: ChildProcess | undefined;

beforeAll(async () => {
  [discord, roblox] = await Promise.all([startDiscordEmulator(), startOpenCloudEmulator()]);
});
afterAll(async () => {
  bot?.kill("SIGKILL");
  await Promise.allSettled([discord?.close(), roblox?.close()]);
  rmSync(folder, { recursive: true, force: true });
});

describe("the production build", () => {
  it("installs without dev dependencies, starts, turns healthy and stops cleanly on SIGTERM", async () => {
    cpSync(join(repo, "package.json"), join(folder, "package.json"));
    cpSync(join(repo, "package-lock.json"), join(folder, "package-lock.json"));
    // The npm cache already holds every package, and no production dependency has anything to compile.
    // Optional ones are left out as in the image: the only one is msgpackr's prebuilt accelerator.
    execFileSync(
      "npm",
      ["ci", "--omit=dev", "--omit=optional", "--prefer-offline", "--no-audit", "--no-fund"],
      {
        cwd: folder,
        stdio: "pipe",
      },
    );
    const addons = readdirSync(join(folder, "node_modules"), { recursive: true, encoding: "utf8" }).filter(
      (file) => file.endsWith(".node"),
    );
    expect(addons, "native addons in the production install").toEqual([]);
    for (const devOnly of ["vitest", "typescript", "tsx", "@biomejs/biome", "fast-check", "pino-pretty"]) {
      expect(existsSync(join(folder, "node_modules", devOnly)), devOnly).toBe(false);
    }
    execFileSync(
      join(repo, "node_modules/.bin/tsc"),
      ["-p", "tsconfig.build.json", "--outDir", join(folder, "dist")],
      {
        cwd: repo,
        stdio: "pipe",
      },
    );

    const healthPort = await freePort();
    bot = spawn(process.execPath, ["dist/src/index.js"], {
      cwd: folder,
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        ...emulatorEnv(discord, roblox),
        STORE_URL: `sqlite://${join(folder, "data", "bot.sqlite")}`,
        HEALTH_PORT: String(healthPort),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((done) => bot?.once("exit", (code) => done(code)));
    const report = await waitFor(
      async () => {
        const response = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
        return response.ok ? ((await response.json()) as Record<string, unknown>) : undefined;
      },
      30_000,
      "the health endpoint to report ready",
    );
    expect(report).toEqual({ ready: true, gateway: "connected", store: "ok" });
    expect(existsSync(join(folder, "data", "bot.sqlite"))).toBe(true);

    bot.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 120_000);
});
