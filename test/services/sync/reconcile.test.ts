import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { createClient, type RedisClientType } from "@keyv/redis";
import { Keyv } from "keyv";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../../src/clock.js";
import { BullJobs, type Jobs } from "../../../src/jobs/index.js";
import {
  BindStore,
  BindSync,
  type GuildDirectory,
  MANAGE_ROLES,
  MemberFactsReader,
} from "../../../src/services/binds/index.js";
import { createOpenCloudClient, DOCUMENTED_RATE_LIMITS } from "../../../src/services/opencloud/index.js";
import {
  BatchFactsReader,
  OwnershipSync,
  RoleSync,
  SyncBudget,
  SyncRoster,
} from "../../../src/services/sync/index.js";
import { RedisPrimitives } from "../../../src/store/primitives/index.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../../emulators/opencloud/index.js";

const GUILD = "400000000000000001";
const OFFICER = "400000000000000010";
const BOT_ROLE = "400000000000000011";
const VIP = "400000000000000012";
const GAME_PASS = 880_000_777;
const MEMBERS = 120;
const prefix = `test:role-sync:${randomUUID()}`;
const clients: RedisClientType[] = [];
let emulator: OpenCloudEmulator;

/** Discord as the binds see it, over one map of member roles that records every write. */
class RecordingDirectory implements GuildDirectory {
  readonly roles = new Map<string, string[]>();
  readonly writes: Array<{ userId: string; roleIds: readonly string[]; reason: string }> = [];
  readonly posts: string[] = [];
  async guild() {
    return {
      id: GUILD,
      ownerId: "1",
      roles: [
        { id: GUILD, name: "@everyone", position: 0, permissions: 0n, managed: false },
        { id: OFFICER, name: "Officer", position: 1, permissions: 0n, managed: false },
        { id: VIP, name: "VIP", position: 2, permissions: 0n, managed: false },
        { id: BOT_ROLE, name: "Bot", position: 5, permissions: MANAGE_ROLES, managed: false },
      ],
      botRoleIds: [BOT_ROLE],
    };
  }
  async memberRoles(_guildId: string, userId: string) {
    return this.roles.get(userId);
  }
  async member(_guildId: string, userId: string) {
    const roleIds = this.roles.get(userId);
    return roleIds === undefined ? undefined : { roleIds, nick: null };
  }
  async setRoles(_guildId: string, userId: string, roleIds: readonly string[], reason: string) {
    this.writes.push({ userId, roleIds, reason });
    this.roles.set(userId, [...roleIds]);
    return { ok: true } as const;
  }
  async post(_channelId: string, content: string) {
    this.posts.push(content);
    return { ok: true } as const;
  }
}

const discordId = (i: number) => String(410_000_000_000_000_000n + BigInt(i));
const robloxId = (i: number) => String(6_100_000 + i);

