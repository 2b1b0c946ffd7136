import pino from "pino";
import { describe, expect, it } from "vitest";
import type { EnqueueOptions, JobHandler, Jobs } from "../../src/jobs/types.js";
import type { ModerationState, OpenCloudClient } from "../../src/services/opencloud/index.js";
import { type UploadJob, UploadJobStore } from "../../src/services/uploads/jobs.js";
import {
  type DirectMessageOutcome,
  MODERATION_FOLLOW_MS,
  MODERATION_JOB,
  ModerationFollower,
  moderationDelayMs,
  STILL_REVIEWING_NOTE,
} from "../../src/services/uploads/moderation.js";
import type { ReplyEditOutcome } from "../../src/services/uploads/reply.js";
import { MemoryPrimitives } from "../../src/store/primitives/index.js";

const MINUTE = 60_000;

/** Keeps what was queued; the test runs each job itself once its delay has passed on the test clock. */
class QueuedJobs {
  readonly queued: Array<{ id: string; data: { uploadId: string }; delayMs: number }> = [];
  handler: JobHandler<{ uploadId: string }> | undefined;
  readonly engine = {
    kind: "in-process",
    define: (name: string, handler: JobHandler<{ uploadId: string }>) => {
      if (name === MODERATION_JOB) this.handler = handler;
    },
    enqueue: async (_name: string, data: { uploadId: string }, options: EnqueueOptions = {}) => {
      this.queued.push({ id: options.id ?? "", data, delayMs: options.delayMs ?? 0 });
      return options.id ?? "";
    },
  } as unknown as Jobs;

  async runNext(clock: { time: number }): Promise<boolean> {
    const next = this.queued.shift();
    if (!next || !this.handler) return false;
    clock.time += next.delayMs;
    await this.handler({
      id: next.id,
      name: MODERATION_JOB,
      data: next.data,
      run: 1,
      signal: new AbortController().signal,
      progress: async () => undefined,
    });
    return true;
  }
}

function setUp(states: ModerationState[], dm: DirectMessageOutcome) {
  const clock = { time: Date.UTC(2026, 0, 1) };
  const now = () => clock.time;
  const records = new UploadJobStore(new MemoryPrimitives({ now }), now);
  const jobs = new QueuedJobs();
  const reads: string[] = [];
  const roblox = {
    assets: {
      getAsset: async (assetId: string) => {
        reads.push(assetId);
        return { assetId, moderationState: states.shift() ?? "reviewing" };
      },
    },
  } as unknown as OpenCloudClient;
  const dms: string[] = [];
  const edits: string[] = [];
  const lines: string[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
  const follower = new ModerationFollower({
    roblox,
    jobs: jobs.engine,
    records,
    replies: async (): Promise<ReplyEditOutcome> => {
      edits.push("edit");
      return { ok: true, editedAt: undefined };
    },
    directMessages: async (userId) => {
      dms.push(userId);
      return dm;
    },
    render: (job) => ({ result: job.result }),
    logger,
    now,
    baseDelayMs: MINUTE,
  });
  const job: UploadJob = {
    id: "1",
    userId: "42",
    guildId: "7",
    applicationId: "9",
    interactionCreatedAt: clock.time,
    createdAt: clock.time,
    fileName: "a.png",
    size: 1,
    displayName: "a",
    creator: { userId: "5" },
    stage: "finished",
    replyOpen: false,
    result: { kind: "reviewing", assetId: "100" },
    updatedAt: clock.time,
  } as UploadJob;
  return { clock, records, jobs, reads, dms, edits, lines, follower, job };
}

describe("following moderation", () => {
  it("waits 1 min, then twice as long each time, up to 1 h", () => {
    const pauses = Array.from({ length: 9 }, (_, checks) => moderationDelayMs(MINUTE, checks) / MINUTE);
    expect(pauses).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("stops after 24 h with the Creator Dashboard note, in the record and by DM", async () => {
    const setup = setUp([], { ok: true });
    setup.follower.begin(setup.job);
    await setup.records.save(setup.job);
    await setup.follower.schedule(setup.job);
    const start = setup.clock.time;
    while (await setup.jobs.runNext(setup.clock)) {
      expect(setup.clock.time - start).toBeLessThanOrEqual(MODERATION_FOLLOW_MS);
    }
    const record = await setup.records.get("1");
    expect(record?.result).toMatchObject({ kind: "reviewing", note: STILL_REVIEWING_NOTE });
    expect(setup.dms).toEqual(["42"]);
    // After 1, 3, 7, 15, 31 and 63 min, then hourly until 23 h 3 min, and a last check at 24 h.
    expect(setup.reads.length).toBe(29);
    expect(setup.clock.time - start).toBe(MODERATION_FOLLOW_MS);
  });

  it("records a verdict for an uploader whose DMs are closed, logged once, and never asks again", async () => {
    const setup = setUp(["reviewing", "rejected"], { ok: false, closed: true, code: 50007, status: 403 });
    setup.follower.begin(setup.job);
    await setup.records.save(setup.job);
    await setup.follower.schedule(setup.job);
    while (await setup.jobs.runNext(setup.clock)) {}
    expect((await setup.records.get("1"))?.result).toMatchObject({ kind: "rejected", assetId: "100" });
    expect(setup.dms).toEqual(["42"]);
    expect(setup.reads).toEqual(["100", "100"]);
    expect(setup.lines.filter((line) => line.includes("does not take direct messages"))).toHaveLength(1);
  });

  it("edits the reply, not a DM, while the token lives, and then keeps no token", async () => {
    const setup = setUp(["approved"], { ok: true });
    setup.job.replyOpen = true;
    setup.job.interactionToken = "secret-token";
    setup.follower.begin(setup.job);
    await setup.records.save(setup.job);
    expect((await setup.records.get("1"))?.interactionToken).toBe("secret-token");
    await setup.follower.schedule(setup.job);
    while (await setup.jobs.runNext(setup.clock)) {}
    const record = await setup.records.get("1");
    expect(record?.result?.kind).toBe("approved");
    expect(record?.interactionToken).toBeUndefined();
    expect(setup.edits).toEqual(["edit"]);
    expect(setup.dms).toEqual([]);
  });
});
