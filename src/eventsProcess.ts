import { ConfigError, loadConfig } from "./config.js";
import { type EventsProcess, startEventsProcess } from "./discord/eventsProcess.js";
import { installProcessGuard } from "./processGuard.js";
import { createProcessLogger, exitOnStartupFailure, stopOnSignals } from "./processMain.js";

/** npm run start:events: the gateway process beside the HTTP instances (INTERACTIONS_MODE=http only). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.interactions.mode !== "http") {
    throw new ConfigError(
      "start:events runs beside bot instances taking interactions over HTTP: set INTERACTIONS_MODE=http (with INTERACTIONS_MODE=gateway, npm start holds the gateway itself).",
    );
  }
  const logger = createProcessLogger(config).child({ process: "events" });
  let events: EventsProcess | undefined;
  installProcessGuard({ logger, drain: async () => events?.stop() });
  events = await startEventsProcess(config, logger);
  stopOnSignals(logger, async () => events?.stop());
}

main().catch(exitOnStartupFailure);
