import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import { BindStore } from "../../src/services/binds/index.js";
import { createStores } from "../../src/store/index.js";
import { openPrimitives } from "../../src/store/primitives/index.js";
import { type DiscordEmulator, startDiscordEmulator } from "../emulators/discord/index.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../emulators/opencloud/index.js";
import { emulatorEnv } from "../support/emulatorEnv.js";

let discord: DiscordEmulator;
let roblox: OpenCloudEmulator;
const folder = mkdtempSync(join(tmpdir(), "bot-doctor-guild-"));
const storeUrl = `sqlite://${join(folder, "doctor.sqlite")}`;
const guildId = () => discord.guilds[0]?.id ?? "";

/** Saves binds into the store the doctor reads, as /binds add would. */
async function bind(roleIds: string[]): Promise<void> {
  const stores = await createStores(storeUrl);
  const primitives = openPrimitives(storeUrl, stores.redis, systemClock);
  try {
    await new BindStore(primitives).add(guildId(), { kind: "verified" }, roleIds);
  } finally {
    await primitives.close();
    await stores.close();
  }
}

function doctor(args: string[]) {
  // Asynchronously: the emulators live in this process and must keep answering while the doctor runs.
  return promisify(execFile)(resolve("node_modules/.bin/tsx"), [resolve("scripts/doctor.ts"), ...args], {
    cwd: folder,
    env: { PATH: process.env.PATH ?? "", ...emulatorEnv(discord, roblox), STORE_URL: storeUrl },
    encoding: "utf8",
    timeout: 30_000,
  }).then(
    (result) => ({ code: 0, stdout: result.stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

beforeAll(async () => {
  [discord, roblox] = await Promise.all([startDiscordEmulator(), startOpenCloudEmulator()]);
});
afterAll(async () => {
  await Promise.allSettled([discord.close(), roblox.close()]);
  rmSync(folder, { recursive: true, force: true });
});

describe("npm run doctor -- --guild <id>", () => {
  it("says a server whose bound roles can all be given is ready", async () => {
    const member = discord.guildControls.createRole(guildId(), { name: "Member" });
    await bind([member]);
    const result = await doctor(["--guild", guildId()]);
    expect(result.stdout).toContain(
      `✓ Server ${guildId()}: 1 bind(s); Nothing in the way: the bot can give and take every bound role.`,
    );
    expect(result.code).toBe(0);
  });

  it("lists a role above the bot's, a managed role, @everyone and missing permissions, each with its fix", async () => {
    const council = discord.guildControls.createRole(guildId(), { name: "Council", position: 99 });
    const integration = discord.guildControls.createRole(guildId(), { name: "Booster", managed: true });
    await bind([council, integration, guildId()]);
    // Every permission but Manage Roles (1 << 28) and Manage Nicknames (1 << 27), and not Administrator.
    const all = (1n << 41n) - 1n;
    const without = all & ~(1n << 28n) & ~(1n << 27n) & ~(1n << 3n);
    discord.guildControls.setRolePermissions(guildId(), discord.guildControls.botRoleId(guildId()), without);
    // @everyone's permissions count for the bot too.
    discord.guildControls.setRolePermissions(guildId(), guildId(), 0n);

    const result = await doctor(["--guild", guildId()]);
    const out = result.stdout;
    expect(out).toContain(
      `✗ Server ${guildId()}: Council is not below the bot's highest role (Emulated Bot), so Discord does not let the bot give or take it.`,
    );
    expect(out).toContain("→ In Server Settings → Roles, drag the bot's role (Emulated Bot) above Council.");
    expect(out).toContain("Booster");
    expect(out).toContain("→ Bind a role of your own instead, and remove that bind.");
    expect(out).toContain("@everyone");
    expect(out).toContain("→ Remove that bind (/binds remove).");
    expect(out).toContain("→ In Server Settings → Roles, give the bot's role Manage Roles.");
    expect(out).toContain("→ In Server Settings → Roles, give the bot's role Manage Nicknames.");
    expect(out).not.toContain("Member is not below");
    expect(out).toContain("5 thing(s) to fix in this server.");
    expect(out).not.toContain("**");
    expect(out).not.toContain(discord.token);
    expect(result.code).toBe(1);
  });

  it("says when the bot is not in the server, and refuses an ID that is not one", async () => {
    const absent = await doctor(["--guild", "123456789012345678"]);
    expect(absent.stdout).toContain("✗ Server 123456789012345678: the bot is not in this server");
    expect(absent.code).toBe(1);
    const wrong = await doctor(["--guild", "my-server"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe("");
  });
});
