import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import { type Harness, startHarness } from "../support/harness.js";
import { waitFor } from "../support/ports.js";
import { PNG } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
const PREVIOUS_RELEASE_STORE = new URL("../fixtures/previous-release/store.sqlite", import.meta.url);
/** The statement the previous release's adapter (@keyv/sqlite 4.0.8) wrote every value with, verbatim. */
const PREVIOUS_RELEASE_UPSERT = `INSERT INTO keyv (key, value)
			VALUES(?, ?) 
			ON CONFLICT(key) 
			DO UPDATE SET value=excluded.value;`;

const titleOf = (m: MessageState) => String((m.embeds[0] as { title?: string } | undefined)?.title ?? "");
const footerOf = (m: MessageState) =>
  String((m.embeds[0] as { footer?: { text?: string } } | undefined)?.footer?.text ?? "");
const showing = (text: string) => (m: MessageState) => JSON.stringify(m.embeds).includes(text);

/** Upload jobs as the previous release kept them: keyv rows in the `jobs` namespace, with two lists. */
function asPreviousReleaseUploads(
  current: DatabaseSync,
  fixture: DatabaseSync,
): Array<{ key: string; value: string }> {
  const records = current
    .prepare("SELECT key, value FROM primitive_values WHERE key LIKE 'upload:%'")
    .all() as Array<{ key: string; value: string }>;
  const listIn = (key: string) => {
    const row = fixture.prepare("SELECT value FROM keyv WHERE key = ?").get(key) as
      | { value: string }
      | undefined;
    return row ? (JSON.parse(row.value) as { value: string[] }).value : [];
  };
  const active = listIn("jobs:upload-active");
  const byUser = new Map<string, string[]>();
  const rows: Array<{ key: string; value: string }> = [];
  for (const { key, value } of records) {
    const job = JSON.parse(value) as { id: string; userId: string; stage: string };
    rows.push({
      key: `jobs:${key}`,
      value: JSON.stringify({ value: job, expires: Date.now() + 2 * 86_400_000 }),
    });
    if (job.stage !== "finished") active.unshift(job.id);
    const list = byUser.get(job.userId) ?? listIn(`jobs:upload-user:${job.userId}`);
    byUser.set(job.userId, [job.id, ...list]);
  }
  rows.push({ key: "jobs:upload-active", value: JSON.stringify({ value: active }) });
  for (const [userId, ids] of byUser) {
    rows.push({
      key: `jobs:upload-user:${userId}`,
      value: JSON.stringify({ value: ids, expires: Date.now() + 30 * 86_400_000 }),
    });
  }
  return rows;
}

/**
 * Puts the bot's state into a store file of the previous release: a copy of the file that release
 * created (its schema, its rollback journal, its own rows), with every row written by that release's
 * statement, upload jobs in the form that release kept them. The file at `path` is replaced.
 */
function asPreviousReleaseStore(path: string): void {
  const current = new DatabaseSync(path);
  const rows = current.prepare("SELECT key, value FROM keyv").all() as Array<{ key: string; value: string }>;
  const fixture = new DatabaseSync(new URL(PREVIOUS_RELEASE_STORE), { readOnly: true });
  rows.push(...asPreviousReleaseUploads(current, fixture));
  fixture.close();
  current.close();
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  copyFileSync(PREVIOUS_RELEASE_STORE, path);
  const previous = new DatabaseSync(path);
  const upsert = previous.prepare(PREVIOUS_RELEASE_UPSERT);
  for (const row of rows) upsert.run(row.key, row.value);
  previous.close();
}

/** The upload job the previous release itself wrote into the fixture, waiting on Roblox. */
const FIXTURE_JOB_ID = "1577347201577910277";
const FIXTURE_JOB_USER = "300000000000000021";
const FIXTURE_JOB_GUILD = "1577347195911405570";

const uploadRecord = (path: string, id: string) => {
  const db = new DatabaseSync(path, { readOnly: true });
  const row = db.prepare("SELECT value FROM primitive_values WHERE key = ?").get(`upload:${id}`) as
    | { value: string }
    | undefined;
  db.close();
  return row
    ? (JSON.parse(row.value) as { stage: string; interactionToken?: string; result?: unknown })
    : undefined;
};

const journalMode = (path: string) => {
  const db = new DatabaseSync(path);
  const mode = (db.prepare("PRAGMA journal_mode").get() as { journal_mode: string }).journal_mode;
  db.close();
  return mode;
};

