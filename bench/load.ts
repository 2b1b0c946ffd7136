import { rawRateLimitTexts, runMixedLoad } from "../test/support/mixed-load.js";
import { startBotChild } from "./support/childProcess.js";
import { startEmulators } from "./support/emulators.js";
import { readProcessMemory, sampleRss, settledRss } from "./support/procMemory.js";
import type { Table } from "./support/results.js";
import { mib, ms, summarize } from "./support/stats.js";

/** Discord's window to acknowledge an interaction. */
const ACK_LIMIT_MS = 3_000;
/** Memory after the load may stay this far above where it started (the heap's own slack). */
const RSS_SLACK_MIB = 40;

/**
 * The load test's traffic at full size (1,000 interactions from 50 users over 60 s, Roblox's real rate
 * limits) against the compiled bot: acknowledgement times and the bot's memory before, at peak and after.
 */
export async function measureLoad(
  entry: string,
  load = { interactions: 1_000, users: 50, durationMs: 60_000 },
): Promise<Table> {
  const emulators = await startEmulators({ opencloud: { rateLimits: "spec" } });
  const bot = await startBotChild(entry, emulators.botEnv());
  try {
    const startRss = await settledRss(bot.pid);
    const peak = sampleRss(bot.pid, 200);
    const started = performance.now();
    const results = await runMixedLoad(emulators, load);
    const seconds = (performance.now() - started) / 1_000;
    const peakRss = peak.stop();
    const endRss = await settledRss(bot.pid, 5_000);
    const acks = summarize(results.map((result) => result.ackMs).filter(Number.isFinite));
    const count = (outcome: string) => results.filter((result) => result.outcome === outcome).length;
    const late = results.filter((result) => !(result.ackMs <= ACK_LIMIT_MS)).length;
    const shown429 = rawRateLimitTexts(emulators.discord).length;
    const grew = (endRss - startRss) / (1024 * 1024);
    return {
      title: "Load: the mixed traffic of the load test at full size",
      notes: [
        `${load.interactions} interactions (40 % /groups, 40 % /inventory, 20 % page turns) from ${load.users} users over ${load.durationMs / 1_000} s, Roblox's real rate limits, the compiled bot as its own process.`,
      ],
      headers: [
        "answered",
        "rate-limit notices",
        "problems",
        "ack p50 ms",
        "ack p99 ms",
        "ack max ms",
        "RSS start / peak / end MiB",
        "seconds",
      ],
      rows: [
        [
          String(count("answer")),
          String(count("rate-limited")),
          String(count("problem")),
          ms(acks.p50),
          ms(acks.p99),
          ms(acks.max),
          `${mib(startRss)} / ${mib(peakRss)} / ${mib(endRss)}`,
          seconds.toFixed(0),
        ],
      ],
      verdicts: [
        `load: every acknowledgement within ${ACK_LIMIT_MS} ms: ${late === 0 ? "met" : `NOT met (${late} late)`} (max ${ms(acks.max)} ms)`,
        `load: no 429 shown to users: ${shown429 === 0 ? "met" : `NOT met (${shown429} messages)`}`,
        `load: memory back within ${RSS_SLACK_MIB} MiB of its start: ${grew < RSS_SLACK_MIB ? "met" : "NOT met"} (${grew.toFixed(1)} MiB above; peak VmHWM ${mib(readProcessMemory(bot.pid).peak)} MiB)`,
      ],
    };
  } finally {
    await bot.stop();
    await emulators.close();
  }
}
