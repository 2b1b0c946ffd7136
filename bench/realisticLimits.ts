import type { DiscordEmulator, MessageState } from "../test/emulators/discord/index.js";
import type { OpenCloudEmulator, RecordedRequest } from "../test/emulators/opencloud/index.js";
import { startBotChild } from "./support/childProcess.js";
import { startEmulators } from "./support/emulators.js";
import type { Table } from "./support/results.js";

/** Paths of the public web API families the emulator limits per IP, as the bot's budget names them. */
const WEB_FAMILIES: ReadonlyArray<[string, RegExp]> = [
  ["usernames", /^\/v1\/usernames\/users$/],
  ["catalog", /^\/v1\/catalog\/items\/details$/],
  ["thumbnails", /^\/v1\/(assets|badges\/icons|game-passes|users\/avatar-headshot|batch)$/],
  ["badges", /^\/v1\/badges\/\d+$/],
  ["gamePasses", /^\/game-passes\/v1\/game-passes\/\d+\/product-info$/],
];

const THUMBNAIL_KIND: Record<string, string> = {
  catalog: "Asset",
  "store/asset": "Asset",
  badges: "BadgeIcon",
  "game-pass": "GamePass",
};

interface RowSample {
  at: number;
  named: boolean;
  pictured: boolean;
}

interface Tally {
  rows: RowSample[];
  commands: number;
  pageTurns: number;
  usernameLimited: number;
  failed: number;
  /** A few of the failures, in words, for the notes. */
  failures: Set<string>;
  limitedNotes: number;
}

function familyOf(path: string): string {
  return WEB_FAMILIES.find(([, pattern]) => pattern.test(path))?.[0] ?? "";
}

/** Rows of an inventory page: named unless it fell back to "· ID n"; pictured if Roblox had served its picture by then. */
function sampleRows(message: MessageState, roblox: OpenCloudEmulator, at: number): RowSample[] {
  const description = (message.embeds[0] as { description?: string } | undefined)?.description ?? "";
  return description
    .split("\n")
    .slice(2)
    .flatMap((line) => {
      const link = /\((https:\/\/[^)]+\/(catalog|store\/asset|badges|game-pass)\/(\d+))\)/.exec(line);
      if (link === null) return []; // private servers have neither name nor picture to look up
      const kind = THUMBNAIL_KIND[link[2] ?? ""] ?? "Asset";
      const served = roblox.pictureServedAt(kind, link[3] ?? "");
      return [{ at, named: !/ · ID \d+$/.test(line), pictured: served !== undefined && served <= at }];
    });
}

function nextButton(message: MessageState): string | undefined {
  const rows = message.components as Array<{ components: Array<{ custom_id?: string; disabled?: boolean }> }>;
  return rows
    .flatMap((row) => row.components)
    .find((button) => button.custom_id?.endsWith(":next") && button.disabled !== true)?.custom_id;
}

async function member(
  index: number,
  discord: DiscordEmulator,
  roblox: OpenCloudEmulator,
  targets: { inventory: Array<{ id: string; name: string }>; groups: Array<{ id: string; name: string }> },
  until: number,
  tally: Tally,
  random: () => number,
): Promise<void> {
  const user = { id: String(300_000_000_000_100_000n + BigInt(index)), username: `member${index}` };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  while (Date.now() < until) {
    const browseGroups = random() < 0.25;
    const target = pick(browseGroups ? targets.groups : targets.inventory);
    // One member in five types a username; the others paste an ID or pick a linked member.
    const typed = random() < 0.2 ? target.name : target.id;
    tally.commands++;
    try {
      let message = await discord
        .runCommand({ name: browseGroups ? "groups" : "inventory", options: { user: typed }, user })
        .waitFor((m) => !m.loading && (m.embeds.length > 0 || m.content.length > 0), 120_000);
      if (message.embeds.length === 0) {
        if (/limiting username lookups/.test(message.content)) tally.usernameLimited++;
        else {
          tally.failed++;
          if (tally.failures.size < 4) tally.failures.add(message.content.slice(0, 160));
        }
      } else if (!browseGroups) {
        const pages = Math.floor(random() * 4);
        for (let page = 0; ; page++) {
          tally.rows.push(...sampleRows(message, roblox, Date.now()));
          if (/Roblox is limiting lookups/.test(JSON.stringify(message.embeds[0]))) tally.limitedNotes++;
          const next = nextButton(message);
          if (page >= pages || next === undefined || Date.now() >= until) break;
          const before = JSON.stringify(message.embeds[0]);
          tally.pageTurns++;
          message = await discord
            .click(message, next, { user })
            .waitFor((m) => m.id === message.id && JSON.stringify(m.embeds[0]) !== before, 120_000);
        }
      }
    } catch (error) {
      tally.failed++;
      if (tally.failures.size < 4)
        tally.failures.add(error instanceof Error ? error.message.slice(0, 160) : "error");
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000 + random() * 7_000));
  }
}

/** Requests of a family sent while a 429 of the same family had asked to wait (inside its Retry-After). */
function retriesInsideRetryAfter(
  requests: readonly RecordedRequest[],
  inFamily: (request: RecordedRequest) => boolean,
): number {
  const ofFamily = requests.filter(inFamily);
  let inside = 0;
  for (const limited of ofFamily) {
    if (limited.status !== 429 || limited.retryAfterSeconds === undefined) continue;
    const end = limited.time + limited.retryAfterSeconds * 1000;
    inside += ofFamily.filter((r) => r.time > limited.time && r.time < end).length;
  }
  return inside;
}