describe("upgrading from the previous release's store", () => {
  const folder = mkdtempSync(join(tmpdir(), "bot-upgrade-"));
  const storeFile = join(folder, "bot.sqlite");
  let harness: Harness;
  const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });

  beforeAll(async () => {
    harness = await startHarness({
      childProcess: true,
      opencloud: { operationPolls: 5 },
      // The server the previous release's upload came from, for its entry in the upload log.
      discord: { guilds: [{}, { id: FIXTURE_JOB_GUILD, name: "The previous release's server" }] },
      env: ({ discord }) => ({
        STORE_URL: `sqlite://${storeFile}`,
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: seededGuildIds(discord),
        UPLOAD_COOLDOWN_SECONDS: "0",
      }),
    });
  }, 60_000);
  afterAll(async () => {
    harness?.assertClean();
    await harness?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("resumes the upload in flight and keeps paging the open list", async () => {
    const owner = { id: "300000000000000031" };
    const attachment = harness.discord.addAttachment({ name: "across-upgrade.png", data: PNG });
    const upload: InteractionHandle = harness.discord.runCommand({
      name: "upload",
      options: { file: attachment },
      user: owner,
    });
    await upload.waitFor(showing("Waiting for Roblox"), 15_000);
    const rich = harness.roblox.world.subjects.richUser;
    const list = harness.discord.runCommand({
      name: "inventory",
      options: { user: rich.username },
      user: owner,
    });
    const firstPage = await list.waitFor((m) => !m.loading && m.components.length > 0, 15_000);
    expect(footerOf(firstPage)).toMatch(/^Page 1 /);

    await harness.killBot();
    asPreviousReleaseStore(storeFile);
    expect(journalMode(storeFile)).toBe("delete");
    await harness.startBot();

    const done = await upload.waitFor((m) => titleOf(m) === "Uploaded to Roblox", 20_000);
    expect(JSON.stringify(done.embeds)).toContain("Approved");
    expect(creates()).toBe(1);

    const row = firstPage.components[0] as { components: Array<{ custom_id: string }> };
    const next = row.components.find((button) => button.custom_id.endsWith(":next"))?.custom_id ?? "";
    const click = harness.discord.click(firstPage, next, { user: owner });
    await click.ack();
    const secondPage = await click.reply();
    expect(footerOf(secondPage)).toMatch(/^Page 2 /);
    // The new adapter took the file over: WAL from now on, the previous release's own rows kept.
    expect(journalMode(storeFile)).toBe("wal");
    // The upload jobs were carried over to the primitives' tables and left keyv, the one the previous
    // release itself wrote into the fixture too: it was queued as a job and ran to an end.
    const fixtureJob = await waitFor(
      async () => {
        const record = uploadRecord(storeFile, FIXTURE_JOB_ID);
        return record?.stage === "finished" ? record : undefined;
      },
      20_000,
      "the fixture's upload to be carried over and run",
    );
    expect(fixtureJob.interactionToken).toBeUndefined();
    // A record from before the upload log kept fingerprints still shows in it, without one.
    const logged = await harness.discord
      .runCommand({
        name: "uploads",
        options: { member: { id: FIXTURE_JOB_USER } },
        guildId: FIXTURE_JOB_GUILD,
        user: { id: "300000000000000032" },
        memberPermissions: 1n << 5n,
      })
      .waitFor((m) => !m.loading && m.embeds.length > 0, 10_000);
    expect(JSON.stringify(logged.embeds)).toContain(`<@${FIXTURE_JOB_USER}>`);
    expect(JSON.stringify(logged.embeds)).toContain("SHA-256 not recorded");
    const after = new DatabaseSync(storeFile, { readOnly: true });
    expect(after.prepare("SELECT key FROM keyv WHERE key LIKE 'jobs:upload%'").all()).toEqual([]);
    const indexed = after
      .prepare("SELECT member FROM primitive_sorted WHERE key = ?")
      .all(`uploads:by-user:${FIXTURE_JOB_USER}`);
    after.close();
    expect(indexed).toEqual([{ member: FIXTURE_JOB_ID }]);
    expect(uploadRecord(storeFile, upload.id)).toMatchObject({
      stage: "finished",
      result: { kind: "approved" },
    });
  }, 90_000);
});
