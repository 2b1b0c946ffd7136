import {
  type HostOptions,
  type HostReady,
  parseHostLine,
  type RunRequest,
  type RunResult,
  type StatsResult,
} from "../host/protocol.js";
import { type Child, startTsChild } from "./childProcess.js";

/** The emulators running in their own process (`bench/host/main.ts`), driven over its stdin. */
export interface EmulatorProcess {
  readonly pid: number;
  readonly ready: HostReady;
  /** The bot's environment pointing at both emulators, as production config reads it. */
  botEnv(extra?: Readonly<Record<string, string>>): Record<string, string>;
  run(request: Omit<RunRequest, "op">): Promise<RunResult>;
  stats(): Promise<StatsResult>;
  /** Sets (or clears) where the Discord emulator POSTs interactions. */
  endpoint(url: string | null): Promise<void>;
  close(): Promise<void>;
}

/** The environment every bench bot runs with, around the emulators' URLs and credentials. */
export function benchBotEnv(
  emulatorEnv: Readonly<Record<string, string>>,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  // The bot's own per-IP web budget off, like the host's emulated limits (see HostOptions.webLimits).
  return {
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    ROBLOX_WEB_LIMITS: "off",
    ...emulatorEnv,
    STORE_URL: "memory://",
    ...extra,
  };
}

export async function startEmulatorProcess(options: HostOptions = {}): Promise<EmulatorProcess> {
  const child: Child = startTsChild(
    "bench/host/main.ts",
    { BENCH_HOST_OPTIONS: JSON.stringify(options) },
    { stdin: true },
  );
  const readyLine = await child.waitForLine(/^\{"kind":"ready"/, 60_000).catch(async (error) => {
    await child.stop();
    throw error;
  });
  const ready = parseHostLine(readyLine) as HostReady;

  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const stopListening = child.onLine((line) => {
    const message = parseHostLine(line);
    if (message?.kind !== "reply") return;
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.ok) waiter.resolve(message.result);
    else waiter.reject(new Error(`emulator host: ${message.error}`));
  });
  void child.exited.then((code) => {
    stopListening();
    for (const waiter of pending.values()) waiter.reject(new Error(`the emulator host exited (${code})`));
    pending.clear();
  });

  const call = <T>(request: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send(JSON.stringify({ ...request, id }));
    });

  return {
    pid: child.pid,
    ready,
    botEnv: (extra = {}) => benchBotEnv(ready.env, extra),
    run: (request) => call<RunResult>({ ...request, op: "run" }),
    stats: () => call<StatsResult>({ op: "stats" }),
    endpoint: (url) => call<void>({ op: "endpoint", url }),
    async close() {
      await child.stop();
    },
  };
}
