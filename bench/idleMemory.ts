import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { forcedGcMemory, type GcMemory, startBotProcess } from "./support/botProcess.js";
import { startEmulatorProcess } from "./support/emulatorProcess.js";
import { diffHeapGroups, groupHeapSnapshot } from "./support/heapSnapshot.js";
import { type CpuTime, cpuMeter, describeCpu } from "./support/procCpu.js";
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
  afterWork?: Reading;
  failed: number;
  seconds: number;
  cpu?: Record<"bot" | "emulators", CpuTime>;
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
      const afterReady = await read();
      if (interactions === 0) return { afterReady, failed: 0, seconds: 0 };
      const meter = cpuMeter({ bot: bot.pid, emulators: host.pid });
      const result = await host.run({
        count: interactions,
        command: { name: "user", options: { user: host.ready.subjects.smallUser ?? "" } },
        userIdBase: "600000000000000000",
        waitFor: "final",
        batch: 100,
        spreadGuilds: true,
      });
      const cpu = meter.stop() as Record<"bot" | "emulators", CpuTime>;
      const afterWork = await read();
      return { afterReady, afterWork, failed: result.failed, seconds: result.seconds, cpu };
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
  const before = run.afterReady.gc.snapshot;
  const after = run.afterWork?.gc.snapshot;
  if (!before || !after) return [];
  const rows = diffHeapGroups(groupHeapSnapshot(before), groupHeapSnapshot(after)).slice(0, 8);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  return [
    `Heap snapshot diff (after ready → after the interactions, both after GC), largest growth by own size: ${rows.map((row) => `${row.key.replace(/\|/g, "/")} ${kib(row.sizeDelta)} (${row.countDelta >= 0 ? "+" : ""}${row.countDelta})`).join("; ")}.`,
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
  const gcGrowth = work ? work.gc.rss - many.afterReady.gc.rss : Number.NaN;
  const heapGrowth = work ? work.gc.heapUsed - many.afterReady.gc.heapUsed : Number.NaN;
  const readingCells = (reading: Reading | undefined) =>
    reading
      ? [mib(reading.settled), mib(reading.gc.rss), mib(reading.gc.heapUsed), mib(reading.gc.external)]
      : ["—", "—", "—", "—"];
  return {
    title: "4. Idle memory (bot process RSS)",
    notes: [
      "RSS of the compiled bot process, settled 3 s after the event (lowest of five readings 100 ms apart), then again after two forced full GCs in the bot (`--expose-gc` and the bench's SIGUSR2 hook, `bench/support/gcHook.ts`), with the V8 heap in use and the memory held outside it for JavaScript objects (`external`: buffers and the like) at that point; what is in RSS and in neither is native (sockets, TLS, allocator arenas).",
      `The interactions are /user commands from ${count} different members spread over the ${guilds} guilds, 100 at a time, each waited for to its final reply (${many.seconds.toFixed(0)} s; ${many.failed} did not finish). The emulators run in their own process. Target: growth after GC ≤ 5 MiB; idle RSS at 1 guild ≤ 100 MiB.`,
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
      `Growth after ${count} interactions, after GC: ${Number.isFinite(gcGrowth) && gcGrowth <= GROWTH_TARGET ? "MET" : "SHORT"}: RSS ${mib(gcGrowth)} MiB, heap ${mib(heapGrowth)} MiB (target ≤ 5 MiB).`,
    ],
    rows: [
      ["1", "after ready", ...readingCells(one.afterReady)],
      [guilds, "after ready", ...readingCells(many.afterReady)],
      [guilds, `after ${count} interactions`, ...readingCells(work)],
      [
        guilds,
        "growth",
        work ? mib(work.settled - many.afterReady.settled) : "—",
        mib(gcGrowth),
        mib(heapGrowth),
        work ? mib(work.gc.external - many.afterReady.gc.external) : "—",
      ],
    ],
  };
}