/** One bot process's role sync: its own Redis connection, its own BullMQ worker, one shared store. */
async function openProcess(directory: RecordingDirectory, intervalMs: number) {
  const client: RedisClientType = createClient({ url: "redis://127.0.0.1:6379" });
  await client.connect();
  clients.push(client);
  const primitives = new RedisPrimitives(client, `${prefix}:`);
  const jobs: Jobs = new BullJobs(primitives, { connection: client, prefix, lockMs: 1_000, concurrency: 2 });
  const roblox = createOpenCloudClient({
    apiKey: emulator.adminKey,
    baseUrls: { apis: emulator.url, users: emulator.url },
  });
  const store = new BindStore(primitives);
  const cache = new Keyv();
  const logger = pino({ level: "silent" });
  const linkOf = async (userId: string) => {
    const index = Number(BigInt(userId) - 410_000_000_000_000_000n);
    return index >= 0 && index < MEMBERS ? { robloxUserId: robloxId(index) } : undefined;
  };
  const sync = new BindSync({
    store,
    facts: new MemberFactsReader(roblox, cache),
    directory,
    primitives,
    linkOf,
    logger,
    clock: systemClock,
  });
  const budget = new SyncBudget({
    primitives,
    limits: DOCUMENTED_RATE_LIMITS,
    reserve: 0.2,
    clock: systemClock,
  });
  const runs: string[] = [];
  const roleSync = new RoleSync({
    jobs,
    primitives,
    clock: systemClock,
    logger,
    store,
    sync,
    roster: new SyncRoster(primitives),
    facts: new BatchFactsReader(roblox, cache, budget),
    linkOf,
    wording: {
      reason: (cause, added, removed) => `${cause}: +${added.length} -${removed.length}`,
      lines: (cause, result, userId) =>
        result.kind === "synced" && result.removed.length > 0 ? `${cause} ${userId}` : undefined,
    },
    intervalMs,
    onLink: true,
  });
  // The ownership reconcile's share (30 inventory calls a minute) on a clock the test moves a minute a step.
  const minutes = { now: Date.now() };
  const ownershipBudget = new SyncBudget({
    primitives,
    limits: DOCUMENTED_RATE_LIMITS,
    reserve: 0.2,
    caps: { inventory: 30 },
    clock: { now: () => minutes.now },
    sleep: async () => {
      throw new Error("the ownership reconcile went past its share of the minute");
    },
  });
  const ownership = new OwnershipSync({
    jobs,
    primitives,
    logger,
    store,
    sync,
    roster: new SyncRoster(primitives),
    budget: ownershipBudget,
    wording: {
      reason: (cause) => `${cause} ownership`,
      lines: () => undefined,
    },
    perMinute: 30,
  });
  return { jobs, roleSync, store, roblox, runs, primitives, ownership, minutes };
}

beforeAll(async () => {
  emulator = await startOpenCloudEmulator({ seed: 7 });
});
afterAll(async () => {
  await emulator?.close();
  const cleaner = clients.find((client) => client.isOpen);
  if (cleaner) {
    for await (const keys of cleaner.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      if (keys.length > 0) await cleaner.del(keys);
    }
  }
  await Promise.all(clients.filter((client) => client.isOpen).map((client) => client.quit()));
});

