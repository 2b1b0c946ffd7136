import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./build.js";
import { type Child, startBotChild } from "./childProcess.js";

/** Where `--cpu-prof` runs leave their profiles (git-ignored). */
export const PROFILE_DIR = join(REPO_ROOT, "bench/profiles");
const GC_HOOK = join(REPO_ROOT, "bench/support/gcHook.mjs");
/** What the GC hook's memory line starts with. */
export const GC_LINE_PREFIX = "BENCH_GC ";

export interface BotProcessOptions {
  /** Start with --expose-gc and the bench's GC hook, for `forcedGcMemory`. */
  gcHook?: boolean;
  /** Write a V8 CPU profile into this folder when the bot exits (`--cpu-prof`). */
  cpuProfileDir?: string;
  /** Name of the profile file, without folder. */
  cpuProfileName?: string;
}

/** The node flags that start the compiled bot with the bench's instruments. */
export function botNodeArgs(options: BotProcessOptions): string[] {
  const args: string[] = [];
  if (options.gcHook) args.push("--expose-gc", "--import", GC_HOOK);
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
