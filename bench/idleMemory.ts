import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { forcedGcMemory, type GcMemory, startBotProcess } from "./support/botProcess.js";
import { productionNodeFlags } from "./support/build.js";
import { startEmulatorProcess } from "./support/emulatorProcess.js";
import { diffHeapGroups, groupHeapSnapshot } from "./support/heapSnapshot.js";
import { type CpuTime, cpuMeter, describeCpu, waitForQuiet } from "./support/procCpu.js";
import { settledRss } from "./support/procMemory.js";
import type { Table } from "./support/results.js";
import { mib } from "./support/stats.js";

export interface IdleOptions {
  /** Interactions sent to the bot in the many-guild run (10,000 for the real measurement). */
  interactions: number;
  /** Guilds of the many-guild run (2,500 for the real measurement). */
  guilds: number;
  /** Write a heap snapshot after each forced GC into this folder, and name what grew. */
  heapDir?: string;
}

interface Reading {
  /** Lowest of five RSS readings after settling, no forced GC. */
  settled: number;
  /** After two forced full GCs in the bot. */
  gc: GcMemory;
}

interface IdleRun {
  afterReady: Reading;
  /** After the warm-up interactions (a tenth of the run's). */
  afterWarmup?: Reading;
  afterWork?: Reading;
  failed: number;
  seconds: number;
  cpu?: Record<"bot" | "emulators", CpuTime>;
  /** How long after READY the bot's CPU went quiet (its guild cache built). */
  quietAfterMs: number;
}

async function idleWith(
  entry: string,
  guilds: number,
  interactions: number,
  heapDir?: string,
): Promise<IdleRun> {
  const host = await startEmulatorProcess({ guilds });
  try {
    const env = host.botEnv(heapDir ? { BENCH_HEAP_DIR: heapDir } : {});
    const bot = await startBotProcess(entry, env, { gcHook: true });
    try {
      const read = async (): Promise<Reading> => ({
        settled: await settledRss(bot.pid, 3_000),
        gc: await forcedGcMemory(bot),
      });
      // The reading "after ready" is taken once the guild cache is built, not at READY.
      const quietAfterMs = await waitForQuiet(bot.pid);
      const afterReady = await read();
      if (interactions === 0) return { afterReady, failed: 0, seconds: 0, quietAfterMs };
      const send = (count: number, userIdBase: string) =>
        host.run({
          count,
          command: { name: "user", options: { user: host.ready.subjects.smallUser ?? "" } },
          userIdBase,
          waitFor: "final",
          batch: 100,
          spreadGuilds: true,
        });
      // A warm-up the size of a tenth of the run: the first interactions raise memory once (compiled
      // code, V8's and the allocator's high-water marks), and what follows shows whether anything keeps growing.
      const warmupResult = await send(Math.ceil(interactions / 10), "590000000000000000");
      const afterWarmup = await read();
      const meter = cpuMeter({ bot: bot.pid, emulators: host.pid });
      const result = await send(interactions, "600000000000000000");
      const cpu = meter.stop() as Record<"bot" | "emulators", CpuTime>;
      const afterWork = await read();
      return {
        afterReady,
        afterWarmup,
        afterWork,
        failed: warmupResult.failed + result.failed,
        seconds: result.seconds,
        cpu,
        quietAfterMs,
      };
    } finally {
      await bot.stop();
    }
  } finally {
    await host.close();
  }
}

const GROWTH_TARGET = 5 * 1024 * 1024;

/** The kinds of objects that grew the most between the two snapshots, when there are snapshots. */
function heapGrowthNotes(run: IdleRun): string[] {
  const before = run.afterWarmup?.gc.snapshot;
  const after = run.afterWork?.gc.snapshot;
  if (!before || !after) return [];
  const rows = diffHeapGroups(groupHeapSnapshot(before), groupHeapSnapshot(after)).slice(0, 8);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  return [
    `Heap snapshot diff (after the warm-up → after the interactions that followed, both after GC), largest growth by own size: ${rows.map((row) => `${row.key.replace(/\|/g, "/")} ${kib(row.sizeDelta)} (${row.countDelta >= 0 ? "+" : ""}${row.countDelta})`).join("; ")}.`,
  ];
}

