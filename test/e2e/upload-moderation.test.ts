import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import { type Harness, type HarnessOptions, startHarness } from "../support/harness.js";
import { PNG } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
const textOf = (m: MessageState) => JSON.stringify(m.embeds);
const showing = (text: string) => (m: MessageState) => textOf(m).includes(text);
const TOKEN_LIFETIME_MS = 15 * 60_000;
const ASSET_READ = /^\/assets\/v1\/assets\/\d+(\?|$)/;

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function uploadAs(harness: Harness, fileName: string, userId: string): InteractionHandle {
  const attachment = harness.discord.addAttachment({ name: fileName, data: PNG });
  return harness.discord.runCommand({ name: "upload", options: { file: attachment }, user: { id: userId } });
}

async function uploadsListOf(harness: Harness, userId: string): Promise<string> {
  const list = harness.discord.runCommand({ name: "uploads", user: { id: userId } });
  const reply = await list.waitFor((m) => !m.loading, 10_000);
  return JSON.stringify(reply.embeds);
}

/** Roblox answers the operation with Reviewing; the asset reads Reviewing a few more times, then decides. */
const startOptions = (childProcess: boolean, reviewingReads: number): HarnessOptions => ({
  childProcess,
  store: "sqlite",
  opencloud: { operationPolls: 1, reviewingReads },
  env: ({ discord }) => ({
    ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
    UPLOAD_GUILD_IDS: seededGuildIds(discord),
    UPLOAD_COOLDOWN_SECONDS: "0",
    // The follow-up's first pause (1 min in production), so that a test sees the whole schedule in seconds.
    UPLOAD_REVIEW_CHECK_MS: "200",
  }),
});

describe("/upload of an asset moderation leaves Reviewing", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(startOptions(false, 3));
  }, 60_000);
  afterAll(async () => {
    harness?.assertClean();
    await harness?.close();
  });

  it("follows the asset to Approved and edits the reply while its token lives; /uploads shows it", async () => {
    const user = "310000000000000001";
    const handle = uploadAs(harness, "reviewing.png", user);
    await handle.waitFor(showing("Under review"), 15_000);
    const done = await handle.waitFor(showing("Approved"), 20_000);
    expect(textOf(done)).not.toContain("Under review");
    expect(await uploadsListOf(harness, user)).toContain("approved");
    expect(harness.discord.directMessages.of(user)).toEqual([]);
    expect(harness.roblox.countRequests({ method: "GET", path: ASSET_READ })).toBeGreaterThan(0);
  }, 60_000);

  it("tells the uploader a Rejected verdict by DM once the token has expired; /uploads shows it", async () => {
    const user = "310000000000000002";
    const handle = uploadAs(harness, "reviewing-rejected.png", user);
    await handle.waitFor(showing("Under review"), 15_000);
    harness.discord.clock.advance(TOKEN_LIFETIME_MS + 60_000);
    await until(() => harness.discord.directMessages.of(user).length > 0, 20_000);
    const [dm] = harness.discord.directMessages.of(user);
    expect(textOf(dm as MessageState)).toContain("Rejected by Roblox moderation");
    expect(textOf(handle.message() as MessageState)).toContain("Under review");
    expect(await uploadsListOf(harness, user)).toContain("rejected by moderation");
  }, 60_000);

  it("speaks the member's language in a private reply and in the DM outside the interaction", async () => {
    const user = "310000000000000005";
    const attachment = harness.discord.addAttachment({ name: "reviewing-rejected-de.png", data: PNG });
    const handle = harness.discord.runCommand({
      name: "upload",
      options: { file: attachment, private: true },
      user: { id: user },
      locale: "pt-BR",
      guildLocale: "de",
    });
    await handle.waitFor(showing("Em análise"), 15_000);
    harness.discord.clock.advance(TOKEN_LIFETIME_MS + 60_000);
    await until(() => harness.discord.directMessages.of(user).length > 0, 20_000);
    const [dm] = harness.discord.directMessages.of(user);
    expect(textOf(dm as MessageState)).toContain("Rejeitado pela moderação do Roblox");
  }, 60_000);

  it("keeps the verdict in /uploads, without retrying, for an uploader whose DMs are closed", async () => {
    const user = "310000000000000003";
    harness.discord.directMessages.setClosed(user, true);
    const dmSendsOf = () =>
      harness.discord.requests.filter((request) => request.route === "/channels/:channel/messages");
    const before = dmSendsOf().length;
    const handle = uploadAs(harness, "reviewing.png", user);
    await handle.waitFor(showing("Under review"), 15_000);
    harness.discord.clock.advance(TOKEN_LIFETIME_MS + 60_000);
    const refusal = "the uploader does not take direct messages";
    await until(() => harness.logs.some((line) => line.includes(refusal)), 20_000);
    expect(await uploadsListOf(harness, user)).toContain("approved");
    expect(harness.logs.filter((line) => line.includes(refusal))).toHaveLength(1);
    const dmSends = dmSendsOf().slice(before);
    expect(dmSends.map((request) => request.status)).toEqual([403]);
    expect(harness.discord.directMessages.of(user)).toEqual([]);
  }, 60_000);
});

describe("/upload followed through moderation across a killed bot process", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(startOptions(true, 4));
  }, 60_000);
  afterAll(async () => {
    harness?.assertClean();
    await harness?.close();
  });

  it("resumes following after SIGKILL and a restart, and the verdict reaches the reply and /uploads", async () => {
    const user = "310000000000000004";
    const handle = uploadAs(harness, "reviewing.png", user);
    await handle.waitFor(showing("Under review"), 15_000);
    await until(() => harness.roblox.countRequests({ method: "GET", path: ASSET_READ }) >= 1, 15_000);
    await harness.killBot();
    await harness.startBot();
    await handle.waitFor(showing("Approved"), 30_000);
    expect(await uploadsListOf(harness, user)).toContain("approved");
  }, 90_000);
});
