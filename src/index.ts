import { startBot } from "./bot.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { installProcessGuard } from "./processGuard.js";
import { StoreError } from "./store/index.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({
    level: config.logLevel,
    pretty: config.environment === "development",
    secrets: [
      config.discord.token,
      config.roblox.apiKey,
      ...(config.linking ? [config.linking.clientSecret, config.linking.encryptionKey] : []),
    ],
  });
  let stopBot: ((deadlineMs: number) => Promise<void>) | undefined;
  installProcessGuard({ logger, drain: async (deadlineMs) => stopBot?.(deadlineMs) });
  const bot = await startBot(config, logger);
  stopBot = (deadlineMs) => bot.stop(deadlineMs);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    bot.stop().then(
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

main().catch((error: unknown) => {
  // Expected start-up failures get one plain line; their messages never contain secret values.
  if (error instanceof ConfigError || error instanceof StoreError) console.error(error.message);
  else console.error("Start-up failed:", error instanceof Error ? error.message : String(error));
  process.exit(1);
});
