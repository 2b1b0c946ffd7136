import { ConfigError, loadConfig } from "./config.js";
import { type EventsProcess, startEventsProcess } from "./discord/eventsProcess.js";
import { createLogger } from "./logger.js";
import { installProcessGuard } from "./processGuard.js";
import { StoreError } from "./store/index.js";

/** npm run start:events: the gateway process beside the HTTP instances (INTERACTIONS_MODE=http only). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.interactions.mode !== "http") {
    throw new ConfigError(
      "start:events runs beside bot instances taking interactions over HTTP: set INTERACTIONS_MODE=http (with INTERACTIONS_MODE=gateway, npm start holds the gateway itself).",
    );
  }
  const logger = createLogger({
    level: config.logLevel,
    pretty: config.environment === "development",
    secrets: [config.discord.token, config.roblox.apiKey],
  }).child({ process: "events" });
  let events: EventsProcess | undefined;
  installProcessGuard({ logger, drain: async () => events?.stop() });
  events = await startEventsProcess(config, logger);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    (events?.stop() ?? Promise.resolve()).then(
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
  if (error instanceof ConfigError || error instanceof StoreError) console.error(error.message);
  else console.error("Start-up failed:", error instanceof Error ? error.message : String(error));
  process.exit(1);
});
