import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { type RunningBot, startBot } from "../../src/bot.js";
import type { Clock } from "../../src/clock.js";
import type { Command, ComponentHandler } from "../../src/commands/types.js";
import { type Config, parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { type DiscordEmulator, startDiscordEmulator } from "../emulators/discord/index.js";
import type { DiscordEmulatorOptions } from "../emulators/discord/types.js";
import {
  type OpenCloudEmulator,
  type OpenCloudEmulatorOptions,
  startOpenCloudEmulator,
} from "../emulators/opencloud/index.js";
import { spawnBot } from "./bot-process.js";
import { emulatorEnv } from "./emulatorEnv.js";
import { freePort } from "./ports.js";

/** What a bot taking interactions over HTTP logs once it takes them. */
export const HTTP_READY_LINE = "taking interactions over HTTP";

export interface HarnessOptions {
  /** Where the bot keeps state; "sqlite" uses a fresh temporary file shared by every bot start of this harness. */
  readonly store?: "memory" | "sqlite" | "redis";
  readonly opencloud?: OpenCloudEmulatorOptions;
  readonly discord?: DiscordEmulatorOptions;
  /**
   * Extra environment variables for the bot's configuration; a function gets the started emulators
   * (for values they choose, such as the seeded guilds' IDs in UPLOAD_GUILD_IDS).
   */
  readonly env?:
    | Readonly<Record<string, string>>
    | ((emulators: {
        discord: DiscordEmulator;
        roblox: OpenCloudEmulator;
      }) => Readonly<Record<string, string>>);
  /** Run the bot as a child process (for kill and restart tests) instead of in this process. */
  readonly childProcess?: boolean;
  /** Run `start:sharded` with this many shards as the child process (implies childProcess; needs Redis). */
  readonly shards?: number;
  /** Modules loaded into the child process before the bot (see spawnBot); child-process mode only. */
  readonly preload?: readonly string[];
  /** Replace the bot's commands (router tests); in-process only. */
  readonly commands?: readonly Command[];
  readonly components?: readonly ComponentHandler[];
  /** In-process only: the bot's clock (every lifetime it keeps); the system clock by default. */
  readonly clock?: Clock;
  /** In-process only: return as soon as the bot has logged in, without waiting for clientReady. Default true. */
  readonly waitForReady?: boolean;
  /**
   * "http": INTERACTIONS_MODE=http on a free WEB_PORT, with the emulator's public key, and the emulator's
   * Interactions Endpoint URL set to the bot's /interactions once it has started.
   */
  readonly interactions?: "gateway" | "http";
}

export interface Harness {
  readonly discord: DiscordEmulator;
  readonly roblox: OpenCloudEmulator;
  readonly config: Config;
  /** The bot's environment, as the child process gets it. */
  readonly env: Readonly<Record<string, string>>;
  /** Every log line the bot wrote (JSON). */
  readonly logs: string[];
  /** The running in-process bot (undefined in child-process mode or while stopped). */
  bot(): RunningBot | undefined;
  startBot(): Promise<void>;
  /** Graceful stop (SIGTERM for a child process). */
  stopBot(): Promise<void>;
  /**
   * Resolves once the in-process bot has handled every interaction it received to the end: the
   * signal that a press or command that should change nothing has had every chance to.
   */
  settled(): Promise<void>;
  /** SIGKILL; child-process mode only. */
  killBot(): Promise<void>;
  restartBot(): Promise<void>;
  /** Secrets that must never appear in logs or messages. */
  readonly secrets: readonly string[];
  /**
   * Throws if Discord rejected any body the bot sent, or a secret (API key, bot token, any interaction
   * token the emulator issued, any OAuth client secret, state, nonce, PKCE challenge or verifier, code or
   * token the Roblox emulator issued or was sent) leaked into logs, messages, bodies sent to Discord, or
   * the given pages.
   */
  assertClean(pages?: readonly string[]): void;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  // Per-IP limits of the public web APIs are off unless a test turns them on (and the bot's budget with them).
  const roblox = await startOpenCloudEmulator({ seed: 1, webLimits: "off", ...options.opencloud });
  const discord = await startDiscordEmulator({ heartbeatIntervalMs: 5_000, ...options.discord });
  const tempDir = mkdtempSync(join(tmpdir(), "bot-harness-"));
  const storeUrl =
    options.store === "redis" || options.shards !== undefined
      ? "redis://127.0.0.1:6379"
      : options.store === "sqlite"
        ? `sqlite://${join(tempDir, "bot.sqlite")}`
        : "memory://";
  const env: Record<string, string> = {
    NODE_ENV: "test",
    ...(options.shards === undefined ? {} : { DISCORD_SHARDS: String(options.shards) }),
    LOG_LEVEL: "debug",
    // A killed bot's jobs are taken up after this long; short, so tests need not wait the default 30 s.
    JOB_LOCK_SECONDS: "2",
    ...emulatorEnv(discord, roblox),
    STORE_URL: storeUrl,
    ROBLOX_WEB_LIMITS: "off",
    ...(typeof options.env === "function" ? options.env({ discord, roblox }) : options.env),
  };
  if (options.interactions === "http") {
    Object.assign(env, {
      INTERACTIONS_MODE: "http",
      DISCORD_PUBLIC_KEY: discord.verifyKey,
      WEB_PORT: env.WEB_PORT ?? String(await freePort()),
    });
  }
  const config = parseConfig(env);
  const logs: string[] = [];
  const secrets = [
    discord.token,
    roblox.adminKey,
    ...[env.ROBLOX_OAUTH_CLIENT_SECRET, env.TOKEN_ENCRYPTION_KEY].filter((value) => value !== undefined),
  ];

  let running: RunningBot | undefined;
  let child: ChildProcess | undefined;

  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });

  async function startInProcess(): Promise<void> {
    const logger = createLogger({ level: "debug", pretty: false, secrets, destination: logStream });
    const startOptions = {
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.commands ? { commands: options.commands } : {}),
      ...(options.components ? { components: options.components } : {}),
    };
    const bot = await startBot(config, logger, startOptions);
    running = bot;
    if (options.waitForReady === false || options.interactions === "http") return;
    if (!bot.client.isReady()) await new Promise((ready) => bot.client.once("clientReady", ready));
    running = bot;
  }

  async function startChild(): Promise<void> {
    const bot = spawnBot(env, tempDir, {
      entry: options.shards === undefined ? "src/index.ts" : "src/sharded.ts",
      readyLines: options.shards ?? 1,
      ...(options.interactions === "http" ? { readyText: HTTP_READY_LINE } : {}),
      onStdout: (line) => logs.push(line),
      onStderr: (line) => logs.push(`stderr: ${line}`),
      ...(options.preload === undefined ? {} : { preload: options.preload }),
    });
    child = bot.child;
    await bot.ready;
  }

  async function waitForExit(signal: NodeJS.Signals): Promise<void> {
    const current = child;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    await new Promise<void>((exited) => {
      current.once("exit", () => exited());
      current.kill(signal);
    });
    child = undefined;
  }

  const harness: Harness = {
    discord,
    roblox,
    config,
    env,
    logs,
    secrets,
    bot: () => running,
    async startBot() {
      if (options.childProcess || options.shards !== undefined) await startChild();
      else await startInProcess();
      if (options.interactions === "http") {
        await discord.setInteractionsEndpoint(`http://127.0.0.1:${env.WEB_PORT}/interactions`);
      }
    },
    async stopBot() {
      if (options.childProcess || options.shards !== undefined) return waitForExit("SIGTERM");
      const bot = running;
      running = undefined;
      await bot?.stop();
    },
    async settled() {
      if (!running) throw new Error("settled needs the in-process bot, running");
      await running.settled();
    },
    async killBot() {
      if (!options.childProcess && options.shards === undefined)
        throw new Error("killBot needs a child process");
      await waitForExit("SIGKILL");
    },
    async restartBot() {
      await harness.stopBot();
      await harness.startBot();
    },
    assertClean(pages = []) {
      if (discord.violations.length > 0) {
        throw new Error(
          `Discord rejected bodies the bot sent: ${JSON.stringify(discord.violations, null, 2)}`,
        );
      }
      const messages = [...discord.messages.values()].map((message) => JSON.stringify(message));
      const bodies = discord.requests.map((request) => JSON.stringify(request.body ?? null));
      // Interaction tokens are secrets too: each one lets anyone answer as the bot for 15 minutes.
      for (const secret of [...secrets, ...discord.interactionTokens(), ...roblox.oauth.secretsSeen()]) {
        if (pages.some((page) => page.includes(secret))) throw new Error("a secret appeared in a page");
        if (logs.some((line) => line.includes(secret)))
          throw new Error("a secret appeared in the bot's logs");
        if (messages.some((message) => message.includes(secret)))
          throw new Error("a secret appeared in a message");
        if (bodies.some((body) => body.includes(secret)))
          throw new Error("a secret appeared in a body the bot sent to Discord");
      }
    },
    async close() {
      await harness.stopBot().catch(() => undefined);
      await Promise.allSettled([discord.close(), roblox.close()]);
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
  await harness.startBot();
  return harness;
}
