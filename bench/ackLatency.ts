import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { RunRequest, StatsResult } from "./host/protocol.js";
import { botNodeArgs, startBotProcess } from "./support/botProcess.js";
import { type Child, startTsChild } from "./support/childProcess.js";
import { type EmulatorProcess, startEmulatorProcess } from "./support/emulatorProcess.js";
import { type CpuTime, cpuMeter, describeCpu } from "./support/procCpu.js";
import type { Table } from "./support/results.js";
import { ms, ratio, type Summary, summarize } from "./support/stats.js";

export interface AckOptions {
  burstSize: number;
  bursts: number;
  steadyCount: number;
  steadySeconds: number;
  /** Profile the bot and the bare client (`--cpu-prof`) into this folder. */
  cpuProfileDir?: string;
}

/** CLOCK_MONOTONIC in µs: the clock V8's CPU profiles are stamped with on Linux. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1_000n);

interface Phase {
  ackMs: number[];
  failed: number;
  wallS: number;
  cpu: Record<"client" | "emulators", CpuTime>;
  /** [start, end] in monotonic µs, to cut the phase out of a CPU profile. */
  windowUs: [number, number];
}

async function phase(
  pids: { client: number; emulators: number },
  work: () => Promise<{ ackMs: number[]; failed: number }>,
): Promise<Phase> {
  const meter = cpuMeter(pids);
  const startUs = monotonicUs();
  const t0 = performance.now();
  const result = await work();
  const wallS = (performance.now() - t0) / 1_000;
  const cpu = meter.stop() as Phase["cpu"];
  return { ...result, wallS, cpu, windowUs: [startUs, monotonicUs()] };
}

/** Sends the bursts, then the steady stream, to whichever client is connected. */
async function drive(
  host: EmulatorProcess,
  client: Child,
  options: AckOptions,
): Promise<{ burst: Phase; steady: Phase }> {
  const command: RunRequest["command"] = {
    name: "user",
    options: { user: host.ready.subjects.smallUser ?? "" },
  };
  const pids = { client: client.pid, emulators: host.pid };
  const burst = await phase(pids, async () => {
    const ackMs: number[] = [];
    let failed = 0;
    for (let round = 0; round < options.bursts; round++) {
      const result = await host.run({
        count: options.burstSize,
        command,
        userIdBase: String(400000000000000000n + BigInt(round * options.burstSize)),
        waitFor: "ack",
        timeoutMs: 10_000,
      });
      ackMs.push(...result.ackMs);
      failed += result.failed;
      if (round < options.bursts - 1) await sleep(1_000);
    }
    return { ackMs, failed };
  });
  await sleep(1_000);
  const steady = await phase(pids, () =>
    host.run({
      count: options.steadyCount,
      command,
      userIdBase: "400000000000100000",
      waitFor: "ack",
      spreadSeconds: options.steadySeconds,
      timeoutMs: 10_000,
    }),
  );
  return { burst, steady };
}

function row(client: string, load: string, measured: Phase, summary: Summary, baseline: Summary | undefined) {
  return [
    client,
    load,
    String(summary.n),
    ms(summary.p50),
    ms(summary.p99),
    ms(summary.max),
    baseline ? ratio(summary.p99, baseline.p99) : "1.00× (baseline)",
    String(measured.failed),
    measured.wallS.toFixed(1),
    describeCpu(measured.cpu.client),
    describeCpu(measured.cpu.emulators),
  ];
}

function verdict(load: string, ours: Summary, bare: Summary): string {
  const within = ours.p99 <= 1.5 * bare.p99;
  return `Ack latency (${load}): ${within ? "MET" : "SHORT"}: p99 ${ms(ours.p99)} ms vs bare ${ms(bare.p99)} ms (${ratio(ours.p99, bare.p99)}, target ≤ 1.50×); max ${ms(ours.max)} ms against Discord's 3,000 ms.`;
}

function requestsPerCommand(before: StatsResult, after: StatsResult, commands: number): string {
  const delta = (a: Record<string, number>, b: Record<string, number>) =>
    Object.entries(b)
      .map(([key, count]) => [key, (count - (a[key] ?? 0)) / commands] as const)
      .filter(([, perCommand]) => perCommand > 0)
      .map(([key, perCommand]) => `${key} ${perCommand.toFixed(2)}`);
  const discord = delta(before.discordRequests, after.discordRequests);
  const roblox = delta(before.robloxRequests, after.robloxRequests);
  return `Discord ${discord.join(", ") || "none"}; Open Cloud ${roblox.join(", ") || "none"}`;
}

