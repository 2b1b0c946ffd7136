import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/translator.js";

const STORE_UNAVAILABLE_MESSAGE = en.t("failure.storeUnavailable");

import type { InteractionHandle } from "../emulators/discord/index.js";
import { answered, LEVEL, parsedLogs, textOf, until } from "../support/fault-helpers.js";
import { type Harness, startHarness } from "../support/harness.js";
import { createPrivateRedis, type PrivateRedis } from "../support/private-redis.js";

/** A Redis of the test's own (never the shared 127.0.0.1:6379), killed and started again under the bot. */
describe("Redis restarted mid-run", () => {
  let redis: PrivateRedis;
  let harness: Harness;
  beforeAll(async () => {
    redis = await createPrivateRedis();
    harness = await startHarness({ env: { STORE_URL: redis.url } });
  }, 30_000);
  afterAll(async () => {
    await redis?.start();
    harness?.assertClean();
    await harness?.close();
    await redis?.kill();
  });

  const world = () => harness.roblox.world;
  let userCounter = 0;
  function command(name: string, options: Record<string, unknown>): InteractionHandle {
    const id = `33000000000000${String(++userCounter).padStart(4, "0")}`;
    return harness.discord.runCommand({ name, options, user: { id } });
  }

  it("commands fail plainly while Redis is down, and work again once it is back, without a bot restart", async () => {
    const stores = harness.bot()!.context.stores;
    expect(stores.kind).toBe("redis");
    const { admin, smallUser, richUser } = world().subjects;
    const before = await command("user", { user: admin.userId }).waitFor(answered, 15_000);
    expect(textOf(before)).toContain(admin.userId);
    // A paged list whose session lives in Redis.
    const list = await command("inventory", { user: richUser.userId }).waitFor(answered, 15_000);
    expect(list.components.length).toBe(1);

    await redis.kill();
    await until(() => !stores.isUp(), 5_000, "the bot to see Redis gone");
    const logsBefore = harness.logs.length;
    const outcomes: string[] = [];
    for (const subject of [smallUser, world().subjects.emptyUser, world().subjects.oneGroupUser]) {
      const down = command("user", { user: subject.userId });
      expect((await down.ack()).type).toBe(5);
      const notice = await down.waitFor((m) => m.ephemeral && m.content.length > 0, 10_000);
      outcomes.push(notice.content);
    }
    expect(outcomes).toEqual([
      STORE_UNAVAILABLE_MESSAGE,
      STORE_UNAVAILABLE_MESSAGE,
      STORE_UNAVAILABLE_MESSAGE,
    ]);
    const fatal = parsedLogs(harness.logs.slice(logsBefore)).filter((l) => Number(l.level) >= LEVEL.fatal);
    expect(fatal).toEqual([]);
    expect(harness.bot()?.client.isReady()).toBe(true);

    // Same port, empty data: the client reconnects by itself.
    await redis.start();
    await until(() => stores.isUp(), 10_000, "the bot to reconnect to Redis");
    const back = await command("user", { user: smallUser.userId }).waitFor(answered, 15_000);
    expect(back.ephemeral).toBe(false);
    expect(textOf(back)).toContain(smallUser.userId);
    // The old list's session died with Redis's memory: its buttons say so plainly.
    const click = harness.discord.click(list, nextButton(list), {
      user: { id: "330000000000000002" },
    });
    const expired = await click.waitFor((m) => m.ephemeral && m.content.length > 0, 10_000);
    expect(expired.content).toMatch(/expired|no longer work/);
    const fresh = await command("groups", { user: world().subjects.oneGroupUser.userId }).waitFor(
      answered,
      15_000,
    );
    expect(textOf(fresh)).toContain(world().subjects.oneGroup.groupId);
  }, 60_000);
});

function nextButton(message: { components: unknown[] }): string {
  const row = message.components[0] as { components: Array<{ custom_id: string }> };
  return row.components.find((b) => b.custom_id.endsWith(":next"))?.custom_id ?? "";
}

describe("a SQLite store that cannot be used at start", () => {
  const dir = mkdtempSync(join(tmpdir(), "bot-sqlite-fault-"));
  afterAll(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });
  const token = "MTAxNTAwMDAwMDAwMDAwMDAwMA.GsEcRt.very-secret-token-value_456";
  const apiKey = "k".repeat(40);

  function start(storePath: string) {
    return spawnSync(resolve("node_modules/.bin/tsx"), [resolve("src/index.ts")], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        DISCORD_TOKEN: token,
        ROBLOX_API_KEY: apiKey,
        STORE_URL: `sqlite://${storePath}`,
      },
      encoding: "utf8",
      timeout: 20_000,
    });
  }

  function expectOneLine(result: ReturnType<typeof start>, pattern: RegExp): void {
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(result.stdout + result.stderr).not.toContain(token);
    expect(result.stdout + result.stderr).not.toContain(apiKey);
  }

  it.each([
    ["random bytes", randomBytes(8192)],
    [
      "a SQLite header followed by garbage",
      Buffer.concat([Buffer.from("SQLite format 3\0"), randomBytes(200)]),
    ],
  ])(
    "a corrupt file (%s): one clear line on stderr, exit 1",
    (_, bytes) => {
      const path = join(dir, `corrupt-${bytes.length}.sqlite`);
      writeFileSync(path, bytes);
      expectOneLine(
        start(path),
        /^the SQLite store .+ cannot be used \(SQLITE_NOTADB\): the file is not a SQLite database or is corrupt/,
      );
    },
    30_000,
  );

  it("a path that is a folder: one clear line, exit 1", () => {
    const path = join(dir, "folder.sqlite");
    mkdirSync(path);
    expectOneLine(
      start(path),
      /^the SQLite store .+ cannot be used \(SQLITE_CANTOPEN\): the file cannot be opened for writing/,
    );
  }, 30_000);

  it("a folder that cannot be created (a file stands in its place): one clear line, exit 1", () => {
    const blocker = join(dir, "not-a-folder");
    writeFileSync(blocker, "x");
    expectOneLine(
      start(join(blocker, "bot.sqlite")),
      /^the SQLite store .+ cannot be used: its folder cannot be created$/,
    );
  }, 30_000);

  // File permissions do not bind root, so this case only means something for other users.
  it.skipIf(process.getuid?.() === 0)(
    "a read-only file: one clear line, exit 1",
    () => {
      const path = join(dir, "readonly.sqlite");
      writeFileSync(path, "");
      chmodSync(path, 0o444);
      expectOneLine(start(path), /^the SQLite store .+ cannot be used \(SQLITE_(READONLY|CANTOPEN)\)/);
    },
    30_000,
  );
});
