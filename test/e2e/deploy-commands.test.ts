import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { type DiscordEmulator, startDiscordEmulator } from "../emulators/discord/index.js";

let discord: DiscordEmulator;
const folder = mkdtempSync(join(tmpdir(), "bot-deploy-"));

beforeAll(async () => {
  discord = await startDiscordEmulator();
});
afterAll(async () => {
  await discord.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs the script asynchronously: the emulator lives in this process and must keep answering. */
async function deploy(args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(
    resolve("node_modules/.bin/tsx"),
    [resolve("scripts/deploy-commands.ts"), ...args],
    {
      cwd: folder,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH ?? "",
        DISCORD_TOKEN: discord.token,
        DISCORD_API_URL: discord.apiUrl,
        ROBLOX_API_KEY: "k".repeat(40),
        ...extraEnv,
      },
    },
  );
  expect(stderr).toBe("");
  return stdout;
}

const names = commands.map((command) => `/${command.data.name}`).join(", ");
const puts = () => discord.requests.filter((request) => request.method === "PUT").length;

describe("npm run deploy-commands", () => {
  it("shows the changes in a dry run and sends nothing", async () => {
    const output = await deploy(["--dry-run"]);
    expect(output).toContain(`new: ${names}`);
    expect(output).toContain("Dry run: nothing was sent.");
    expect(output).toContain('"name": "inventory"');
    expect(puts()).toBe(0);
  });

  it("registers globally, then finds nothing changed and registers nothing", async () => {
    expect(await deploy([])).toContain(`Registered ${commands.length} command(s).`);
    expect(discord.violations).toEqual([]);
    const writes = () =>
      discord.requests.filter((request) => request.method !== "GET" && request.route.includes("commands"))
        .length;
    const before = writes();
    const again = await deploy([]);
    expect(again).toContain(`unchanged: ${names}`);
    expect(again).toContain("Nothing changed: nothing was registered.");
    expect(writes()).toBe(before);
    expect(
      discord.commands
        .get("global")
        ?.map((command) => command.name)
        .sort(),
    ).toEqual(commands.map((command) => command.data.name).sort());
    expect(await deploy(["--dry-run"])).toContain(`unchanged: ${names}`);
  });

  it("registers in the development server when one is set", async () => {
    const guildId = discord.guilds[0]!.id;
    const output = await deploy([], { DISCORD_DEV_GUILD_ID: guildId });
    expect(output).toContain(`Commands for the server ${guildId}:`);
    expect(discord.commands.get(guildId)).toHaveLength(commands.length);
  });
});

describe("global-only fields", () => {
  const lastPut = () => discord.requests.filter((request) => request.method === "PUT").at(-1);
  /** Someone else changed what is registered, so the next deploy has something to send. */
  const clear = (path: string) =>
    fetch(`${discord.apiUrl}/v10/applications/${discord.applicationId}${path}/commands`, {
      method: "PUT",
      headers: { authorization: `Bot ${discord.token}`, "content-type": "application/json" },
      body: "[]",
    });

  it("guild commands are sent without contexts or integration_types, and a second run finds nothing changed", async () => {
    const guildId = discord.guilds[0]!.id;
    await clear(`/guilds/${guildId}`);
    await deploy([], { DISCORD_DEV_GUILD_ID: guildId });
    const sent = lastPut()?.body as Array<Record<string, unknown>>;
    expect(sent).toHaveLength(commands.length);
    for (const command of sent) {
      expect(command).not.toHaveProperty("contexts");
      expect(command).not.toHaveProperty("integration_types");
    }
    expect(await deploy(["--dry-run"], { DISCORD_DEV_GUILD_ID: guildId })).toContain(`unchanged: ${names}`);
  });

  it("global commands set integration_types (guild install) and the diff compares it", async () => {
    await clear("");
    await deploy(["--global"]);
    const sent = lastPut()?.body as Array<Record<string, unknown>>;
    for (const command of sent) expect(command.integration_types).toEqual([0]);
    // Someone registered the same commands as user-installable too: that is a change to undo.
    const userInstallable = sent.map((command) => ({ ...command, integration_types: [0, 1] }));
    const response = await fetch(`${discord.apiUrl}/v10/applications/${discord.applicationId}/commands`, {
      method: "PUT",
      headers: { authorization: `Bot ${discord.token}`, "content-type": "application/json" },
      body: JSON.stringify(userInstallable),
    });
    expect(response.status).toBe(200);
    expect(await deploy(["--dry-run", "--global"])).toContain(`changed: ${names}`);
  });
});

describe("/upload's attachment option", () => {
  it("limits the file picker by file_types and promises no more than Discord allows", async () => {
    await deploy(["--global"]);
    expect(discord.violations).toEqual([]);
    const upload = discord.commands.get("global")?.find((command) => command.name === "upload");
    const file = upload?.options?.find((option) => option.name === "file") as
      | { file_types?: string[]; description: string }
      | undefined;
    expect(file?.file_types).toEqual(
      expect.arrayContaining(["image", "audio", ".fbx", ".gltf", ".glb", ".rbxm", ".rbxmx", ".zip"]),
    );
    // Discord takes at most 10 entries.
    expect(file?.file_types?.length).toBeLessThanOrEqual(10);
    // Discord's own per-interaction limit (attachment_size_limit, 10 MiB by default) decides the size.
    expect(file?.description).not.toMatch(/\d+\s*MB/);
  });
});
