/**
 * Role sync of 10,000 members: one scheduled pass over a server of linked members with realistic group counts,
 * against the Open Cloud emulator with its rate limits on. Run: `npm run bench:role-sync -- [members]`.
 *
 * The one-minute windows are scaled down tenfold on both sides (the emulator's limits, the client's limiter and
 * the sync's budget share: 300 calls per 6 s), so the pass takes a tenth of its real wall time; the expected
 * time is computed for the same scaled window. Discord is a recording directory in this process (no Discord
 * emulator): the bench measures the Roblox side.
 */
import { Keyv } from "keyv";
import pino from "pino";
import { systemClock } from "../src/clock.js";
import { InProcessJobs } from "../src/jobs/index.js";
import {
  BindStore,
  BindSync,
  type GuildDirectory,
  MANAGE_ROLES,
  MemberFactsReader,
} from "../src/services/binds/index.js";
import {
  createOpenCloudClient,
  InProcessRateLimiter,
  rateLimitsWith,
} from "../src/services/opencloud/index.js";
import { BatchFactsReader, RoleSync, SyncBudget, SyncRoster } from "../src/services/sync/index.js";
import { MemoryPrimitives } from "../src/store/primitives/index.js";
import { startOpenCloudEmulator } from "../test/emulators/opencloud/index.js";
import { addCrowd } from "../test/emulators/opencloud/world/crowd.js";

const MEMBERS = Number(process.argv[2] ?? 10_000);
const SCALE = 10;
const WINDOW = 60_000 / SCALE;
const SCALED = { limit: 300, windowMs: WINDOW };
const RESERVE = 0.2;
const GUILD = "500000000000000001";
const BOT_ROLE = "500000000000000002";
const discordId = (i: number) => String(510_000_000_000_000_000n + BigInt(i));

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);

const emulator = await startOpenCloudEmulator({
  seed: 11,
  rateLimits: { memberships: SCALED, roles: SCALED },
});
const crowd = addCrowd(emulator.world, {
  members: MEMBERS,
  firstUserId: 7_000_000,
  groups: 503,
  boundGroups: 5,
  seed: 29,
});
const officerRoles = crowd.boundGroupIds.map((_, i) => String(500_000_000_000_000_100n + BigInt(i)));

// Discord: each member holds the Officer role of every bound group they are Officer in, except 1% who miss one.
const roles = new Map<string, string[]>();
const needsChange = new Set<number>();
for (let i = 0; i < MEMBERS; i++) {
  const userId = crowd.userIds[i] ?? "";
  const held = (crowd.officerIn.get(userId) ?? []).map(
    (groupId) => officerRoles[crowd.boundGroupIds.indexOf(groupId)] ?? "",
  );
  if (i % 100 === 0) {
    needsChange.add(i);
    // Held one too many (a stale Officer role) or one too few.
    if (held.length > 0) held.pop();
    else held.push(officerRoles[0] ?? "");
  }
  roles.set(discordId(i), held);
}
let writes = 0;
const directory: GuildDirectory = {
  guild: async () => ({
    id: GUILD,
    ownerId: "1",
    roles: [
      { id: GUILD, name: "@everyone", position: 0, permissions: 0n, managed: false },
      ...officerRoles.map((id, i) => ({
        id,
        name: `Officer ${i}`,
        position: 1 + i,
        permissions: 0n,
        managed: false,
      })),
      { id: BOT_ROLE, name: "Bot", position: 50, permissions: MANAGE_ROLES, managed: false },
    ],
    botRoleIds: [BOT_ROLE],
  }),
  memberRoles: async (_guildId, userId) => roles.get(userId),
  member: async (_guildId, userId) => {
    const roleIds = roles.get(userId);
    return roleIds === undefined ? undefined : { roleIds, nick: null };
  },
  setRoles: async (_guildId, userId, roleIds) => {
    writes++;
    roles.set(userId, [...roleIds]);
    return { ok: true };
  },
  post: async () => ({ ok: true }),
};

const primitives = new MemoryPrimitives(systemClock);
const limits = rateLimitsWith({ memberships: SCALED, roles: SCALED });
const roblox = createOpenCloudClient({
  apiKey: emulator.adminKey,
  baseUrls: { apis: emulator.url, users: emulator.url },
  limiter: new InProcessRateLimiter({ limits }),
});
const store = new BindStore(primitives);
const cache = new Keyv();
const logger = pino({ level: "silent" });
const linkOf = async (userId: string) => {
  const index = Number(BigInt(userId) - 510_000_000_000_000_000n);
  const robloxUserId = crowd.userIds[index];
  return robloxUserId === undefined ? undefined : { robloxUserId };
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
const budget = new SyncBudget({ primitives, limits, reserve: RESERVE, clock: systemClock });
const roster = new SyncRoster(primitives);
const roleSync = new RoleSync({
  jobs: new InProcessJobs(primitives, systemClock),
  primitives,
  clock: systemClock,
  logger,
  store,
  sync,
  roster,
  facts: new BatchFactsReader(roblox, cache, budget),
  linkOf,
  wording: { reason: () => "scheduled sync", lines: () => undefined },
  intervalMs: 6 * 60 * 60_000,
  onLink: false,
});
for (const [i, groupId] of crowd.boundGroupIds.entries()) {
  await store.add(GUILD, { kind: "group", groupId, match: { type: "gte", rank: 100 } }, [
    officerRoles[i] ?? "",
  ]);
  await store.setRemoveUnmatched(GUILD, officerRoles[i] ?? "", true);
}
for (let i = 0; i < MEMBERS; i++) await roster.add(GUILD, discordId(i));

// The pages the answers need: per batch of 50, ceil(memberships / 100).
let theoreticalPages = 0;
for (let start = 0; start < MEMBERS; start += 50) {
  const memberships = crowd.groupCounts.slice(start, start + 50).reduce((sum, count) => sum + count, 0);
  theoreticalPages += Math.max(1, Math.ceil(memberships / 100));
}

emulator.clearRequests();
const started = Date.now();
const report = await roleSync.reconcile({ guildId: GUILD, pass: "bench" });
const wallMs = Date.now() - started;
clearInterval(sampler);
const requests = emulator.requests;
const membershipCalls = requests.filter((r) => r.family === "memberships").length;
const rolesCalls = requests.filter((r) => r.family === "roles").length;
const throttled = requests.filter((r) => r.status === 429).length;
const allowance = Math.floor(SCALED.limit * (1 - RESERVE));
// Calls beyond the first window's allowance wait for later windows.
const expectedMs = Math.max(0, Math.ceil((membershipCalls + rolesCalls) / allowance) - 1) * WINDOW;
const sorted = [...crowd.groupCounts].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const result = {
  members: MEMBERS,
  groupsPerMember: { median: pct(50), p95: pct(95), max: sorted.at(-1) },
  needingChange: needsChange.size,
  written: report.written,
  directoryWrites: writes,
  membershipCalls,
  theoreticalPages,
  rolesCalls,
  throttled429: throttled,
  wallMs,
  expectedMsScaled: expectedMs,
  wallVsExpected: expectedMs === 0 ? undefined : Number((wallMs / expectedMs).toFixed(3)),
  realWallMinutesEquivalent: Number(((wallMs * SCALE) / 60_000).toFixed(1)),
  peakRssMiB: Math.round(peakRss / 1_048_576),
};
console.log(JSON.stringify(result, null, 2));
await roblox.close();
await emulator.close();
await primitives.close();
