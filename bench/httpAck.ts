import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "../test/support/ports.js";
import type { RunRequest } from "./host/protocol.js";
import { botNodeArgs } from "./support/botProcess.js";
import { type Child, startBotChild, startTsChild } from "./support/childProcess.js";
import { type EmulatorProcess, startEmulatorProcess } from "./support/emulatorProcess.js";
import type { Table } from "./support/results.js";
import { ms, ratio, type Summary, summarize } from "./support/stats.js";

export interface HttpAckOptions {
  burstSize: number;
  bursts: number;
  steadyCount: number;
  steadySeconds: number;
  /** Profile the bot (`--cpu-prof`) into this folder. */
  cpuProfileDir?: string;
}

interface Measured {
  burst: { ackMs: number[]; failed: number };
  steady: { ackMs: number[]; failed: number };
}

/** A few commands first, so neither side is measured compiling its first request. */
const WARM_UP = 20;

async function drive(host: EmulatorProcess, options: HttpAckOptions): Promise<Measured> {
  const command: RunRequest["command"] = {
    name: "user",
    options: { user: host.ready.subjects.smallUser ?? "" },
  };
  await host.run({ count: WARM_UP, command, userIdBase: "410000000000000000", waitFor: "ack", batch: 5 });
  const burst = { ackMs: [] as number[], failed: 0 };
  for (let round = 0; round < options.bursts; round++) {
    const result = await host.run({
      count: options.burstSize,
      command,
      userIdBase: String(410000000000001000n + BigInt(round * options.burstSize)),
      waitFor: "ack",
      timeoutMs: 10_000,
    });
    burst.ackMs.push(...result.ackMs);
    burst.failed += result.failed;
    await sleep(1_000);
  }
  const steady = await host.run({
    count: options.steadyCount,
    command,
    userIdBase: "410000000000100000",
    waitFor: "ack",
    spreadSeconds: options.steadySeconds,
    timeoutMs: 10_000,
  });
  return { burst, steady };
}

/** The bot with INTERACTIONS_MODE=http, then the bare server, each as the emulator's endpoint in turn. */
export async function measureHttpAck(entry: string, options: HttpAckOptions): Promise<Table> {
  const host = await startEmulatorProcess();
  let child: Child | undefined;
  try {
    const botPort = await freePort();
    child = await startBotChild(
      entry,
      host.botEnv({
        INTERACTIONS_MODE: "http",
        DISCORD_PUBLIC_KEY: host.ready.verifyKey,
        WEB_PORT: String(botPort),
      }),
      botNodeArgs(
        options.cpuProfileDir
          ? { cpuProfileDir: options.cpuProfileDir, cpuProfileName: `http-${Date.now()}.cpuprofile` }
          : {},
      ),
      /taking interactions over HTTP/,
    );
    await host.endpoint(`http://127.0.0.1:${botPort}/interactions`);
    const ours = await drive(host, options);
    await host.endpoint(null);
    await child.stop(30_000);

    const barePort = await freePort();
    child = startTsChild("bench/bareHttpServer.ts", {
      PUBLIC_KEY: host.ready.verifyKey,
      PORT: String(barePort),
    });
    await child.waitForLine(/bare http server listening/, 60_000);
    await host.endpoint(`http://127.0.0.1:${barePort}/interactions`);
    const bare = await drive(host, options);
    await child.stop(30_000);

    const [ourBurst, ourSteady, bareBurst, bareSteady] = [
      ours.burst,
      ours.steady,
      bare.burst,
      bare.steady,
    ].map((measured) => summarize(measured.ackMs)) as [Summary, Summary, Summary, Summary];
    const burstLabel = `${options.burstSize} at once (×${options.bursts})`;
    const steadyLabel = `${options.steadyCount} over ${options.steadySeconds} s`;
    const row = (client: string, load: string, failed: number, summary: Summary, baseline?: Summary) => [
      client,
      load,
      String(summary.n),
      ms(summary.p50),
      ms(summary.p99),
      ms(summary.max),
      baseline ? ratio(summary.p99, baseline.p99) : "1.00× (baseline)",
      String(failed),
    ];
    const verdict = (load: string, our: Summary, base: Summary) =>
      `HTTP ack latency (${load}): ${our.p99 <= 1.5 * base.p99 ? "MET" : "SHORT"}: p99 ${ms(our.p99)} ms vs bare node:http ${ms(base.p99)} ms (${ratio(our.p99, base.p99)}, target ≤ 1.50×).`;
    return {
      title: "8. HTTP interactions: acknowledgement latency (emulator POST → its HTTP answer, ms)",
      notes: [
        "`/user` POSTed, signed, by the Discord emulator (its own process) to the bot with INTERACTIONS_MODE=http (compiled, memory store: the replay check is in process, one Redis round trip more in production), then to a bare node:http server that verifies the signature and answers type 5, same emulators, same run.",
        `${WARM_UP} commands warm each side up first and are not counted. The bot's answer is its defer (type 5) as the HTTP response; it then finishes the command through the webhook, which the bare server never does.`,
        "Target: the bot's p99 within 1.5× of the bare server's under the 200 burst.",
      ],
      headers: ["endpoint", "load", "n", "p50", "p99", "max", "p99 vs bare", "not acknowledged"],
      verdicts: [verdict("burst", ourBurst, bareBurst), verdict("steady", ourSteady, bareSteady)],
      rows: [
        row("bot (http mode)", burstLabel, ours.burst.failed, ourBurst, bareBurst),
        row("bare node:http", burstLabel, bare.burst.failed, bareBurst),
        row("bot (http mode)", steadyLabel, ours.steady.failed, ourSteady, bareSteady),
        row("bare node:http", steadyLabel, bare.steady.failed, bareSteady),
      ],
    };
  } finally {
    await child?.stop();
    await host.close();
  }
}
