import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { RunRequest, StatsResult } from "./host/protocol.js";
import { botNodeArgs, type ProbedRequest, readAckProbe, startBotProcess } from "./support/botProcess.js";
import { type Child, startTsChild } from "./support/childProcess.js";
import { type EmulatorProcess, startEmulatorProcess } from "./support/emulatorProcess.js";
import { type CpuTime, cpuMeter, describeCpu, readCpuTime } from "./support/procCpu.js";
import type { Table } from "./support/results.js";
import { median, ms, ratio, type Summary, summarize } from "./support/stats.js";

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

/** One burst as the client saw it (ack probe): CPU and requests up to its last acknowledgement. */
interface BurstCost {
  /** CPU ms the client used from the burst's dispatch to writing its last acknowledgement. */
  cpuToLastAckMs: number;
  /** Other requests (reply edits, Roblox calls) written before the last acknowledgement. */
  otherRequestsFirst: number;
}

interface Phase {
  ackMs: number[];
  /** Dispatch → the client writing its acknowledgement, per interaction (ack probe). */
  writtenMs: number[];
  failed: number;
  bursts?: BurstCost[];
  wallS: number;
  cpu: Record<"client" | "emulators", CpuTime>;
  /** [start, end] in monotonic µs, to cut the phase out of a CPU profile. */
  windowUs: [number, number];
}

async function phase(
  pids: { client: number; emulators: number },
  work: () => Promise<{ ackMs: number[]; writtenMs: number[]; failed: number; bursts?: BurstCost[] }>,
): Promise<Phase> {
  const meter = cpuMeter(pids);
  const startUs = monotonicUs();
  const t0 = performance.now();
  const result = await work();
  const wallS = (performance.now() - t0) / 1_000;
  const cpu = meter.stop() as Phase["cpu"];
  return { ...result, wallS, cpu, windowUs: [startUs, monotonicUs()] };
}

/** Dispatch (host) → acknowledgement written (client), ms, for each interaction the client acknowledged. */
function writtenLatencies(requests: ProbedRequest[], dispatchedUs: Record<string, number>): number[] {
  return requests.flatMap((request) => {
    const sent = request.callback === null ? undefined : dispatchedUs[request.callback];
    return sent === undefined ? [] : [(request.atUs - sent) / 1_000];
  });
}

function burstCost(requests: ProbedRequest[], cpuStartMs: number): BurstCost {
  const last = requests.findLastIndex((request) => request.callback !== null);
  const lastAck = requests[last];
  if (!lastAck) return { cpuToLastAckMs: Number.NaN, otherRequestsFirst: Number.NaN };
  return {
    cpuToLastAckMs: lastAck.cpuUs / 1_000 - cpuStartMs,
    otherRequestsFirst: requests.slice(0, last).filter((request) => request.callback === null).length,
  };
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
    const writtenMs: number[] = [];
    const bursts: BurstCost[] = [];
    let failed = 0;
    for (let round = 0; round < options.bursts; round++) {
      await readAckProbe(client);
      const cpuStartMs = readCpuTime(client.pid);
      const result = await host.run({
        count: options.burstSize,
        command,
        userIdBase: String(400000000000000000n + BigInt(round * options.burstSize)),
        waitFor: "ack",
        timeoutMs: 10_000,
      });
      ackMs.push(...result.ackMs);
      failed += result.failed;
      const probed = await readAckProbe(client);
      writtenMs.push(...writtenLatencies(probed, result.dispatchedUs));
      bursts.push(burstCost(probed, cpuStartMs.userMs + cpuStartMs.systemMs));
      if (round < options.bursts - 1) await sleep(1_000);
    }
    return { ackMs, writtenMs, failed, bursts };
  });
  await sleep(1_000);
  await readAckProbe(client);
  const steady = await phase(pids, async () => {
    const result = await host.run({
      count: options.steadyCount,
      command,
      userIdBase: "400000000000100000",
      waitFor: "ack",
      spreadSeconds: options.steadySeconds,
      timeoutMs: 10_000,
    });
    return { ...result, writtenMs: writtenLatencies(await readAckProbe(client), result.dispatchedUs) };
  });
  return { burst, steady };
}

