import { ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { type Harness, startHarness } from "../support/harness.js";
import { PNG } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
/** Its log channel comes from UPLOAD_LOG_CHANNELS; it never sets one in /settings until the last test. */
const DEFAULTED = "1300000000000000031";
/** Not in the config: whatever it has, it set with /settings. */
const OWN = "1300000000000000032";
const MANAGE_EXPRESSIONS = 1n << 30n;
const MANAGE_GUILD = 1n << 5n;
const MEMBER = { id: "340000000000000001", username: "member" };
const STAFF = { id: "340000000000000002", username: "staff" };

let harness: Harness;
const channels: Record<string, string> = {};

beforeAll(async () => {
  harness = await startHarness({
    // A bot process of its own: multipart posts (the review message's file) go through its own undici.
    childProcess: true,
    opencloud: { operationPolls: 1 },
    discord: {
      guilds: [
        { id: DEFAULTED, name: "Defaults" },
        { id: OWN, name: "Own settings" },
      ],
    },
    env: ({ discord }) => {
      for (const guild of discord.guilds) channels[guild.id] = guild.channelId;
      return {
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: `${DEFAULTED},${OWN}`,
        UPLOAD_COOLDOWN_SECONDS: "0",
        UPLOAD_LOG_CHANNELS: `${DEFAULTED}:${channels[DEFAULTED]}`,
      };
    },
  });
}, 60_000);
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

const textOf = (m: MessageState) => JSON.stringify(m.embeds) + m.content;
const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });
const postsIn = (guildId: string) =>
  [...harness.discord.messages.values()].filter(
    (m) => m.role === "channel" && m.channelId === channels[guildId],
  );

async function settings(
  guildId: string,
  subcommand: string,
  options: Array<{ name: string; type: T; value: string | boolean }> = [],
): Promise<string> {
  const reply = await harness.discord
    .runCommand({
      name: "settings",
      options,
      guildId,
      user: STAFF,
      memberPermissions: MANAGE_GUILD,
      ...(subcommand === "show" ? { subcommand } : { subcommandGroup: "set", subcommand }),
    })
    .reply();
  return textOf(reply);
}

async function waitUntil(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

const channel = (guildId: string) => [{ name: "channel", type: T.Channel, value: channels[guildId] ?? "" }];

async function upload(guildId: string, name: string): Promise<MessageState> {
  const attachment = harness.discord.addAttachment({ name, data: Buffer.concat([PNG, Buffer.from(name)]) });
  const reply = await harness.discord
    .runCommand({
      name: "upload",
      options: { file: attachment },
      guildId,
      user: MEMBER,
      memberPermissions: MANAGE_EXPRESSIONS,
    })
    .waitFor((m) => !m.loading && /Approved|Waiting for a staff member|could not/.test(textOf(m)), 15_000);
  return reply;
}

describe("/settings for a server's uploads", () => {
  it("shows the operator's defaults for a server that never set its own, and the log channel applies", async () => {
    const shown = await settings(DEFAULTED, "show");
    expect(shown).toContain(`**upload-log-channel**`);
    expect(shown).toContain(`<#${channels[DEFAULTED]}> (the bot's default)`);
    expect(shown).toMatch(/\*\*upload-approval\*\*[^\\]*: off \(the bot's default\)/);
    const done = await upload(DEFAULTED, "defaulted.png");
    expect(textOf(done)).toContain("Approved");
    // Posted by the upload's job once the result is final.
    await waitUntil(() => postsIn(DEFAULTED).some((m) => textOf(m).includes("defaulted")), "the log post");
  }, 60_000);

  it("turns approval on only with a review channel; uploads then wait there and reach Roblox only when approved", async () => {
    const refused = await settings(OWN, "upload-approval", [{ name: "on", type: T.Boolean, value: true }]);
    expect(refused).toContain("Set a review channel first");
    expect(await settings(OWN, "upload-review-channel", channel(OWN))).toContain(
      `Uploads that need approval will wait in <#${channels[OWN]}>`,
    );
    const on = await settings(OWN, "upload-approval", [{ name: "on", type: T.Boolean, value: true }]);
    expect(on).toContain(`Uploads now wait for a staff member's approval in <#${channels[OWN]}>`);
    expect(on).toMatch(/\*\*upload-approval\*\*[^\\]*: on\\n|\*\*upload-approval\*\*[^\\]*: on"/);
    expect(on).not.toContain("(the bot's default)\\n**upload-approval");

    const before = creates();
    const waiting = await upload(OWN, "held.png");
    expect(textOf(waiting)).toContain("Waiting for a staff member");
    expect(postsIn(OWN).some((m) => m.attachments.some((a) => a.filename === "held.png"))).toBe(true);
    expect(creates()).toBe(before);

    // Clearing the review channel while approval is on would let uploads skip review: refused.
    const clear = await settings(OWN, "upload-review-channel");
    expect(clear).toContain("turn upload-approval off before clearing the review channel");
    expect(await settings(OWN, "show")).toContain(`<#${channels[OWN]}>`);
  }, 60_000);

  it("approval off sends uploads straight to Roblox; a log channel turned off posts nothing", async () => {
    const off = await settings(OWN, "upload-approval", [{ name: "on", type: T.Boolean, value: false }]);
    expect(off).toContain("Uploads no longer wait for approval");
    const before = creates();
    expect(textOf(await upload(OWN, "straight.png"))).toContain("Approved");
    expect(creates()).toBe(before + 1);

    const noLog = await settings(DEFAULTED, "upload-log-channel");
    expect(noLog).toContain("Finished uploads will no longer be posted anywhere");
    expect(noLog).not.toContain(`<#${channels[DEFAULTED]}> (the bot's default)`);
    const posted = postsIn(DEFAULTED).length;
    expect(textOf(await upload(DEFAULTED, "unlogged.png"))).toContain("Approved");
    expect(postsIn(DEFAULTED)).toHaveLength(posted);

    const logHere = await settings(OWN, "upload-log-channel", channel(OWN));
    expect(logHere).toContain(`Finished uploads will be posted in <#${channels[OWN]}>`);
    await upload(OWN, "logged.png");
    await waitUntil(
      () => postsIn(OWN).some((m) => textOf(m).includes("logged") && m.components.length === 0),
      "the log post in the server's own channel",
    );
    // By now the other server's job had its chance to post too: it did not.
    expect(postsIn(DEFAULTED)).toHaveLength(posted);
  }, 60_000);
});
