import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { type Harness, startHarness } from "../support/harness.js";
import { buildZip } from "../support/zips.js";
import { PNG } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
const GUILD = "1300000000000000021";
const MANAGE_EXPRESSIONS = 1n << 30n;
const MANAGE_GUILD = 1n << 5n;
const UPLOADER = { id: "330000000000000001", username: "uploader" };
const STAFF = { id: "330000000000000002", username: "staff" };
const LATE = { id: "330000000000000003", username: "late" };
const CLOSED = { id: "330000000000000004", username: "closed" };
const TOKEN_LIFETIME_MS = 15 * 60_000;

const folder = mkdtempSync(join(tmpdir(), "bot-approval-"));
let harness: Harness;
let reviewChannel = "";

beforeAll(async () => {
  harness = await startHarness({
    childProcess: true,
    opencloud: { operationPolls: 1 },
    discord: { guilds: [{ id: GUILD, name: "Reviewed server" }] },
    env: ({ discord }) => {
      reviewChannel = discord.guilds[0]?.channelId ?? "";
      return {
        STORE_URL: `sqlite://${join(folder, "bot.sqlite")}`,
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: GUILD,
        UPLOAD_COOLDOWN_SECONDS: "0",
        UPLOAD_APPROVAL_CHANNELS: `${GUILD}:${reviewChannel}`,
      };
    },
  });
}, 60_000);
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
  rmSync(folder, { recursive: true, force: true });
});

const textOf = (m: MessageState) => JSON.stringify(m.embeds) + m.content;
const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });
const reviewPosts = () =>
  [...harness.discord.messages.values()].filter((m) => m.role === "channel" && m.channelId === reviewChannel);
