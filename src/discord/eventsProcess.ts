import { GatewayDispatchEvents } from "discord.js";
import type { Config } from "../config.js";
import { checkHealth } from "../health.js";
import type { Logger } from "../logger.js";
import { createStores } from "../store/index.js";
import { createRequestLimiter, createWebServer } from "../web/index.js";
import { createDiscordClient } from "./client.js";
import { logWhenReady } from "./ready.js";

export interface EventsProcess {
  stop(): Promise<void>;
}

/**
 * INTERACTIONS_MODE=http: the one process holding the gateway (Guilds, and GuildMembers when enabled)
 * for guild events, joins and member requests, while the instances behind the load balancer take the
 * interactions. It handles none: with an Interactions Endpoint URL saved, Discord sends none here.
 */
export async function startEventsProcess(config: Config, logger: Logger): Promise<EventsProcess> {
  const stores = await createStores(config.storeUrl);
  await stores.ping();
  const client = createDiscordClient(config, { guildMembers: config.interactions.guildMembersIntent });
  logWhenReady(client, logger);
  let warned = false;
  client.ws.on(GatewayDispatchEvents.InteractionCreate, () => {
    if (warned) return;
    warned = true;
    logger.warn(
      "an interaction arrived over the gateway and was left unanswered: in http mode the application's Interactions Endpoint URL must point at PUBLIC_URL/interactions (npm run doctor checks it)",
    );
  });
  const web =
    config.web.port === undefined
      ? undefined
      : createWebServer({
          logger,
          trustProxy: config.web.trustProxy,
          health: () => checkHealth(client, stores),
          limiter: createRequestLimiter(stores.redis),
        });
  const stop = async () => {
    await web?.close();
    await client.destroy();
    await stores.close();
  };
  try {
    await client.login(config.discord.token);
    if (web && config.web.port !== undefined) {
      logger.info({ port: await web.listen(config.web.port) }, "web server listening");
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
