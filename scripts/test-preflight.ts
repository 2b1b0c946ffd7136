/**
 * What `npm test` needs besides Node, checked before any test runs: one line naming what to install
 * when something is missing, exit 1. (`npm run test:unit` needs Node alone and skips this.)
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { connect } from "node:net";

interface Requirement {
  readonly what: string;
  /** Undefined when present, else why not. */
  check(): Promise<string | undefined>;
  readonly install: string;
}

const REDIS_HOST = "127.0.0.1";
const REDIS_PORT = 6379;

/** True when a Redis answers PING at the address within the time. */
function redisAnswers(timeoutMs: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: REDIS_HOST, port: REDIS_PORT });
    const finish = (answer: boolean) => {
      socket.destroy();
      done(answer);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("error", () => finish(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => finish(String(data).startsWith("+PONG")));
  });
}

/** Debian's chromium, which the browser tests drive (test/support/browser.ts). */
const CHROMIUM = "/usr/bin/chromium";
/** Debian's nginx, the real load balancer in front of three instances (test/support/nginx.ts). */
const NGINX = "/usr/sbin/nginx";

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (command: string) => spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;

const REQUIREMENTS: readonly Requirement[] = [
  {
    what: `Redis at ${REDIS_HOST}:${REDIS_PORT}`,
    check: async () => ((await redisAnswers(2_000)) ? undefined : "nothing answers there"),
    install: "install and start redis-server (Debian: apt-get install redis-server)",
  },
  {
    // The store fault tests start Redis servers of their own.
    what: "the redis-server program",
    check: async () => (onPath("redis-server") ? undefined : "it is not on PATH"),
    install: "install redis-server (Debian: apt-get install redis-server)",
  },
  {
    what: `Chromium at ${CHROMIUM}`,
    check: async () => (executable(CHROMIUM) ? undefined : "it is not there"),
    install: "install chromium for the browser tests (Debian: apt-get install chromium)",
  },
  {
    what: `nginx at ${NGINX}`,
    check: async () => (executable(NGINX) ? undefined : "it is not there"),
    install: "install nginx for the load-balancer test (Debian: apt-get install nginx)",
  },
];

const missing: string[] = [];
for (const requirement of REQUIREMENTS) {
  const why = await requirement.check();
  if (why !== undefined) missing.push(`${requirement.what} (${why}): ${requirement.install}`);
}
if (missing.length > 0) {
  console.error(
    `npm test needs ${missing.join("; and ")}. Or run npm run test:unit, which needs Node alone.`,
  );
  process.exit(1);
}
