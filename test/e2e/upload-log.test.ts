import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { type Harness, startHarness } from "../support/harness.js";
import { PNG } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
const GUILD = "1300000000000000011";
const MANAGE_EXPRESSIONS = 1n << 30n;
const MANAGE_GUILD = 1n << 5n;
const ALICE = { id: "320000000000000001", username: "alice" };
const BOB = { id: "320000000000000002", username: "bob" };
const STAFF = { id: "320000000000000003", username: "staff" };

let harness: Harness;
let logChannel = "";

beforeAll(async () => {
  harness = await startHarness({
    opencloud: { operationPolls: 1, reviewingReads: 1 },
    discord: { guilds: [{ id: GUILD, name: "The team's server" }] },
    env: ({ discord }) => {
      logChannel = discord.guilds[0]?.channelId ?? "";
      return {
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: GUILD,
        UPLOAD_COOLDOWN_SECONDS: "0",
        UPLOAD_REVIEW_CHECK_MS: "50",
        UPLOAD_LOG_CHANNELS: `${GUILD}:${logChannel}`,
      };
    },
  });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

const titleOf = (m: MessageState) => String((m.embeds[0] as { title?: string } | undefined)?.title ?? "");
const finished = (m: MessageState) => !m.loading && titleOf(m) !== "" && !/^Uploading/.test(titleOf(m));
const textOf = (m: MessageState) => JSON.stringify(m.embeds) + m.content;
const logPosts = () =>
  [...harness.discord.messages.values()].filter((m) => m.role === "channel" && m.channelId === logChannel);

async function upload(user: { id: string; username: string }, name: string, data: Buffer): Promise<string> {
  const attachment = harness.discord.addAttachment({ name, data });
  const done = await harness.discord
    .runCommand({
      name: "upload",
      options: { file: attachment },
      guildId: GUILD,
      user,
      memberPermissions: MANAGE_EXPRESSIONS,
    })
    .waitFor(finished, 15_000);
  const fields = (done.embeds[0] as { fields?: Array<{ name: string; value: string }> }).fields ?? [];
  return fields.find((f) => f.name === "Asset ID")?.value ?? "";
}

async function waitUntil(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

async function uploadsAs(
  user: { id: string; username: string },
  options: Record<string, unknown>,
  perms: bigint,
) {
  return harness.discord
    .runCommand({ name: "uploads", options, guildId: GUILD, user, memberPermissions: perms })
    .waitFor((m) => !m.loading && (m.embeds.length > 0 || m.content.length > 0), 10_000);
}

const files = {
  approved: Buffer.concat([PNG, Buffer.from("alice")]),
  rejected: Buffer.concat([PNG, Buffer.from("bob")]),
  reviewing: Buffer.concat([PNG, Buffer.from("alice again")]),
};
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("the upload log", () => {
  const ids: Record<string, string> = {};

  it("records and posts every upload with member, hash, creator, asset ID and final moderation state", async () => {
    ids.approved = await upload(ALICE, "logo.png", files.approved);
    ids.rejected = await upload(BOB, "moderated.png", files.rejected);
    ids.reviewing = await upload(ALICE, "reviewing.png", files.reviewing);
    // The one under review is posted once moderation decides.
    await waitUntil(() => logPosts().length === 3, "three log posts");
    const posts = logPosts().map(textOf);
    // Each entry: the member, the bytes' hash, the creator, the asset ID and the final moderation state.
    const entries = [
      { bytes: files.approved, member: ALICE, asset: ids.approved, state: "approved" },
      { bytes: files.rejected, member: BOB, asset: ids.rejected, state: "rejected" },
      { bytes: files.reviewing, member: ALICE, asset: ids.reviewing, state: "approved" },
    ];
    for (const entry of entries) {
      expect(entry.asset).toMatch(/^\d+$/);
      const post = posts.find((p) => p.includes(sha(entry.bytes))) ?? "";
      expect(post).toContain(`<@${entry.member.id}>`);
      expect(post).toContain(`Roblox user ${admin.userId}`);
      expect(post).toContain(`asset ${entry.asset}`);
      expect(post).toContain(entry.state);
    }
    // The one under review was posted with its verdict, not while Roblox was still reviewing it.
    const reviewed = posts.find((p) => p.includes(sha(files.reviewing))) ?? "";
    expect(reviewed).not.toContain("under review");
    // The fingerprint is of the very bytes Roblox received.
    expect(harness.roblox.world.getAsset(ids.approved ?? "")?.contentSha256).toBe(sha(files.approved));
    // Posted without pinging anyone.
    for (const post of logPosts()) expect(JSON.stringify(post)).not.toContain('"parse":["users"');
  });

  it("/uploads filters the server's log by member and state for staff", async () => {
    const all = textOf(await uploadsAs(STAFF, { server: true }, MANAGE_GUILD));
    for (const bytes of Object.values(files)) expect(all).toContain(sha(bytes));
    const bobs = textOf(await uploadsAs(STAFF, { member: BOB }, MANAGE_GUILD));
    expect(bobs).toContain(sha(files.rejected));
    expect(bobs).not.toContain(sha(files.approved));
    const rejected = textOf(await uploadsAs(STAFF, { server: true, state: "rejected" }, MANAGE_GUILD));
    expect(rejected).toContain(sha(files.rejected));
    expect(rejected).not.toContain(sha(files.reviewing));
    const alicesApproved = textOf(await uploadsAs(STAFF, { member: ALICE, state: "approved" }, MANAGE_GUILD));
    expect(alicesApproved).toContain(sha(files.approved));
    expect(alicesApproved).toContain(sha(files.reviewing));
    expect(alicesApproved).not.toContain(sha(files.rejected));
  });

  it("refuses the server's log and other members' uploads to members who are not staff", async () => {
    const refused = await uploadsAs(BOB, { server: true }, MANAGE_EXPRESSIONS);
    expect(refused.content).toMatch(/Only staff/);
    const other = await uploadsAs(BOB, { member: ALICE }, MANAGE_EXPRESSIONS);
    expect(other.content).toMatch(/Only staff/);
    const own = textOf(await uploadsAs(BOB, { state: "rejected" }, MANAGE_EXPRESSIONS));
    expect(own).toContain(sha(files.rejected));
  });
});
