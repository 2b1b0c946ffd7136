import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { Clock } from "../../src/clock.js";
import { InProcessJobs } from "../../src/jobs/index.js";
import { RetentionSweep } from "../../src/services/retention/index.js";
import { type UploadJob, UploadJobStore } from "../../src/services/uploads/jobs.js";
import { SqlitePrimitives } from "../../src/store/primitives/index.js";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60_000;
const KEEPS_OWN = "1300000000000000031";
const DEFAULT_SERVER = "1300000000000000032";
const MEMBER = "470000000000000001";

/** A clock a test moves by hand; the job engine and the store both read it. */
function handClock(start: number): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
  };
}

function finished(id: string, guildId: string, createdAt: number): UploadJob {
  return {
    id,
    userId: MEMBER,
    guildId,
    applicationId: "1",
    interactionCreatedAt: createdAt,
    createdAt,
    fileName: `${id}.png`,
    size: 10,
    displayName: id,
    creator: { userId: "1" },
    stage: "finished",
    replyOpen: false,
    result: { kind: "approved", assetId: "99" },
    updatedAt: createdAt,
  };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("the retention sweep, a repeating job of the engine", () => {
  it("removes log entries past each server's retention and members' list entries after 30 days", async () => {
    const clock = handClock(Date.UTC(2026, 0, 1));
    const primitives = new SqlitePrimitives(
      join(mkdtempSync(join(tmpdir(), "retention-")), "s.sqlite"),
      clock,
    );
    const jobs = new InProcessJobs(primitives, clock, { lockMs: 1_000 });
    closers.push(async () => {
      await jobs.close();
      await primitives.close();
    });
    const sweep = new RetentionSweep({
      primitives,
      jobs,
      clock,
      logger: pino({ level: "silent" }),
      uploadLogDays: 180,
      everyMs: HOUR,
    });
    const uploads = new UploadJobStore(primitives, () => clock.now());
    const start = clock.now();
    for (const job of [finished("own", KEEPS_OWN, start), finished("default", DEFAULT_SERVER, start)]) {
      await uploads.create(job);
      await uploads.save(job);
    }
    await sweep.setUploadLogDays(KEEPS_OWN, 60);
    expect(await sweep.uploadLogDays(KEEPS_OWN)).toBe(60);
    expect(await sweep.uploadLogDays(DEFAULT_SERVER)).toBe(180);
    await jobs.start();
    await sweep.schedule();

    // Before its first run nothing goes; at 31 days the member's list is cleared, the logs keep both.
    clock.advance(31 * DAY);
    await until(async () => (await uploads.recent(MEMBER, 10)).length === 0, "the member's list to clear");
    expect((await uploads.recentInGuild(KEEPS_OWN, 10)).map((job) => job.id)).toEqual(["own"]);
    expect((await uploads.recentInGuild(DEFAULT_SERVER, 10)).map((job) => job.id)).toEqual(["default"]);

    // At 61 days the server that keeps 60 days has lost its entry; the other keeps it until 180.
    clock.advance(30 * DAY);
    await until(async () => (await uploads.get("own")) === undefined, "the 60-day entry to go");
    expect(await uploads.recentInGuild(KEEPS_OWN, 10)).toEqual([]);
    expect(await uploads.get("default")).toBeDefined();

    clock.advance(120 * DAY);
    await until(async () => (await uploads.get("default")) === undefined, "the 180-day entry to go");
    expect(await uploads.recentInGuild(DEFAULT_SERVER, 10)).toEqual([]);
  });

  it("leaves an upload that is still under way to its job", async () => {
    const clock = handClock(Date.UTC(2026, 0, 1));
    const primitives = new SqlitePrimitives(
      join(mkdtempSync(join(tmpdir(), "retention-")), "s.sqlite"),
      clock,
    );
    const jobs = new InProcessJobs(primitives, clock);
    closers.push(async () => primitives.close());
    const sweep = new RetentionSweep({
      primitives,
      jobs,
      clock,
      logger: pino({ level: "silent" }),
      uploadLogDays: 1,
    });
    const uploads = new UploadJobStore(primitives, () => clock.now());
    await uploads.create({
      ...finished("busy", DEFAULT_SERVER, clock.now()),
      stage: "waiting",
      replyOpen: true,
    });
    clock.advance(1.5 * DAY);
    expect(await sweep.sweep()).toEqual({ logEntries: 0, memberEntries: 0 });
    expect(await uploads.get("busy")).toBeDefined();
  });
});