const createLockHeld = () => {
  const db = new DatabaseSync(join(folder, "bot.sqlite"), { readOnly: true });
  const rows = db.prepare("SELECT key FROM primitive_values WHERE key LIKE 'upload-create:%'").all();
  db.close();
  return rows.length > 0;
};
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function waitUntil<T>(read: () => T | undefined, what: string, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function upload(name: string, data: Buffer, user = UPLOADER, locale?: string) {
  const attachment = harness.discord.addAttachment({ name, data });
  return harness.discord.runCommand({
    name: "upload",
    options: { file: attachment },
    guildId: GUILD,
    user,
    memberPermissions: MANAGE_EXPRESSIONS,
    ...(locale === undefined ? {} : { locale, guildLocale: "en-US" }),
  });
}

async function uploadsOf(user: { id: string; username: string }): Promise<string> {
  const list = harness.discord.runCommand({ name: "uploads", guildId: GUILD, user });
  return textOf(await list.waitFor((m) => !m.loading, 10_000));
}

/** The review message of the upload whose file has these bytes' name, once the bot posted it. */
function reviewOf(name: string): Promise<MessageState> {
  return waitUntil(
    () =>
      reviewPosts().find((m) => m.attachments.some((a) => a.filename === name) && m.components.length > 0),
    `the review post of ${name}`,
  );
}

function buttonOf(message: MessageState, decision: "approve" | "reject"): string {
  const row = message.components[0] as { components: Array<{ custom_id: string }> };
  return row.components.find((b) => b.custom_id.endsWith(`:${decision}`))?.custom_id ?? "";
}

async function press(message: MessageState, customId: string) {
  // forgeClick: a second press may come from a stale view of the message, whose buttons are gone by now.
  const click = harness.discord.forgeClick(message, customId, {
    user: STAFF,
    memberPermissions: MANAGE_GUILD,
  });
  await click.ack();
  return click;
}

describe("the approval queue", () => {
  it("takes no zip where uploads need approval: the member is told to upload files one by one, nothing reaches Roblox", async () => {
    harness.roblox.clearRequests();
    const posts = reviewPosts().length;
    const handle = upload("pack.zip", await buildZip([{ name: "a.png", data: PNG }]));
    const refused = await handle.waitFor((m) => !m.loading && m.content !== "", 20_000);
    expect(refused.content).toContain("staff approve every upload, so a zip is not taken here");
    expect(refused.content).toContain("Nothing was sent to Roblox");
    expect(harness.roblox.countRequests()).toBe(0);
    expect(reviewPosts()).toHaveLength(posts);
  });

  it("holds the upload with the file re-posted for review; Reject ends it without reaching Roblox", async () => {
    const file = Buffer.concat([PNG, Buffer.from("rejected one")]);
    const handle = upload("rejected.png", file);
    const waiting = await handle.waitFor((m) => textOf(m).includes("Waiting for a staff member"), 15_000);
    expect(textOf(waiting)).toContain(`<#${reviewChannel}>`);
    const review = await reviewOf("rejected.png");
    const approve = buttonOf(review, "approve");
    const reject = buttonOf(review, "reject");
    expect(textOf(review)).toContain(`<@${UPLOADER.id}>`);
    expect(textOf(review)).toContain("PNG");
    const posted = review.attachments[0];
    expect(posted?.size).toBe(file.length);

    // Members without Manage Server cannot decide.
    const refused = harness.discord.click(review, approve, {
      user: UPLOADER,
      memberPermissions: MANAGE_EXPRESSIONS,
    });
    expect((await refused.waitFor((m) => m.role === "follow-up")).content).toMatch(/Only staff/);

    const click = await press(review, reject);
    expect(textOf(await click.reply())).toContain("Rejected by");
    const decided = await handle.waitFor((m) => textOf(m).includes("rejected this upload"), 15_000);
    expect(textOf(decided)).toContain("nothing was sent to Roblox");
    expect(creates()).toBe(0);
    const again = await press(review, approve);
    expect((await again.waitFor((m) => m.role === "follow-up")).content).toMatch(
      /already approved or rejected/,
    );
    expect(creates()).toBe(0);
  }, 60_000);

  it("an approval after a restart on another process, past the file link's expiry, uploads once", async () => {
    const file = Buffer.concat([PNG, Buffer.from("approved one")]);
    const handle = upload("approved.png", file);
    await handle.waitFor((m) => textOf(m).includes("Waiting for a staff member"), 15_000);
    const review = await reviewOf("approved.png");
    const approve = buttonOf(review, "approve");
    const firstLink = review.attachments[0]?.url ?? "";

    // Killed once the first process let go of the upload (a process killed holding its create lock is
    // waited out by the approved job, up to the lock's 15 s, which this test does not spend).
    await waitUntil(() => (createLockHeld() ? undefined : true), "the create lock to be released");
    await harness.killBot();
    await harness.startBot();
    // The review post's own link has expired by now; the bot must read the message again for a fresh one.
    harness.discord.clock.advance(25 * 60 * 60 * 1000);
    expect((await fetch(firstLink)).status).toBe(404);

    const click = await press(review, approve);
    expect(textOf(await click.reply())).toContain("Approved by");
    const asset = await waitUntil(
      () => [...harness.roblox.world.assets.values()].find((a) => a.contentSha256 === sha(file)),
      "the approved upload to reach Roblox",
    );
    expect(asset.creator).toEqual({ userId: admin.userId });
    expect(creates()).toBe(1);
    const twice = await press(review, approve);
    expect((await twice.waitFor((m) => m.role === "follow-up")).content).toMatch(
      /already approved or rejected/,
    );
    expect(creates()).toBe(1);
  }, 90_000);

  it("a Reject given after the uploader's token expired reaches them by DM in their language; /uploads shows it", async () => {
    const file = Buffer.concat([PNG, Buffer.from("rejected late")]);
    const handle = upload("rejected-late.png", file, LATE, "fr");
    await handle.waitFor((m) => !m.loading && textOf(m).includes(`<#${reviewChannel}>`), 15_000);
    const waiting = textOf(handle.message() as MessageState);
    const review = await reviewOf("rejected-late.png");
    harness.discord.clock.advance(TOKEN_LIFETIME_MS + 60_000);

    const click = await press(review, buttonOf(review, "reject"));
    expect(textOf(await click.reply())).toContain("Rejected by");
    const dm = await waitUntil(() => harness.discord.directMessages.of(LATE.id)[0], "the DM to the uploader");
    expect(textOf(dm)).toContain("Un membre de l'équipe a refusé cette importation");
    // The reply's token had expired: it still shows the wait, the DM carries the decision.
    expect(textOf(handle.message() as MessageState)).toBe(waiting);
    expect(await uploadsOf(LATE)).toContain("A staff member rejected this upload");
    expect(creates()).toBe(1);
  }, 60_000);

  it("an approval after the token expired, to an uploader whose DMs are closed, uploads once and /uploads shows it", async () => {
    harness.discord.directMessages.setClosed(CLOSED.id, true);
    const dmSends = () =>
      harness.discord.requests.filter((r) => r.route === "/channels/:channel/messages" && r.status === 403);
    const refusedBefore = dmSends().length;
    const file = Buffer.concat([PNG, Buffer.from("approved late")]);
    const handle = upload("approved-late.png", file, CLOSED);
    await handle.waitFor((m) => textOf(m).includes("Waiting for a staff member"), 15_000);
    const review = await reviewOf("approved-late.png");
    harness.discord.clock.advance(TOKEN_LIFETIME_MS + 60_000);

    const click = await press(review, buttonOf(review, "approve"));
    expect(textOf(await click.reply())).toContain("Approved by");
    const asset = await waitUntil(
      () => [...harness.roblox.world.assets.values()].find((a) => a.contentSha256 === sha(file)),
      "the approved upload to reach Roblox",
    );
    await waitUntil(() => (dmSends().length > refusedBefore ? true : undefined), "the refused DM");
    expect(dmSends().length - refusedBefore).toBe(1);
    expect(harness.discord.directMessages.of(CLOSED.id)).toEqual([]);
    expect(textOf(handle.message() as MessageState)).toContain("Waiting for a staff member");
    // The bot lives on, and the record has the result.
    let listed = await uploadsOf(CLOSED);
    // The record is saved just after the DM was refused.
    for (let i = 0; i < 20 && !listed.includes(asset.assetId); i++) listed = await uploadsOf(CLOSED);
    expect(listed).toContain(asset.assetId);
    expect(listed).toContain(`asset ${asset.assetId}, approved`);
    expect(harness.logs.some((line) => line.includes("the uploader does not take direct messages"))).toBe(
      true,
    );
    expect(creates()).toBe(2);
  }, 60_000);

  it("the server's upload log has every upload of the queue, with member, hash, creator, asset ID and state", async () => {
    const log = await harness.discord
      .runCommand({
        name: "uploads",
        options: { server: true },
        guildId: GUILD,
        user: STAFF,
        memberPermissions: MANAGE_GUILD,
      })
      .waitFor((m) => !m.loading, 10_000);
    const text = textOf(log);
    const approved = [...harness.roblox.world.assets.values()].filter((a) =>
      [Buffer.from("approved one"), Buffer.from("approved late")].some(
        (tail) => a.contentSha256 === sha(Buffer.concat([PNG, tail])),
      ),
    );
    expect(approved).toHaveLength(2);
    for (const asset of approved) {
      expect(text).toContain(asset.contentSha256);
      expect(text).toContain(`asset ${asset.assetId}`);
    }
    expect(text).toContain(`Roblox user ${admin.userId}`);
    for (const member of [UPLOADER, LATE, CLOSED]) expect(text).toContain(`<@${member.id}>`);
    // The two Rejects are recorded too: nothing reached Roblox, so no asset and no hash of sent bytes.
    for (const name of ["rejected.png", "rejected-late.png"]) {
      const line = text.split("},{").find((entry) => entry.includes(`“${name}”`)) ?? "";
      expect(line).toContain("SHA-256 not recorded");
      expect(line).toContain("no asset · ❌ failed");
    }
  }, 30_000);
});
