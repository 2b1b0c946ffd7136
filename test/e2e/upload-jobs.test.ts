import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, type RedisClientType } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { type BotProcess, spawnBot } from "../support/bot-process.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import { type Harness, startHarness } from "../support/harness.js";
import { waitFor } from "../support/ports.js";
import { createPrivateRedis, type PrivateRedis } from "../support/private-redis.js";
import { findInStore } from "../support/store-search.js";
import { PNG } from "./upload-files.js";

/** A redis-server of this file's own, so no other test's keys and jobs mix with these. */
let STORE_URL = "";
const admin = seedWorld(1).subjects.admin;
const titleOf = (m: MessageState) => String((m.embeds[0] as { title?: string } | undefined)?.title ?? "");
const showing = (text: string) => (m: MessageState) => JSON.stringify(m.embeds).includes(text);

describe("uploads on the job engine, two bot processes on one Redis", () => {
  let harness: Harness;
  let second: BotProcess | undefined;
  let redis: RedisClientType;
  let privateRedis: PrivateRedis | undefined;
  const secondDir = mkdtempSync(join(tmpdir(), "bot-second-"));
  const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });

  async function startSecond(): Promise<void> {
    second = spawnBot(harness.env, secondDir, {
      onStdout: (line) => harness.logs.push(line),
      onStderr: (line) => harness.logs.push(`stderr: ${line}`),
    });
    await second.ready;
  }

  async function killSecond(): Promise<void> {
    const running = second;
    second = undefined;
    if (!running || running.child.exitCode !== null) return;
    running.child.kill("SIGKILL");
    await running.exited;
  }

  beforeAll(async () => {
    privateRedis = await createPrivateRedis();
    await privateRedis.start();
    STORE_URL = privateRedis.url;
    redis = createClient({ url: STORE_URL });
    await redis.connect();
    harness = await startHarness({
      childProcess: true,
      opencloud: { operationPolls: 6 },
      env: ({ discord }) => ({
        STORE_URL,
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: seededGuildIds(discord),
        UPLOAD_COOLDOWN_SECONDS: "0",
      }),
    });
    await startSecond();
  }, 60_000);
  afterAll(async () => {
    await killSecond();
    harness?.assertClean();
    await harness?.close();
    await redis?.quit();
    await privateRedis?.kill();
    rmSync(secondDir, { recursive: true, force: true });
  });

  const member = { id: "300000000000000077" };
  function uploadToBoth(name: string): InteractionHandle {
    const attachment = harness.discord.addAttachment({ name, data: PNG });
    return harness.discord.runCommand({
      name: "upload",
      options: { file: attachment },
      user: member,
      toEverySession: true,
    });
  }
  const memberIndex = async () => (await redis.zRange(`bot:uploads:by-user:${member.id}`, 0, -1)).sort();
  const activeIndex = () => redis.zRange("bot:uploads:active", 0, -1);

  for (const victim of ["the first process", "the second process"] as const) {
    it(`keeps exactly one job per upload, resumes both after SIGKILL of ${victim}, and sends each once`, async () => {
      harness.roblox.clearRequests();
      const uploads = [uploadToBoth(`${victim}-a.png`), uploadToBoth(`${victim}-b.png`)];
      await Promise.all(uploads.map((upload) => upload.waitFor(showing("Waiting for Roblox"), 20_000)));
      const ids = uploads.map((upload) => upload.id).sort();
      // Each interaction reached both processes: both acknowledged it, and Discord took one of them.
      for (const upload of uploads) {
        const callbacks = await waitFor(
          async () => {
            const sent = harness.discord.requests.filter(
              (r) => r.path === `/interactions/${upload.id}/:token/callback`,
            );
            return sent.length >= 2 ? sent : undefined;
          },
          10_000,
          "both processes to acknowledge",
        );
        expect(callbacks.filter((r) => r.status < 300)).toHaveLength(1);
      }
      expect((await memberIndex()).filter((id) => ids.includes(id))).toEqual(ids);
      expect((await activeIndex()).sort()).toEqual(ids);

      if (victim === "the first process") await harness.killBot();
      else await killSecond();

      for (const upload of uploads) {
        const done = await upload.waitFor((m) => titleOf(m) === "Uploaded to Roblox", 30_000);
        expect(JSON.stringify(done.embeds)).toContain("Approved");
      }
      expect(creates()).toBe(2);
      // The record is saved just after the last edit: wait for it to leave the unfinished index.
      await waitFor(
        async () => ((await activeIndex()).length === 0 ? true : undefined),
        5_000,
        "the jobs to end",
      );
      expect((await memberIndex()).filter((id) => ids.includes(id))).toEqual(ids);
      for (const upload of uploads) expect(await findInStore(STORE_URL, upload.token)).toEqual([]);

      if (victim === "the first process") await harness.startBot();
      else await startSecond();
    }, 90_000);
  }
});

describe("a finished upload on SQLite", () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({
      store: "sqlite",
      env: ({ discord }) => ({
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: seededGuildIds(discord),
      }),
    });
  }, 60_000);
  afterAll(async () => {
    harness?.assertClean();
    await harness?.close();
  });

  it("leaves no interaction token anywhere in the store", async () => {
    const attachment = harness.discord.addAttachment({ name: "tokenless.png", data: PNG });
    const upload = harness.discord.runCommand({ name: "upload", options: { file: attachment } });
    await upload.waitFor((m) => titleOf(m) === "Uploaded to Roblox", 20_000);
    // The record is saved, without the token, just after the last edit.
    const storeUrl = harness.config.storeUrl;
    await waitFor(
      async () => ((await findInStore(storeUrl, upload.token)).length === 0 ? true : undefined),
      5_000,
      "the token to leave the store",
    ).catch(() => undefined);
    // Asserted again to show what was found, if anything.
    expect(await findInStore(storeUrl, upload.token)).toEqual([]);
    const list = harness.discord.runCommand({ name: "uploads" });
    expect(JSON.stringify((await list.reply()).embeds)).toContain("tokenless");
  }, 60_000);
});
