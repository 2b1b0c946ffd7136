import { join } from "node:path";
import { measureAckLatency } from "./ackLatency.js";
import { measureCommandCost } from "./commandCost.js";
import { measureHttpAck } from "./httpAck.js";
import { measureIdleMemory } from "./idleMemory.js";
import { measureLoad } from "./load.js";
import { measurePeerClient } from "./peerClient.js";
import { measureRateBudget } from "./rateBudget.js";
import { measureRealisticLimits } from "./realisticLimits.js";
import { PROFILE_DIR } from "./support/botProcess.js";
import { buildBot, REPO_ROOT } from "./support/build.js";
import { loadLine, renderRun, type Table, writeResults } from "./support/results.js";
import { measureUploadMemory } from "./uploadMemory.js";
import { measureZipUpload } from "./zipUpload.js";

interface Settings {
  /** A shortened run that only checks the benchmark works end to end; never recorded. */
  quick: boolean;
  /** `--cpu-prof`: profile the client processes of the `ack` benchmark. */
  cpuProfile: boolean;
  /** `--heap-snapshot`: the `idle` benchmark writes heap snapshots after its forced GCs and diffs them. */
  heapSnapshot: boolean;
}

type Benchmark = (entry: string, settings: Settings) => Promise<Table[]>;

const BENCHMARKS: Record<string, Benchmark> = {
  ack: async (entry, { quick, cpuProfile }) => [
    await measureAckLatency(entry, {
      ...(quick
        ? { burstSize: 20, bursts: 1, steadyCount: 40, steadySeconds: 4 }
        : { burstSize: 200, bursts: 3, steadyCount: 1_000, steadySeconds: 30 }),
      ...(cpuProfile ? { cpuProfileDir: PROFILE_DIR } : {}),
    }),
  ],
  http: async (entry, { quick, cpuProfile }) => [
    await measureHttpAck(entry, {
      ...(quick
        ? { burstSize: 20, bursts: 1, steadyCount: 40, steadySeconds: 4 }
        : { burstSize: 200, bursts: 3, steadyCount: 1_000, steadySeconds: 60 }),
      ...(cpuProfile ? { cpuProfileDir: PROFILE_DIR } : {}),
    }),
  ],
  commands: async (entry) => [await measureCommandCost(entry, 3)],
  upload: async (entry) => [await measureUploadMemory(entry, 5)],
  zip: async (entry) => [await measureZipUpload(entry)],
  idle: async (entry, { quick, heapSnapshot }) => [
    await measureIdleMemory(entry, {
      ...(quick ? { interactions: 300, guilds: 50 } : { interactions: 10_000, guilds: 2_500 }),
      ...(heapSnapshot ? { heapDir: PROFILE_DIR } : {}),
    }),
  ],
  peer: async () => [await measurePeerClient(3)],
  rate: async () => [await measureRateBudget(100, 10_000, 300)],
  load: async (entry) => [await measureLoad(entry)],
  // BENCH_REALISTIC_SECONDS shortens the 5-minute run on a busy machine.
  realistic: async (entry) => [
    await measureRealisticLimits(entry, 50, Number(process.env.BENCH_REALISTIC_SECONDS ?? 300)),
  ],
};

async function main(): Promise<void> {
  // `--record` writes a partial run (only the benchmarks named) to RESULTS.md as well; `--quick` never does.
  const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith("--")));
  for (const flag of flags)
    if (!["--record", "--quick", "--cpu-prof", "--heap-snapshot"].includes(flag))
      throw new Error(`unknown option ${flag}`);
  const settings: Settings = {
    quick: flags.has("--quick"),
    cpuProfile: flags.has("--cpu-prof"),
    heapSnapshot: flags.has("--heap-snapshot"),
  };
  const record = flags.has("--record") && !settings.quick;
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
  const selected = only.length > 0 ? only : Object.keys(BENCHMARKS);
  const startedAt = new Date();
  const loadAtStart = loadLine();
  const started = performance.now();
  console.log("compiling the bot…");
  const { entry, warnings } = await buildBot();
  if (warnings) console.warn(`tsc reported problems (the output was still written):\n${warnings}`);
  const tables: Table[] = [];
  for (const name of selected) {
    const benchmark = BENCHMARKS[name];
    if (!benchmark)
      throw new Error(`unknown benchmark ${name}; known: ${Object.keys(BENCHMARKS).join(", ")}`);
    const t0 = performance.now();
    console.log(`running ${name}…`);
    const produced = await benchmark(entry, settings);
    tables.push(...produced);
    console.log(`${name} took ${((performance.now() - t0) / 1_000).toFixed(0)} s`);
  }
  const run = renderRun(startedAt, (performance.now() - started) / 1_000, tables, loadAtStart);
  console.log(run);
  if (settings.cpuProfile)
    console.log(`CPU profiles: ${PROFILE_DIR} (summarise with bench/profileSummary.ts)`);
  if (settings.quick) console.log("--quick: a shortened check run, not written to RESULTS.md");
  else if (only.length === 0 || record) writeResults(join(REPO_ROOT, "bench/RESULTS.md"), run);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
