import type { Client } from "discord.js";
import type { Logger } from "../logger.js";

export function logWhenReady(client: Client, logger: Logger): void {
  client.once("clientReady", (ready) => {
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.shard?.ids },
      "connected to Discord",
    );
  });
  client.on("shardDisconnect", (event, shardId) => {
    logger.warn({ shardId, code: event.code }, "gateway connection closed");
  });
  client.on("shardResume", (shardId, replayed) => {
    logger.info({ shardId, replayed }, "gateway connection resumed");
  });
  client.on("error", (error) => logger.error({ err: error }, "discord client error"));
}
