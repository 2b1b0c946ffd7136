import { startBot } from "./bot.js";
import { loadConfig } from "./config.js";
import { installProcessGuard } from "./processGuard.js";
import { createProcessLogger, exitOnStartupFailure, stopOnSignals } from "./processMain.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createProcessLogger(config);
  let stopBot: ((deadlineMs: number) => Promise<void>) | undefined;
  installProcessGuard({ logger, drain: async (deadlineMs) => stopBot?.(deadlineMs) });
  const bot = await startBot(config, logger);
  stopBot = (deadlineMs) => bot.stop(deadlineMs);
  stopOnSignals(logger, () => bot.stop());
}

main().catch(exitOnStartupFailure);