export async function measureIdleMemory(entry: string, options: IdleOptions): Promise<Table> {
  const one = await idleWith(entry, 1, 0);
  let heapDir: string | undefined;
  if (options.heapDir) {
    heapDir = join(options.heapDir, `idle-${new Date().toISOString().replace(/[:.]/g, "-")}`);
    mkdirSync(heapDir, { recursive: true });
  }
  const many = await idleWith(entry, options.guilds, options.interactions, heapDir);
  const count = options.interactions.toLocaleString("en-US");
  const guilds = options.guilds.toLocaleString("en-US");
  const work = many.afterWork;
  const warm = many.afterWarmup;
  const warmupCount = Math.ceil(options.interactions / 10).toLocaleString("en-US");
  const growth = (from: Reading | undefined, to: Reading | undefined) => ({
    settled: from && to ? to.settled - from.settled : Number.NaN,
    rss: from && to ? to.gc.rss - from.gc.rss : Number.NaN,
    heap: from && to ? to.gc.heapUsed - from.gc.heapUsed : Number.NaN,
    external: from && to ? to.gc.external - from.gc.external : Number.NaN,
  });
  const fromReady = growth(many.afterReady, work);
  const fromWarm = growth(warm, work);
  const growthCells = (g: ReturnType<typeof growth>) => [
    mib(g.settled),
    mib(g.rss),
    mib(g.heap),
    mib(g.external),
  ];
  const readingCells = (reading: Reading | undefined) =>
    reading
      ? [mib(reading.settled), mib(reading.gc.rss), mib(reading.gc.heapUsed), mib(reading.gc.external)]
      : ["—", "—", "—", "—"];
  return {
    title: "4. Idle memory (bot process RSS)",
    notes: [
      `RSS of the compiled bot process (Node flags of \`npm start\`: ${productionNodeFlags().join(" ") || "none"}), "after ready" once its CPU went quiet after READY (the guild cache built from the GUILD_CREATEs that follow it: ${(one.quietAfterMs / 1_000).toFixed(0)} s with 1 guild, ${(many.quietAfterMs / 1_000).toFixed(0)} s with ${guilds}), settled 3 s after the event (lowest of five readings 100 ms apart), then again after two forced full GCs in the bot (\`--expose-gc\` and the bench's SIGUSR2 hook, \`bench/support/gcHook.mjs\`), with the V8 heap in use and the memory held outside it for JavaScript objects (\`external\`: buffers and the like) at that point; what is in RSS and in neither is native (sockets, TLS, allocator arenas) or V8's young generation (committed, empty after a GC).`,
      `The interactions are /user commands from different members spread over the ${guilds} guilds, 100 at a time, each waited for to its final reply: a warm-up of ${warmupCount}, then ${count} more (${many.seconds.toFixed(0)} s; ${many.failed} did not finish). The emulators run in their own process. Target: growth after GC ≤ 5 MiB; idle RSS at 1 guild ≤ 100 MiB.`,
      ...heapGrowthNotes(many),
      ...(many.cpu
        ? [
            `CPU over the interactions (ms, user + sys): bot ${describeCpu(many.cpu.bot)}, emulators ${describeCpu(many.cpu.emulators)}.`,
          ]
        : []),
    ],
    headers: [
      "guilds",
      "point",
      "RSS settled MiB",
      "RSS after GC MiB",
      "heap used after GC MiB",
      "external after GC MiB",
    ],
    verdicts: [
      `Idle memory: ${mib(one.afterReady.settled)} MiB with 1 guild (${one.afterReady.settled <= 100 * 1024 * 1024 ? "MET" : "SHORT"}, target ≤ 100 MiB), ${mib(many.afterReady.settled)} MiB with ${guilds} guilds.`,
      `Growth over ${count} interactions after a warm-up of ${warmupCount}, after GC: ${Number.isFinite(fromWarm.rss) && fromWarm.rss <= GROWTH_TARGET ? "MET" : "SHORT"}: RSS ${mib(fromWarm.rss)} MiB, heap ${mib(fromWarm.heap)} MiB (target ≤ 5 MiB). From ready (warm-up included): RSS ${mib(fromReady.rss)} MiB, heap ${mib(fromReady.heap)} MiB.`,
    ],
    rows: [
      ["1", "after ready", ...readingCells(one.afterReady)],
      [guilds, "after ready", ...readingCells(many.afterReady)],
      [guilds, `after ${warmupCount} warm-up interactions`, ...readingCells(warm)],
      [guilds, `after ${count} more`, ...readingCells(work)],
      [guilds, `growth over the ${count} (from warm)`, ...growthCells(fromWarm)],
      [guilds, "growth from ready", ...growthCells(fromReady)],
    ],
  };
}
