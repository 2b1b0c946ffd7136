import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { type Harness, startHarness } from "../support/harness.js";
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

/**
 * Puts the bot's state into a store file of the previous release: a copy of the file that release
 * created (its schema, its rollback journal, its own rows), with every row written by that release's
 * statement. The file at `path` is replaced.
 */
function asPreviousReleaseStore(path: string): void {
  const current = new DatabaseSync(path);
  const rows = current.prepare("SELECT key, value FROM keyv").all() as Array<{ key: string; value: string }>;
  current.close();
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  copyFileSync(PREVIOUS_RELEASE_STORE, path);
  const previous = new DatabaseSync(path);
  const upsert = previous.prepare(PREVIOUS_RELEASE_UPSERT);
  for (const row of rows) upsert.run(row.key, row.value);
  previous.close();
}

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
      env: {
        STORE_URL: `sqlite://${storeFile}`,
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_COOLDOWN_SECONDS: "0",
      },
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
    const after = new DatabaseSync(storeFile, { readOnly: true });
    // The upload job the previous release itself wrote into the fixture.
    const fixtureJob = after
      .prepare("SELECT value FROM keyv WHERE key = ?")
      .get("jobs:upload:1577347201577910277");
    after.close();
    expect(fixtureJob).toBeDefined();
  }, 90_000);
});
