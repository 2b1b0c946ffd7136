import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { API } from "@discordjs/core/http-only";
import { REST } from "@discordjs/rest";
import { ShardingManager } from "discord.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { createProcessLogger } from "./processMain.js";
import { storeKind } from "./store/index.js";

/**
 * npm run start:sharded: one process per shard (discord.js ShardingManager), each running the bot's
 * own entry point. Shards share everything through Redis, so any other store is refused.
 */
async function shardCount(config: Config): Promise<number> {
  if (config.shards !== "auto") return config.shards;
  const api = new API(new REST({ api: config.discord.apiUrl }).setToken(config.discord.token));
  return (await api.gateway.getBot()).shards;
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (storeKind(config.storeUrl) !== "redis") {
    throw new ConfigError(
      "Sharded mode needs STORE_URL=redis://…: every shard must share list sessions, caches, upload jobs, cooldowns and the Roblox rate budget, and SQLite or memory stores belong to one process.",
    );
  }
  if (config.interactions.mode === "http") {
    throw new ConfigError(
      "Sharded mode holds interactions on the gateway: with INTERACTIONS_MODE=http run instances with npm start behind a load balancer and one npm run start:events for the gateway.",
    );
  }
  const logger = createProcessLogger(config);
  // The shard entry point is this file's sibling, compiled (.js) or run from source (.ts, with the same loader).
  const entry = fileURLToPath(new URL(`./index${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  const totalShards = await shardCount(config);
  const manager = new ShardingManager(entry, {
    token: config.discord.token,
    totalShards,
    respawn: true,
    execArgv: process.execArgv,
  });
  manager.on("shardCreate", (shard) => {
    // One web server per machine: only shard 0 binds WEB_PORT (the others would fail to bind it and exit).
    if (shard.id !== 0) Object.assign(shard.env as Record<string, string>, { WEB_PORT: "", HEALTH_PORT: "" });
    logger.info({ shardId: shard.id, totalShards }, "shard started");
    shard.on("death", () => logger.warn({ shardId: shard.id }, "shard process ended; starting it again"));
  });

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "stopping every shard");
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.process?.kill(signal);
    setTimeout(() => process.exit(0), 15_000).unref();
    // Never rejects: it only waits for the shards' exit events.
    void Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise((exited) => (shard.process ? shard.process.once("exit", exited) : exited(null))),
      ),
    ).then(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  await manager.spawn({ delay: 1_000 });
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : `Sharded start failed: ${(error as Error).message}`,
  );
  process.exit(1);
});
