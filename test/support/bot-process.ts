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

/**
 * `src/index.ts` as its own process with exactly `env` (plus PATH), for tests that need its exit code
 * or its stderr: signals, start-up failures.
 */
export function spawnBot(env: Readonly<Record<string, string>>, cwd: string): BotProcess {
  const child = spawn(process.execPath, ["--import", TSX_LOADER, join(REPO_ROOT, "src/index.ts")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const lines = (into: string[]) => {
    let rest = "";
    return (chunk: Buffer) => {
      const parts = (rest + String(chunk)).split("\n");
      rest = parts.pop() ?? "";
      into.push(...parts.filter(Boolean));
    };
  };
  child.stdout.on("data", lines(stdout));
  child.stderr.on("data", lines(stderr));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );
  const ready = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error("the bot process was not ready in 30 s")), 30_000);
    const check = setInterval(() => {
      if (stdout.some((line) => line.includes("connected to Discord"))) {
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