function share(rows: readonly RowSample[], field: "named" | "pictured"): string {
  if (rows.length === 0) return "n/a";
  return `${((100 * rows.filter((row) => row[field]).length) / rows.length).toFixed(1)}%`;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function measureRealisticLimits(
  entry: string,
  members: number,
  durationS: number,
): Promise<Table> {
  const emulators = await startEmulators({
    opencloud: { webLimits: "realistic", faults: { latencyMs: 40 } },
  });
  const { roblox, discord } = emulators;
  const world = roblox.world;
  const inventoryTargets = world
    .listUsers()
    .filter((u) => u.inventoryPublic && world.inventoryOf(u.id).length > 0)
    .slice(0, 12)
    .map((u) => ({ id: u.id, name: u.name }));
  const { oneGroupUser, manyGroupsUser, richUser } = world.subjects;
  const groupTargets = [oneGroupUser, manyGroupsUser, richUser].map((s) => ({
    id: s.userId,
    name: s.username,
  }));
  const bot = await startBotChild(entry, emulators.botEnv({ ROBLOX_WEB_LIMITS: "realistic" }));
  const tally: Tally = {
    rows: [],
    commands: 0,
    pageTurns: 0,
    failures: new Set(),
    usernameLimited: 0,
    failed: 0,
    limitedNotes: 0,
  };
  const started = Date.now();
  try {
    const until = started + durationS * 1000;
    const random = seeded(22);
    await Promise.all(
      Array.from({ length: members }, (_, i) =>
        new Promise((resolve) => setTimeout(resolve, random() * 5_000)).then(() =>
          member(
            i,
            discord,
            roblox,
            { inventory: inventoryTargets, groups: groupTargets },
            until,
            tally,
            seeded(i + 1),
          ),
        ),
      ),
    );
  } finally {
    await bot.stop();
    await emulators.close();
  }
  const requests = roblox.requests;
  // "Caches warm": the second half of the run.
  const warmFrom = started + (durationS / 2) * 1000;
  const warm = tally.rows.filter((row) => row.at >= warmFrom);
  const rows = WEB_FAMILIES.map(([family]) => {
    const sent = requests.filter((r) => familyOf(r.path) === family);
    return [
      family,
      String(sent.length),
      String(sent.filter((r) => r.status === 429).length),
      String(retriesInsideRetryAfter(requests, (r) => familyOf(r.path) === family)),
    ];
  });
  for (const family of ["inventory", "memberships", "group", "roles", "users", "thumbnails"]) {
    const sent = requests.filter((r) => r.family === family);
    rows.push([
      `Open Cloud ${family}`,
      String(sent.length),
      String(sent.filter((r) => r.status === 429).length),
      String(retriesInsideRetryAfter(requests, (r) => r.family === family)),
    ]);
  }
  const insideTotal = rows.reduce((sum, row) => sum + Number(row[3]), 0);
  const warmNamed = warm.length === 0 ? 0 : warm.filter((r) => r.named).length / warm.length;
  const warmPictured = warm.length === 0 ? 0 : warm.filter((r) => r.pictured).length / warm.length;
  const met = warmNamed >= 0.95 && warmPictured >= 0.8 && insideTotal === 0;
  return {
    title: `7. Realistic limits (${members} members, ${durationS} s)`,
    notes: [
      `${members} members browse inventories (12 users, 0–3 page turns each) and groups (3 users) for ${durationS} s against the emulator with its realistic per-IP web API limits (usernames 1 per 90 s, catalog 5/min, thumbnails, badges and game passes 10/min) and the spec's Open Cloud limits, 40 ms per Roblox call; the bot (own process, memory store) runs with ROBLOX_WEB_LIMITS=realistic. One command in five types a username, the rest an ID; 3–10 s between commands.`,
      `Commands ${tally.commands}, page turns ${tally.pageTurns}; username commands told Roblox is limiting: ${tally.usernameLimited}; other failures: ${tally.failed}${tally.failures.size > 0 ? ` (such as: ${[...tally.failures].map((f) => `“${f}”`).join("; ")})` : ""}; pages saying names or pictures are missing: ${tally.limitedNotes}.`,
      `Rows (assets, badges, passes; private servers excluded): ${tally.rows.length} shown, ${share(tally.rows, "named")} named, ${share(tally.rows, "pictured")} pictured over the whole run; caches warm (after ${Math.round((warmFrom - started) / 1000)} s): ${warm.length} rows, ${share(warm, "named")} named, ${share(warm, "pictured")} pictured. Pictured = Roblox had served the row's picture (Completed) before the page was rendered.`,
      "Target (caches warm): ≥ 95% named, ≥ 80% pictured, 0 requests sent inside a 429's Retry-After.",
    ],
    headers: ["family", "requests", "429s received", "sent inside a Retry-After"],
    rows,
    verdicts: [
      `Realistic limits: ${met ? "MET" : "SHORT"}: caches warm ${share(warm, "named")} named (target ≥ 95%), ${share(warm, "pictured")} pictured (target ≥ 80%), ${insideTotal} requests inside a Retry-After (target 0); ${rows.reduce((s, r) => s + Number(r[2]), 0)} 429s in all.`,
    ],
  };
}