describe("the scheduled role sync on two processes sharing Redis", () => {
  it("runs a pass once, reads memberships 50 users a call, and a run taken up after a stop updates nobody twice", async () => {
    const group = emulator.world.addGroup({
      name: "Reconcile Corps",
      roles: [
        { name: "Cadet", rank: 50 },
        { name: "Officer", rank: 100 },
      ],
    });
    const directory = new RecordingDirectory();
    const rankId = (name: string) => group.roles.find((role) => role.name === name)?.id;
    for (let i = 0; i < MEMBERS; i++) {
      emulator.world.addUser({ id: Number(robloxId(i)), name: `Reconciled${i}`, displayName: `R ${i}` });
      // Every member holds Officer on Discord; one in ten dropped to Cadet on Roblox.
      emulator.world.addMembership(robloxId(i), group.id, rankId(i % 10 === 0 ? "Cadet" : "Officer"));
      directory.roles.set(discordId(i), [OFFICER]);
    }
    const first = await openProcess(directory, 60 * 60_000);
    const second = await openProcess(directory, 60 * 60_000);
    await first.store.add(GUILD, { kind: "group", groupId: group.id, match: { type: "gte", rank: 100 } }, [
      OFFICER,
    ]);
    await first.store.setRemoveUnmatched(GUILD, OFFICER, true);
    await first.store.setAuditChannel(GUILD, "400000000000000099");
    for (let i = 0; i < MEMBERS; i++) await first.roleSync.remember(GUILD, discordId(i));

    // The first process stops mid-pass (after its first batch of 50 members)...
    emulator.clearRequests();
    const stop = new AbortController();
    // Progress is reported after each batch of 50: the first report stops the run.
    const counting = {
      signal: stop.signal,
      progress: async () => stop.abort(new Error("the process stopped")),
    };
    await expect(first.roleSync.reconcile({ guildId: GUILD, pass: "p1" }, counting)).rejects.toThrow(
      "the process stopped",
    );
    const writtenBefore = directory.writes.length;
    expect(writtenBefore).toBe(5);
    // ...and the other process runs the same pass: the 50 checkpointed members are skipped.
    const report = await second.roleSync.reconcile({ guildId: GUILD, pass: "p1" });
    expect(report).toMatchObject({ members: MEMBERS, skipped: 50, synced: 70, written: 7 });
    const writers = directory.writes.map((write) => write.userId);
    expect(new Set(writers).size).toBe(writers.length);
    expect(writers).toHaveLength(MEMBERS / 10);
    expect(directory.writes.every((write) => write.roleIds.length === 0)).toBe(true);
    expect(directory.posts).toHaveLength(MEMBERS / 10);
    // 120 members: three `user in [...]` calls of at most 50 users (each member is in one group).
    const memberships = emulator.requests.filter((request) => request.family === "memberships");
    expect(memberships).toHaveLength(3);
    expect(memberships.map((request) => (request.query.filter?.match(/users\//g) ?? []).length)).toEqual([
      50, 50, 20,
    ]);

    // Both processes start the schedule; the pass it queues runs once, on one of them.
    for (let i = 0; i < MEMBERS; i += 10) directory.roles.set(discordId(i), [OFFICER]);
    const ran: string[] = [];
    for (const [name, process] of [
      ["first", first],
      ["second", second],
    ] as const) {
      const original = process.roleSync.reconcile.bind(process.roleSync);
      process.roleSync.reconcile = async (data, job) => {
        ran.push(name);
        return original(data, job);
      };
    }
    emulator.clearRequests();
    const fast = 1_500;
    for (const process of [first, second]) {
      await process.jobs.repeat("roles.schedule", "roles-sync", fast, {});
      await process.jobs.start();
    }
    const deadline = Date.now() + 8_000;
    while (directory.writes.length < writtenBefore + 7 + MEMBERS / 10 && Date.now() < deadline)
      await delay(50);
    await delay(1_600);
    // Two schedules fired (one per process, and again every 1.5 s): one pass, as its ID is the hour's.
    expect(ran).toHaveLength(1);
    const lastWriters = directory.writes.slice(writtenBefore + 7).map((write) => write.userId);
    expect(lastWriters).toHaveLength(MEMBERS / 10);
    expect(new Set(lastWriters).size).toBe(MEMBERS / 10);
    await first.jobs.unrepeat("roles-sync");
    await Promise.all([first.jobs.close(), second.jobs.close()]);

    // Ownership: the rolling reconcile checks 30 members a minute, where the last minute stopped.
    emulator.world.addInventoryItems(robloxId(3), [{ kind: "gamePass", gamePassId: GAME_PASS }]);
    emulator.world.addInventoryItems(robloxId(80), [{ kind: "gamePass", gamePassId: GAME_PASS }]);
    await first.store.add(GUILD, { kind: "owns", item: "gamePass", id: String(GAME_PASS) }, [VIP]);
    emulator.clearRequests();
    const steps = [];
    for (let minute = 0; minute < 3; minute++) {
      first.minutes.now += 60_000;
      steps.push(await first.ownership.step());
    }
    expect(steps).toEqual([30, 30, 30]);
    const inventoryCalls = emulator.requests.filter((request) => request.family === "inventory");
    expect(inventoryCalls).toHaveLength(90);
    expect(directory.roles.get(discordId(3))).toContain(VIP);
    expect(directory.roles.get(discordId(80))).toContain(VIP);
    // Not reached yet: the fourth minute's members.
    expect(directory.roles.get(discordId(95))).not.toContain(VIP);
    expect(directory.roles.get(discordId(4))).not.toContain(VIP);
  }, 30_000);
});
