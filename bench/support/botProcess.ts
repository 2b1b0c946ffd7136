import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./build.js";
import { type Child, startBotChild } from "./childProcess.js";

/** Where `--cpu-prof` runs leave their profiles (git-ignored). */
export const PROFILE_DIR = join(REPO_ROOT, "bench/profiles");
const GC_HOOK = join(REPO_ROOT, "bench/support/gcHook.mjs");
const ACK_PROBE = join(REPO_ROOT, "bench/support/ackProbe.mjs");
/** What the ack probe's line starts with. */
const ACK_LINE_PREFIX = "BENCH_ACKS ";
/** What the GC hook's memory line starts with. */
export const GC_LINE_PREFIX = "BENCH_GC ";

export interface BotProcessOptions {
  /** Start with --expose-gc and the bench's GC hook, for `forcedGcMemory`. */
  gcHook?: boolean;
  /** Preload the bench's ack probe, for `readAckProbe` (SIGUSR2 as well: not with gcHook). */
  ackProbe?: boolean;
  /** Write a V8 CPU profile into this folder when the bot exits (`--cpu-prof`). */
  cpuProfileDir?: string;
  /** Name of the profile file, without folder. */
  cpuProfileName?: string;
}

/** The node flags that start the compiled bot with the bench's instruments. */
export function botNodeArgs(options: BotProcessOptions): string[] {
  const args: string[] = [];
  if (options.gcHook && options.ackProbe) throw new Error("the GC hook and the ack probe both use SIGUSR2");
  if (options.gcHook) args.push("--expose-gc", "--import", GC_HOOK);
  if (options.ackProbe) args.push("--import", ACK_PROBE);
  if (options.cpuProfileDir) {
    mkdirSync(options.cpuProfileDir, { recursive: true });
    args.push("--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`);
    if (options.cpuProfileName) args.push(`--cpu-prof-name=${options.cpuProfileName}`);
  }
  return args;
}

export function startBotProcess(
  entry: string,
  env: Readonly<Record<string, string>>,
  options: BotProcessOptions = {},
): Promise<Child> {
  return startBotChild(entry, env, botNodeArgs(options));
}

export interface GcMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Each V8 heap space's [committed, used] bytes. */
  spaces: Record<string, [number, number]>;
  /** The heap snapshot written after the collection, when the bot runs with BENCH_HEAP_DIR. */
  snapshot: string | null;
}

/** Asks a bot started with `gcHook` to collect garbage and report its memory. */
export function forcedGcMemory(bot: Child, timeoutMs = 30_000): Promise<GcMemory> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the bot did not answer the GC signal in ${timeoutMs} ms (started without gcHook?)`));
    }, timeoutMs);
    const stop = bot.onLine((line) => {
      if (!line.startsWith(GC_LINE_PREFIX)) return;
      clearTimeout(timer);
      stop();
      resolve(JSON.parse(line.slice(GC_LINE_PREFIX.length)) as GcMemory);
    });
    bot.signal("SIGUSR2");
  });
}

/** One HTTP request a probed client wrote: when (monotonic µs), its CPU by then (µs), the interaction it acknowledged. */
export interface ProbedRequest {
  atUs: number;
  cpuUs: number;
  /** The interaction ID, when the request was an acknowledgement (interaction callback). */
  callback: string | null;
}

/** The requests a client started with `ackProbe` wrote since the last call. */
export function readAckProbe(child: Child, timeoutMs = 10_000): Promise<ProbedRequest[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`the client did not answer the ack probe in ${timeoutMs} ms (started without it?)`));
    }, timeoutMs);
    const stop = child.onLine((line) => {
      if (!line.startsWith(ACK_LINE_PREFIX)) return;
      clearTimeout(timer);
      stop();
      const { requests } = JSON.parse(line.slice(ACK_LINE_PREFIX.length)) as {
        requests: Array<[number, number, string | null]>;
      };
      resolve(requests.map(([atUs, cpuUs, callback]) => ({ atUs, cpuUs, callback })));
    });
    child.signal("SIGUSR2");
  });
}
