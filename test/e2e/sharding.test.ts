import type { RedisClientType } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/clock.js";
import { parseConfig } from "../../src/config.js";
import { openJobs } from "../../src/jobs/index.js";
import { UPLOAD_JOB } from "../../src/services/uploads/index.js";
import { UploadJobStore } from "../../src/services/uploads/jobs.js";
import { createStores } from "../../src/store/index.js";
import { REDIS_KEY_PREFIX, RedisPrimitives } from "../../src/store/primitives/index.js";
import type { MessageState } from "../emulators/discord/types.js";
import { multipartBody, PNG_BYTES } from "../emulators/opencloud/uploadHelpers.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { type Harness, startHarness } from "../support/harness.js";
import { freePort, waitFor } from "../support/ports.js";
import { createPrivateRedis, type PrivateRedis } from "../support/private-redis.js";
import { PNG } from "./upload-files.js";

/** A redis-server of this file's own, so no other test's keys and rate budgets mix with these. */
let STORE_URL = "";
let privateRedis: PrivateRedis | undefined;
const shardOf = (guildId: string) => Number((BigInt(guildId) >> 22n) % 2n);
/** Two guild IDs, the first served by shard 0 and the second by shard 1. */
const guildIds = ["1100000000004194304", "1100000000000000000"];
const member = { id: "500000000000000001", username: "sharded_member" };
const admin = seedWorld(1).subjects.admin;

let harness: Harness;
let webPort: number;

beforeAll(async () => {
  expect(guildIds.map(shardOf)).toEqual([0, 1]);
  privateRedis = await createPrivateRedis();
  await privateRedis.start();
  STORE_URL = privateRedis.url;
  webPort = await freePort();
  harness = await startHarness({
    shards: 2,
    discord: { guilds: guildIds.map((id, index) => ({ id, name: `Shard ${index} server` })) },
    env: {
      STORE_URL,
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: guildIds.join(","),
      UPLOAD_COOLDOWN_SECONDS: "600",
      WEB_PORT: String(webPort),
    },
  });
}, 60_000);
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
  await privateRedis?.kill();
});

function shardPid(shard: number): number {
  const line = [...harness.logs]
    .reverse()
    .find((entry) => entry.includes("connected to Discord") && entry.includes(`"shards":[${shard}]`));
  if (!line) throw new Error(`no ready line from shard ${shard}`);
  return (JSON.parse(line) as { pid: number }).pid;
}

function nextButton(message: MessageState): string {
  const row = message.components[0] as { components: Array<{ custom_id: string }> };
  const id = row.components.find((button) => button.custom_id.endsWith(":next"))?.custom_id;
  if (!id) throw new Error("no next button");
  return id;
}

