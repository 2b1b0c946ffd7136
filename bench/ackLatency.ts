import { setTimeout as sleep } from "node:timers/promises";
import type { InteractionHandle } from "../test/emulators/discord/index.js";
import { type Child, startBotChild, startTsChild } from "./support/childProcess.js";
import { startEmulators } from "./support/emulators.js";
import type { Table } from "./support/results.js";
import { ms, ratio, type Summary, summarize } from "./support/stats.js";

export interface AckOptions {
  burstSize: number;
  bursts: number;
  steadyCount: number;
  steadySeconds: number;
}

async function acks(handles: InteractionHandle[]): Promise<{ elapsed: number[]; failed: number }> {
  const settled = await Promise.allSettled(handles.map((handle) => handle.ack(10_000)));
  const elapsed = settled.flatMap((result) =>
    result.status === "fulfilled" ? [result.value.elapsedMs] : [],
  );
  return { elapsed, failed: settled.length - elapsed.length };
}

interface Measured {
  burst: number[];
  steady: number[];
  burstFailed: number;
  steadyFailed: number;
}

/** Sends the bursts, then the steady stream, to whichever client is connected. */
async function drive(run: (index: number) => InteractionHandle, options: AckOptions): Promise<Measured> {
  const burst: number[] = [];
  let failed = 0;
  for (let round = 0; round < options.bursts; round++) {
    const handles = Array.from({ length: options.burstSize }, (_, i) => run(round * options.burstSize + i));
    const result = await acks(handles);
    burst.push(...result.elapsed);
    failed += result.failed;
    await sleep(1_000);
  }
  const handles: InteractionHandle[] = [];
  const gapMs = (options.steadySeconds * 1_000) / options.steadyCount;
  const start = performance.now();
  for (let i = 0; i < options.steadyCount; i++) {
    const due = start + i * gapMs;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    handles.push(run(100_000 + i));
  }
  const steady = await acks(handles);
  return { burst, steady: steady.elapsed, burstFailed: failed, steadyFailed: steady.failed };
}

function row(
  client: string,
  scenario: string,
  summary: Summary,
  baseline: Summary | undefined,
  failed: number,
) {
  return [
    client,
    scenario,
    String(summary.n),
    ms(summary.p50),
    ms(summary.p99),
    ms(summary.max),
    baseline ? ratio(summary.p99, baseline.p99) : "1.00× (baseline)",
    String(failed),
  ];
}

function verdict(load: string, ours: Summary, bare: Summary): string {
  const within = ours.p99 <= 1.5 * bare.p99;
  return `Ack latency (${load}): ${within ? "MET" : "SHORT"}: p99 ${ms(ours.p99)} ms vs bare ${ms(bare.p99)} ms (${ratio(ours.p99, bare.p99)}, target ≤ 1.50×); max ${ms(ours.max)} ms against Discord's 3,000 ms.`;
}

export async function measureAckLatency(entry: string, options: AckOptions): Promise<Table> {
  const emulators = await startEmulators();
  const subject = emulators.roblox.world.subjects.smallUser;
  const run = (index: number) =>
    emulators.discord.runCommand({
      name: "user",
      options: { user: subject.username },
      user: { id: String(400000000000000000n + BigInt(index)), username: `member${index}` },
    });
  let child: Child | undefined;
  try {
    child = await startBotChild(entry, emulators.botEnv());
    const ours = await drive(run, options);
    await child.stop();

    child = startTsChild("bench/bareClient.ts", {
      DISCORD_TOKEN: emulators.discord.token,
      DISCORD_API_URL: emulators.discord.apiUrl,
    });
    await child.waitForLine(/bare client connected/, 60_000);
    const bare = await drive(run, options);
    await child.stop();

    const [ourBurst, ourSteady, bareBurst, bareSteady] = [
      ours.burst,
      ours.steady,
      bare.burst,
      bare.steady,
    ].map(summarize) as [Summary, Summary, Summary, Summary];
    const burstLabel = `${options.burstSize} at once (×${options.bursts})`;
    const steadyLabel = `${options.steadyCount} over ${options.steadySeconds} s`;
    return {
      title: "1. Acknowledgement latency (dispatch → defer callback, ms)",
      notes: [
        "`/user` through the Discord emulator to the bot process, against a bare discord.js client in its own process that only defers, same emulator, same run.",
        `Target: our p99 within 1.5× of the bare client's and far under Discord's 3 s. The steady stream is ${options.steadyCount} commands over ${options.steadySeconds} s${options.steadySeconds < 60 ? " (scaled down from 60 s to keep the whole bench under 10 minutes; the rate is higher, not lower)" : ""}.`,
      ],
      headers: ["client", "load", "n", "p50", "p99", "max", "p99 vs bare", "not acknowledged"],
      verdicts: [verdict("burst", ourBurst, bareBurst), verdict("steady", ourSteady, bareSteady)],
      rows: [
        row("bot", burstLabel, ourBurst, bareBurst, ours.burstFailed),
        row("bare discord.js", burstLabel, bareBurst, undefined, bare.burstFailed),
        row("bot", steadyLabel, ourSteady, bareSteady, ours.steadyFailed),
        row("bare discord.js", steadyLabel, bareSteady, undefined, bare.steadyFailed),
      ],
    };
  } finally {
    await child?.stop();
    await emulators.close();
  }
}
