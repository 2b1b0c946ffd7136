import type { Config } from "./config.js";
import { ConfigError } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { StoreError } from "./store/index.js";

/** The process's logger, told every secret the configuration holds so none is ever written. */
export function createProcessLogger(config: Config): Logger {
  return createLogger({
    level: config.logLevel,
    pretty: config.environment === "development",
    secrets: [
      config.discord.token,
      config.roblox.apiKey,
      ...(config.linking?.oauth
        ? [config.linking.oauth.clientSecret, ...config.linking.oauth.encryptionKeys.map((key) => key.hex)]
        : []),
    ],
  });
}

/** SIGINT or SIGTERM stops the process's work once, then exits 0 (1 when stopping failed). */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

/** Expected start-up failures get one plain line; their messages never contain secret values. */
export function exitOnStartupFailure(error: unknown): never {
  if (error instanceof ConfigError || error instanceof StoreError) console.error(error.message);
  else console.error("Start-up failed:", error instanceof Error ? error.message : String(error));
  process.exit(1);
}
