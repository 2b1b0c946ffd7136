import { type ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const REPO_ROOT = resolve(import.meta.dirname, "../..");
const TSX_LOADER = pathToFileURL(join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;

export interface BotProcess {
  readonly child: ChildProcess;
  /** stdout lines (JSON logs) and stderr lines, in arrival order. */
  readonly stdout: string[];
  readonly stderr: string[];
  /** Resolves once the bot logged that it is connected; rejects if it exits first or takes 30 s. */
  readonly ready: Promise<void>;
  /** Resolves with the exit code (null if killed by a signal) and the signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface SpawnOptions {
  /** The entry point, relative to the repository: `src/index.ts` (default) or `src/sharded.ts`. */
  readonly entry?: string;
  /** How many "connected to Discord" lines make it ready (one per shard). */
  readonly readyLines?: number;
  /** The log text that means ready, instead of "connected to Discord" (a bot taking interactions over HTTP). */
  readonly readyText?: string;
  /** Called with every stdout and stderr line as it arrives. */
  readonly onStdout?: (line: string) => void;
  readonly onStderr?: (line: string) => void;
  /** Modules (paths relative to the repository) loaded into the process before the bot, with `--import`. */
  readonly preload?: readonly string[];
}

/**
 * The bot as its own process with exactly `env` (plus PATH): for the harness's child-process mode and
 * for tests that need its exit code or its stderr (signals, start-up failures).
 */
export function spawnBot(
  env: Readonly<Record<string, string>>,
  cwd: string,
  options: SpawnOptions = {},
): BotProcess {
  const entry = join(REPO_ROOT, options.entry ?? "src/index.ts");
  const preloads = (options.preload ?? []).flatMap((path) => [
    "--import",
    pathToFileURL(join(REPO_ROOT, path)).href,
  ]);
  const child = spawn(process.execPath, ["--import", TSX_LOADER, ...preloads, entry], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const lines = (onLine: (line: string) => void) => {
    let rest = "";
    return (chunk: Buffer) => {
      const parts = (rest + String(chunk)).split("\n");
      rest = parts.pop() ?? "";
      for (const line of parts) if (line) onLine(line);
    };
  };
  child.stdout.on(
    "data",
    lines((line) => {
      stdout.push(line);
      options.onStdout?.(line);
    }),
  );
  child.stderr.on(
    "data",
    lines((line) => {
      stderr.push(line);
      options.onStderr?.(line);
    }),
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );
  const ready = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error("the bot process was not ready in 30 s")), 30_000);
    const check = setInterval(() => {
      const readyLines = stdout.filter((line) =>
        line.includes(options.readyText ?? "connected to Discord"),
      ).length;
      if (readyLines >= (options.readyLines ?? 1)) {
        clearInterval(check);
        clearTimeout(timer);
        done();
      }
    }, 25);
    void exited.then(({ code }) => {
      clearInterval(check);
      clearTimeout(timer);
      fail(new Error(`the bot process exited with ${code} before it was ready:\n${stderr.join("\n")}`));
    });
  });
  ready.catch(() => undefined);
  return { child, stdout, stderr, ready, exited };
}
