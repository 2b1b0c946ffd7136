import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { type Harness, startHarness } from "../support/harness.js";
import { PNG } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
/** The server the operator allowed, and the role the operator named there. */
const ALLOWED_GUILD = "1300000000000000001";
const UPLOADER_ROLE = "1300000000000000101";
const OTHER_ROLE = "1300000000000000102";
const MANAGE_EXPRESSIONS = 1n << 30n;

let harness: Harness;
/** Every request to Roblox's asset endpoints (create, update, operations), from the emulator's own log. */
const assetRequests = () => harness.roblox.countRequests({ path: /^\/assets\// });
const finished = (m: MessageState) =>
  !m.loading &&
  !/^Uploading/.test(String((m.embeds[0] as { title?: string } | undefined)?.title ?? "Uploading"));

beforeAll(async () => {
  harness = await startHarness({
    opencloud: { operationPolls: 1 },
    discord: {
      guilds: [
        {
          id: ALLOWED_GUILD,
          name: "The operator's server",
          roles: [
            { id: UPLOADER_ROLE, name: "Uploader" },
            { id: OTHER_ROLE, name: "Member" },
          ],
        },
      ],
    },
    env: {
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: ALLOWED_GUILD,
      UPLOAD_ROLE_IDS: UPLOADER_ROLE,
      UPLOAD_COOLDOWN_SECONDS: "30",
    },
  });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

function upload(input: { guildId: string; user: { id: string }; roles?: string[]; permissions?: bigint }) {
  const attachment = harness.discord.addAttachment({ name: "logo.png", data: PNG });
  return harness.discord.runCommand({
    name: "upload",
    options: { file: attachment },
    guildId: input.guildId,
    user: input.user,
    ...(input.roles === undefined ? {} : { roles: input.roles }),
    ...(input.permissions === undefined ? {} : { memberPermissions: input.permissions }),
  });
}

async function privateNotice(handle: InteractionHandle): Promise<MessageState> {
  return handle.waitFor((m) => m.ephemeral && m.content.length > 0, 10_000);
}

/** Resolves once the running bot has seen the guild join (its GUILD_CREATE). */
function botJoins(guildId: string): Promise<void> {
  const client = harness.bot()?.client;
  if (!client) throw new Error("the bot is not running in this process");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot did not see guild ${guildId} join`)), 5_000);
    const onJoin = (guild: { id: string }) => {
      if (guild.id !== guildId) return;
      clearTimeout(timer);
      client.off("guildCreate", onJoin);
      resolve();
    };
    client.on("guildCreate", onJoin);
  });
}

describe("who may upload to the operator's Roblox account", () => {
  it("refuses the administrator of a stranger's newly installed server without a single Roblox request", async () => {
    // Someone adds the public bot to a server they administer; the bot sees it join.
    const stranger = harness.discord.installGuild({ name: "Somebody's server" });
    await botJoins(stranger.id);
    harness.roblox.clearRequests();
    const downloadsBefore = harness.discord.cdnDownloads();

    const handle = upload({ guildId: stranger.id, user: stranger.owner });
    const notice = await privateNotice(handle);
    expect(notice.content).toBe(
      "The bot's operator has not enabled uploads in this server. Ask the person who runs the bot to add this server to UPLOAD_GUILD_IDS.",
    );
    expect(assetRequests()).toBe(0);
    expect(harness.roblox.requests).toEqual([]);
    expect(harness.discord.cdnDownloads()).toBe(downloadsBefore);
  });

  it("refuses a member with Manage Expressions but none of the operator's roles, then lets them upload with the role", async () => {
    harness.roblox.clearRequests();
    const member = { id: "1300000000000000901" };
    const downloadsBefore = harness.discord.cdnDownloads();
    const refused = upload({
      guildId: ALLOWED_GUILD,
      user: member,
      roles: [OTHER_ROLE],
      permissions: MANAGE_EXPRESSIONS,
    });
    const notice = await privateNotice(refused);
    expect(notice.content).toBe(
      `The bot's operator allows uploads here only for members with one of these roles: <@&${UPLOADER_ROLE}>. Ask a server admin to give you one.`,
    );
    expect(assetRequests()).toBe(0);
    expect(harness.discord.cdnDownloads()).toBe(downloadsBefore);

    // The refusal took no cooldown: the same member uploads at once once they hold the role.
    const allowed = upload({
      guildId: ALLOWED_GUILD,
      user: member,
      roles: [OTHER_ROLE, UPLOADER_ROLE],
      permissions: MANAGE_EXPRESSIONS,
    });
    const done = await allowed.waitFor(finished, 15_000);
    expect((done.embeds[0] as { title?: string }).title).toBe("Uploaded to Roblox");
    expect(harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" })).toBe(1);
  });

  it("still requires Manage Expressions of a member holding the role", async () => {
    harness.roblox.clearRequests();
    const handle = upload({
      guildId: ALLOWED_GUILD,
      user: { id: "1300000000000000902" },
      roles: [UPLOADER_ROLE],
      permissions: 0n,
    });
    expect((await privateNotice(handle)).content).toMatch(/Manage Expressions/);
    expect(assetRequests()).toBe(0);
  });
});

describe("an upload account with no allowed server", () => {
  let off: Harness;
  beforeAll(async () => {
    off = await startHarness({ env: { ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}` } });
  });
  afterAll(async () => {
    off?.assertClean();
    await off?.close();
  });

  it("warns once at start and refuses every upload, saying uploads are off", async () => {
    const warnings = off.logs
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .filter((entry) => entry.msg.includes("UPLOAD_GUILD_IDS"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.level).toBe(40);

    const attachment = off.discord.addAttachment({ name: "logo.png", data: PNG });
    const handle = off.discord.runCommand({ name: "upload", options: { file: attachment } });
    const notice = await handle.waitFor((m) => m.ephemeral && m.content.length > 0, 10_000);
    expect(notice.content).toMatch(/not enabled uploads in any server \(UPLOAD_GUILD_IDS\)/);
    expect(off.roblox.countRequests({ path: /^\/assets\// })).toBe(0);
  });
});