/** Next to each profile: the bench phases as monotonic windows, for `bench/profileSummary.ts --window`. */
function writeWindows(dir: string, name: string, measured: { burst: Phase; steady: Phase }): void {
  const windows = { burst: measured.burst.windowUs, steady: measured.steady.windowUs };
  writeFileSync(join(dir, `${name}.windows.json`), `${JSON.stringify(windows, null, 2)}\n`);
}

export async function measureAckLatency(entry: string, options: AckOptions): Promise<Table> {
  const host = await startEmulatorProcess();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const profile = (name: string) =>
    options.cpuProfileDir
      ? { cpuProfileDir: options.cpuProfileDir, cpuProfileName: `${stamp}-${name}.cpuprofile` }
      : {};
  let child: Child | undefined;
  try {
    child = await startBotProcess(entry, host.botEnv(), profile("bot"));
    const before = await host.stats();
    const ours = await drive(host, child, options);
    const after = await host.stats();
    await child.stop(30_000);

    child = startTsChild(
      "bench/bareClient.ts",
      {
        DISCORD_TOKEN: host.ready.env.DISCORD_TOKEN ?? "",
        DISCORD_API_URL: host.ready.env.DISCORD_API_URL ?? "",
      },
      { nodeArgs: botNodeArgs(profile("bare")) },
    );
    await child.waitForLine(/bare client connected/, 60_000);
    const bare = await drive(host, child, options);
    await child.stop(30_000);

    if (options.cpuProfileDir) {
      writeWindows(options.cpuProfileDir, `${stamp}-bot.cpuprofile`, ours);
      writeWindows(options.cpuProfileDir, `${stamp}-bare.cpuprofile`, bare);
    }
    const [ourBurst, ourSteady, bareBurst, bareSteady] = [
      ours.burst,
      ours.steady,
      bare.burst,
      bare.steady,
    ].map((measured) => summarize(measured.ackMs)) as [Summary, Summary, Summary, Summary];
    const commands = options.burstSize * options.bursts + options.steadyCount;
    const burstLabel = `${options.burstSize} at once (×${options.bursts})`;
    const steadyLabel = `${options.steadyCount} over ${options.steadySeconds} s`;
    return {
      title: "1. Acknowledgement latency (dispatch → defer callback, ms)",
      notes: [
        "`/user` through the Discord emulator to the client process, against a bare discord.js client in its own process that only defers, same emulators, same run. The emulators run in a third process; the bench process only paces them.",
        `Target: our p99 within 1.5× of the bare client's and far under Discord's 3 s. The steady stream is ${options.steadyCount} commands over ${options.steadySeconds} s${options.steadySeconds < 60 ? " (scaled down from 60 s to keep the whole bench under 10 minutes; the rate is higher, not lower)" : ""}.`,
        "CPU is user + system ms from /proc/<pid>/stat over the phase (the bursts include the 1 s pauses between them).",
        `Requests the bot made per command (mean over both loads): ${requestsPerCommand(before, after, commands)}.`,
        ...(options.cpuProfileDir
          ? ["The client processes ran under `--cpu-prof` (slower than unprofiled)."]
          : []),
      ],
      headers: [
        "client",
        "load",
        "n",
        "p50",
        "p99",
        "max",
        "p99 vs bare",
        "not acknowledged",
        "wall s",
        "client CPU ms (user + sys)",
        "emulators CPU ms (user + sys)",
      ],
      verdicts: [verdict("burst", ourBurst, bareBurst), verdict("steady", ourSteady, bareSteady)],
      rows: [
        row("bot", burstLabel, ours.burst, ourBurst, bareBurst),
        row("bare discord.js", burstLabel, bare.burst, bareBurst, undefined),
        row("bot", steadyLabel, ours.steady, ourSteady, bareSteady),
        row("bare discord.js", steadyLabel, bare.steady, bareSteady, undefined),
      ],
    };
  } finally {
    await child?.stop();
    await host.close();
  }
}