describe("two shards sharing Redis", () => {
  it("runs one process per shard, each serving its own server", () => {
    expect(harness.discord.gatewayConnections()).toBe(2);
    expect(shardPid(0)).not.toBe(shardPid(1));
  });

  it("binds WEB_PORT once, in shard 0, so every shard starts", async () => {
    await waitFor(
      async () => harness.logs.find((line) => line.includes("web server listening")),
      10_000,
      "the web server",
    );
    const listening = harness.logs.filter((line) => line.includes("web server listening"));
    expect(listening).toHaveLength(1);
    expect((JSON.parse(listening[0] ?? "{}") as { pid: number }).pid).toBe(shardPid(0));
    expect(harness.logs.some((line) => line.includes("EADDRINUSE"))).toBe(false);
    expect((await fetch(`http://127.0.0.1:${webPort}/healthz`)).status).toBe(200);
  });

  it("continues a list started on a shard after that shard's process was killed and respawned", async () => {
    const subject = harness.roblox.world.subjects.manyGroupsUser;
    const handle = harness.discord.runCommand({
      name: "groups",
      options: { user: subject.username },
      user: member,
      guildId: guildIds[1]!,
    });
    const first = await handle.waitFor((m) => !m.loading, 15_000);
    const footer = (m: MessageState) => (m.embeds[0] as { footer: { text: string } }).footer.text;
    expect(footer(first)).toMatch(/page 1 of/);

    const killed = shardPid(1);
    process.kill(killed, "SIGKILL");
    await waitFor(
      async () => {
        try {
          return shardPid(1) !== killed && harness.discord.gatewayConnections() === 2 ? true : undefined;
        } catch {
          return undefined;
        }
      },
      45_000,
      "shard 1 to come back",
    );

    const click = harness.discord.click(first, nextButton(first), { user: member });
    const second = await click.reply(15_000);
    expect(footer(second)).toMatch(/page 2 of/);
  }, 90_000);

  it("holds a member's upload cooldown set through one shard on the other", async () => {
    const upload = (guildId: string, name: string) =>
      harness.discord.runCommand({
        name: "upload",
        options: { file: harness.discord.addAttachment({ name, data: PNG }) },
        user: member,
        guildId,
      });
    const first = upload(guildIds[0]!, "first.png");
    await first.waitFor((m) => !m.loading && JSON.stringify(m.embeds).includes("Uploaded"), 20_000);
    const second = upload(guildIds[1]!, "second.png");
    const notice = await second.waitFor((m) => m.ephemeral && m.content.length > 0, 15_000);
    expect(notice.content).toMatch(/You can upload again in \d+ s/);
    expect(harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" })).toBe(1);
  }, 60_000);
});

describe("uploads of a server the bot has left", () => {
  /** A server no shard receives any more (the bot was removed from it); its ID maps to shard 1. */
  const leftGuildId = "1100000000008388608";

  async function createOperation(): Promise<string> {
    const { body, contentType } = multipartBody(
      {
        assetType: "Decal",
        displayName: "left behind",
        creationContext: { creator: { userId: admin.userId } },
      },
      { bytes: PNG_BYTES, contentType: "image/png", filename: "left.png" },
    );
    const response = await fetch(`${harness.roblox.url}/assets/v1/assets`, {
      method: "POST",
      headers: { "x-api-key": harness.roblox.adminKey, "content-type": contentType },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(200);
    const operation = (await response.json()) as { path: string };
    return operation.path.split("/").at(-1) ?? "";
  }

  it("is finished by a shard's worker although no shard serves that server", async () => {
    expect(shardOf(leftGuildId)).toBe(1);
    expect(harness.discord.guilds.some((guild) => guild.id === leftGuildId)).toBe(false);
    const stores = await createStores(parseConfig(harness.env).storeUrl);
    try {
      const primitives = new RedisPrimitives(stores.redis as RedisClientType, REDIS_KEY_PREFIX);
      const jobs = new UploadJobStore(primitives, Date.now);
      const engine = await openJobs(primitives, stores.redis, systemClock);
      const now = Date.now();
      const id = "1300000000000000001";
      await jobs.create({
        id,
        userId: member.id,
        guildId: leftGuildId,
        applicationId: harness.discord.applicationId,
        interactionToken: "expired-token-of-a-left-server",
        interactionCreatedAt: now - 20 * 60_000,
        createdAt: now - 20 * 60_000,
        fileName: "left.png",
        size: PNG_BYTES.length,
        displayName: "left behind",
        creator: { userId: admin.userId },
        assetType: "Decal",
        stage: "waiting",
        operationId: await createOperation(),
        waitingSince: now - 60_000,
        replyOpen: false,
        updatedAt: now,
      });
      // Any shard's worker takes the job up: the reply is edited by its webhook, which needs no guild.
      await engine.enqueue(UPLOAD_JOB, { uploadId: id }, { id: `upload-${id}` });
      await engine.close();
      await waitFor(
        async () => ((await jobs.get(id))?.stage === "finished" ? true : undefined),
        45_000,
        "the left server's upload to be resumed and finished",
      );
      expect((await jobs.get(id))?.result?.kind).toBe("approved");
    } finally {
      await stores.close();
    }
  }, 90_000);
});

describe("sharded mode without Redis", () => {
  it("refuses SQLite with a clear message", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const result = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/sharded.ts"], {
      env: {
        PATH: process.env.PATH ?? "",
        DISCORD_TOKEN: "x".repeat(40),
        ROBLOX_API_KEY: "k".repeat(40),
        STORE_URL: "sqlite://./data/never.sqlite",
      },
      encoding: "utf8",
    }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in result ? result.code : 0).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Sharded mode needs STORE_URL=redis:\/\//);
  });

  it("refuses INTERACTIONS_MODE=http, whose gateway belongs to the events process", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const result = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/sharded.ts"], {
      env: {
        PATH: process.env.PATH ?? "",
        DISCORD_TOKEN: "x".repeat(40),
        ROBLOX_API_KEY: "k".repeat(40),
        STORE_URL: "redis://127.0.0.1:1",
        INTERACTIONS_MODE: "http",
        DISCORD_PUBLIC_KEY: "a".repeat(64),
        WEB_PORT: "8080",
      },
      encoding: "utf8",
    }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in result ? result.code : 0).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Sharded mode holds interactions on the gateway/);
  });
});
