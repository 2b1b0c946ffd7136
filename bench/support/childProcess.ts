import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { productionNodeFlags, REPO_ROOT } from "./build.js";

export const TSX_LOADER = pathToFileURL(join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;

export interface Child {
  readonly pid: number;
  /** Lines the child wrote on stdout and stderr. */
  readonly lines: string[];
  /** Resolves with the first stdout line that matches. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves when the child exits. */
  readonly exited: Promise<number | null>;
  /** Calls `listener` with every later line; returns the function that stops it. */
  onLine(listener: (line: string) => void): () => void;
  /** Writes one line on the child's stdin (only when started with `stdin: true`). */
  send(line: string): void;
  /** Sends a signal (SIGUSR2 for the GC hook, for instance). */
  signal(name: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after `graceMs` (5 s unless given). */
  stop(graceMs?: number): Promise<void>;
}

export interface ChildOptions {
  /** Keep a pipe to the child's stdin for `send`. */
  stdin?: boolean;
  /** Node flags before the script (for `startTsChild`). */
  nodeArgs?: readonly string[];
}

/** Starts `node [args]` with only the given environment (plus PATH), in a fresh temporary directory. */
export function startChild(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  options: ChildOptions = {},
): Child {
  const cwd = mkdtempSync(join(tmpdir(), "bench-child-"));
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: [options.stdin ? "pipe" : "ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error(`could not start ${args.join(" ")}`);
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  // A chunk can end mid-line (a long JSON answer): keep the tail until its newline arrives.
  const emit = (line: string) => {
    lines.push(line);
    for (const listener of listeners) listener(line);
  };
  const collect = (stream: NodeJS.ReadableStream | null) => {
    let pending = "";
    stream?.on("data", (chunk: Buffer) => {
      const parts = (pending + String(chunk)).split("\n");
      pending = parts.pop() ?? "";
      for (const line of parts.filter(Boolean)) emit(line);
    });
    stream?.on("end", () => {
      if (pending) emit(pending);
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  void exited.then(() => rmSync(cwd, { recursive: true, force: true }));

  return {
    pid: child.pid,
    lines,
    exited,
    waitForLine(pattern, timeoutMs = 60_000) {
      const seen = lines.find((line) => pattern.test(line));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(
            new Error(`no line matching ${pattern} in ${timeoutMs} ms:\n${lines.slice(-20).join("\n")}`),
          );
        }, timeoutMs);
        const listener = (line: string) => {
          if (!pattern.test(line)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(line);
        };
        listeners.add(listener);
        void exited.then((code) => {
          if (!listeners.has(listener)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          reject(new Error(`the child exited (${code}) before ${pattern}:\n${lines.slice(-20).join("\n")}`));
        });
      });
    },
    onLine(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(line) {
      if (!child.stdin) throw new Error("this child was started without a stdin pipe");
      child.stdin.write(`${line}\n`);
    },
    signal(name) {
      child.kill(name);
    },
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const killer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      child.kill("SIGTERM");
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Starts the compiled bot with production's Node flags and waits until it is connected to the Discord emulator (or logs `ready`). */
export async function startBotChild(
  entry: string,
  env: Readonly<Record<string, string>>,
  nodeArgs: readonly string[] = [],
  ready: RegExp = /connected to Discord/,
): Promise<Child> {
  // BENCH_BOT_ENV (JSON) adds variables to every bench bot, to try a setting without editing the bench.
  const extra = JSON.parse(process.env.BENCH_BOT_ENV ?? "{}") as Record<string, string>;
  const bot = startChild([...productionNodeFlags(), ...nodeArgs, entry], { ...env, ...extra });
  await bot.waitForLine(ready, 120_000);
  return bot;
}

/** Runs a TypeScript file of the bench as a child through tsx. */
export function startTsChild(
  file: string,
  env: Readonly<Record<string, string>>,
  options: ChildOptions = {},
): Child {
  return startChild(
    [...(options.nodeArgs ?? []), "--import", TSX_LOADER, join(REPO_ROOT, file)],
    env,
    options,
  );
}
