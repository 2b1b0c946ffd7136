import { type ChildProcess, spawn } from "node:child_process";
import { connect } from "node:net";
import { freePort } from "./ports.js";

/**
 * A redis-server of the test's own on a free loopback port, never the machine's shared one, so a test
 * may stop and start it at will. No persistence: a restart comes back empty.
 */
export interface PrivateRedis {
  readonly port: number;
  readonly url: string;
  /** Starts it (again) on the same port and waits until it answers PING. */
  start(): Promise<void>;
  /** SIGKILL, as a crash would; resolves once the process is gone. */
  kill(): Promise<void>;
}

/** `settings` are extra redis-server arguments, e.g. ["--maxmemory-policy", "allkeys-lru"]. */
export async function createPrivateRedis(settings: readonly string[] = []): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: PrivateRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (child) return;
      child = spawn(
        "redis-server",
        [
          "--port",
          String(port),
          "--bind",
          "127.0.0.1",
          "--save",
          "",
          "--appendonly",
          "no",
          "--daemonize",
          "no",
          ...settings,
        ],
        { stdio: "ignore" },
      );
      const started = child;
      started.once("exit", () => {
        if (child === started) child = undefined;
      });
      const deadline = Date.now() + 10_000;
      while (!(await answersPing(port))) {
        if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async kill() {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      await new Promise<void>((gone) => {
        running.once("exit", () => gone());
        running.kill("SIGKILL");
      });
      child = undefined;
    },
  };
  await redis.start();
  return redis;
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect(port, "127.0.0.1");
    const done = (ok: boolean) => {
      socket.destroy();
      answer(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(String(data).startsWith("+PONG")));
  });
}