function row(client: string, load: string, measured: Phase, baseline: Phase | undefined) {
  const summary = summarize(measured.ackMs);
  const written = summarize(measured.writtenMs);
  const base = baseline ? summarize(baseline.ackMs) : undefined;
  const baseWritten = baseline ? summarize(baseline.writtenMs) : undefined;
  return [
    client,
    load,
    String(summary.n),
    ms(summary.p50),
    ms(summary.p99),
    ms(summary.max),
    base ? ratio(summary.p99, base.p99) : "1.00× (baseline)",
    `${ms(written.p50)} / ${ms(written.p99)}`,
    baseWritten ? ratio(written.p99, baseWritten.p99) : "1.00× (baseline)",
    String(measured.failed),
    measured.wallS.toFixed(1),
    describeCpu(measured.cpu.client),
    describeCpu(measured.cpu.emulators),
    measured.bursts ? ms(median(measured.bursts.map((burst) => burst.cpuToLastAckMs))) : "—",
    measured.bursts ? String(median(measured.bursts.map((burst) => burst.otherRequestsFirst))) : "—",
  ];
}

function verdict(load: string, ours: Summary, bare: Summary, cpu?: { ours: Phase; bare: Phase }): string {
  const within = ours.p99 <= 1.5 * bare.p99;
  const toLastAck = (measured: Phase) => median((measured.bursts ?? []).map((burst) => burst.cpuToLastAckMs));
  const writtenText = cpu
    ? ` Written by the client: p99 ${ms(summarize(cpu.ours.writtenMs).p99)} ms vs bare ${ms(summarize(cpu.bare.writtenMs).p99)} ms (${ratio(summarize(cpu.ours.writtenMs).p99, summarize(cpu.bare.writtenMs).p99)}).`
    : "";
  const cpuText = cpu?.ours.bursts
    ? ` CPU to the last ack of a burst: ${ms(toLastAck(cpu.ours))} ms vs bare ${ms(toLastAck(cpu.bare))} ms (${ratio(toLastAck(cpu.ours), toLastAck(cpu.bare))}).`
    : "";
  return `Ack latency (${load}): ${within ? "MET" : "SHORT"}: p99 ${ms(ours.p99)} ms vs bare ${ms(bare.p99)} ms (${ratio(ours.p99, bare.p99)}, target ≤ 1.50×); max ${ms(ours.max)} ms against Discord's 3,000 ms.${writtenText}${cpuText}`;
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
    child = await startBotProcess(entry, host.botEnv(), { ...profile("bot"), ackProbe: true });
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
      { nodeArgs: botNodeArgs({ ...profile("bare"), ackProbe: true }) },
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
        "Written by the client: from the host dispatching the interaction on the gateway to the client writing its acknowledgement's headers on a socket, both on CLOCK_MONOTONIC (the host's clock and the client's, read by the bench's preload `support/ackProbe.mjs` from undici's diagnostics channels). The emulator's own figure (p50, p99) also holds the time the emulator took to get to the request, which grows with everything else the client sends it (reply edits, Roblox calls) and with the machine's load; Discord's servers are not slowed by one bot's edits.",
        "CPU to the last ack: from /proc/<pid>/stat when a burst is dispatched to the CPU the client had used when it wrote its last acknowledgement's headers (ack probe); other requests: the reply edits and Roblox calls it wrote before that. Unlike wall time, neither stretches when the machine is busy.",
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
        "written by the client p50 / p99",
        "written p99 vs bare",
        "not acknowledged",
        "wall s",
        "client CPU ms (user + sys)",
        "emulators CPU ms (user + sys)",
        "client CPU ms to its last ack (median burst)",
        "other requests before the last ack (median burst)",
      ],
      verdicts: [
        verdict("burst", ourBurst, bareBurst, { ours: ours.burst, bare: bare.burst }),
        verdict("steady", ourSteady, bareSteady, { ours: ours.steady, bare: bare.steady }),
      ],
      rows: [
        row("bot", burstLabel, ours.burst, bare.burst),
        row("bare discord.js", burstLabel, bare.burst, undefined),
        row("bot", steadyLabel, ours.steady, bare.steady),
        row("bare discord.js", steadyLabel, bare.steady, undefined),
      ],
    };
  } finally {
    await child?.stop();
    await host.close();
  }
}
