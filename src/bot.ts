import type { Client } from "discord.js";
import { type Clock, systemClock } from "./clock.js";
import { commands as defaultCommands, components as defaultComponents } from "./commands/index.js";
import type { Command, ComponentHandler } from "./commands/types.js";
import type { Config } from "./config.js";
import type { AppContext } from "./context.js";
import { createChannelPoster } from "./discord/channelMessage.js";
import { createDiscordClient } from "./discord/client.js";
import { createDirectMessenger } from "./discord/directMessage.js";
import { onGatewayInteractions } from "./discord/gatewayInteraction.js";
import { createGuildDirectory } from "./discord/guildDirectory.js";
import { cachedPreferredLocale, onMemberEvents } from "./discord/memberEvents.js";
import { logWhenReady } from "./discord/ready.js";
import { createReplyWebhook } from "./discord/replyWebhook.js";
import { createReviewChannel } from "./discord/reviewChannel.js";
import { discordBudget } from "./discord/sharedBudget.js";
import { createInteractionRouter } from "./events/interactionCreate.js";
import { memberEventHandlers } from "./events/memberEvents.js";
import { checkHealth, checkHttpHealth } from "./health.js";
import { serveInteractionsOverHttp } from "./httpInteractions.js";
import { DEFAULT_LOCALE } from "./i18n/locales.js";
import { translatorFor } from "./i18n/translator.js";
import { openJobs } from "./jobs/index.js";
import { WorkTracker } from "./lifecycle.js";
import type { Logger } from "./logger.js";
import { closeServices, createServices } from "./services/index.js";
import { NO_UPLOAD_SERVERS, uploadsConfiguredButOff } from "./services/uploads/policy.js";
import { createStores } from "./store/index.js";
import { openPrimitives } from "./store/primitives/index.js";
import { linkedReply, movedMessage } from "./views/linking.js";
import { syncWording } from "./views/roleSync.js";
import { renderLogEntry, renderReview, renderUpload, renderZipUpload } from "./views/uploadRenderer.js";
import type { WebServer } from "./web/index.js";

export interface RunningBot {
  readonly client: Client;
  readonly context: AppContext;
  /** Resolves once every interaction received so far has been handled to the end. */
  settled(): Promise<void>;
  /** Stops taking interactions, lets those in flight finish (up to the deadline), then closes everything. */
  stop(deadlineMs?: number): Promise<void>;
}

export interface StartOptions {
  /** Replaces the bot's own commands and component handlers (tests of the router use their own). */
  readonly commands?: readonly Command[];
  readonly components?: readonly ComponentHandler[];
  /** Where every lifetime the bot keeps comes from (tests move it); the system clock by default. */
  readonly clock?: Clock;
}

/** Builds the store, services and Discord client from a validated config, then logs in. */
export async function startBot(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningBot> {
  const clock = options.clock ?? systemClock;
  const stores = await createStores(config.storeUrl);
  await stores.ping();
  const primitives = openPrimitives(config.storeUrl, stores.redis, clock);
  const jobs = await openJobs(primitives, stores.redis, clock, {
    lockMs: config.jobs.lockSeconds * 1000,
    retainFinishedMs: config.jobs.retainHours * 60 * 60 * 1000,
  });
  // Over HTTP the events process holds the gateway, and asks for GuildMembers itself.
  const client = createDiscordClient(config, { guildMembers: config.interactions.memberEvents });
  const services = createServices(
    config,
    logger,
    stores,
    { primitives, jobs, clock },
    {
      uploadReplies: createReplyWebhook(config.discord.apiUrl, discordBudget(stores, undefined)),
      directMessages: createDirectMessenger(
        config.discord.apiUrl,
        config.discord.token,
        discordBudget(stores, config.discord.token),
      ),
      renderUpload,
      renderZipUpload,
      renderLinked: (link, locale) => linkedReply(translatorFor(locale), link),
      guilds: createGuildDirectory(client, config.discord, discordBudget(stores, config.discord.token)),
      // In the language the previous owner linked in, when their link kept it.
      renderMoved: (link, locale) => movedMessage(translatorFor(locale ?? DEFAULT_LOCALE), link),
      syncWording: syncWording(translatorFor(DEFAULT_LOCALE)),
      postToChannel: createChannelPoster(config.discord.apiUrl, config.discord.token),
      renderLogEntry,
      reviewChannel: createReviewChannel(config.discord.apiUrl, config.discord.token),
      renderReview,
    },
  );
  if (uploadsConfiguredButOff(config.roblox.uploadCreator !== undefined, config.uploads)) {
    logger.warn(NO_UPLOAD_SERVERS);
  }
  const context: AppContext = { config, logger, stores, services };
  const work = new WorkTracker();
  const route = createInteractionRouter(
    { commands: options.commands ?? defaultCommands, components: options.components ?? defaultComponents },
    context,
    work,
  );
  // Over HTTP, Discord POSTs interactions to the web server and this process holds no gateway session
  // (the events process does).
  const overHttp = config.interactions.mode === "http";
  if (!overHttp) {
    onGatewayInteractions(client, (interaction) => void route(interaction));
    if (config.interactions.memberEvents)
      onMemberEvents(client, memberEventHandlers(context, work, cachedPreferredLocale(client)));
    logWhenReady(client, logger);
  }
  let routerReady = false;
  if (config.web.healthPortNameUsed) {
    logger.warn(
      { port: config.web.port },
      "HEALTH_PORT is the old name of WEB_PORT: rename it (while it is set, it is used instead of WEB_PORT)",
    );
  }
  // The web server (Fastify) is loaded only when it is asked for (about 2 MiB of heap otherwise carried).
  const webModule = config.web.port === undefined ? undefined : await import("./web/index.js");
  const web: WebServer | undefined = webModule?.createWebServer({
    logger,
    trustProxy: config.web.trustProxy,
    health: () =>
      overHttp
        ? checkHttpHealth(stores, { publicKeyLoaded: true, routerReady })
        : checkHealth(client, stores),
    limiter: webModule.createRequestLimiter(stores.redis, clock),
  });
  if (webModule !== undefined && web !== undefined && services.linking !== undefined) {
    await webModule.registerLinkRoutes(web.app, {
      linking: services.linking,
      limiter: web.limiter,
      secureCookies: config.web.publicUrl?.startsWith("https://") ?? true,
    });
  }
  const stop = async (deadlineMs = 10_000) => {
    const closing = web?.close();
    const drained = await work.drain(deadlineMs);
    if (!drained) logger.warn({ inFlight: work.inFlight }, "stopped before every interaction finished");
    await closing;
    await client.destroy();
    // Running jobs are handed back (to another process, or the next start) before the store closes.
    await jobs.close();
    await closeServices(services);
    await primitives.close();
    await stores.close();
  };
  try {
    // Uploads a previous release left in the old form, then every job this and earlier runs queued.
    const carried = await services.uploads.carryOverLegacy();
    if (carried > 0)
      logger.info({ uploads: carried }, "carried over unfinished uploads from the previous release");
    await services.roleSync.schedule();
    await services.ownershipSync.schedule();
    await jobs.start();
    await services.retention.schedule();
    if (overHttp && web) await serveInteractionsOverHttp(web, config, primitives, route);
    else await client.login(config.discord.token);
    if (web && config.web.port !== undefined) {
      const port = await web.listen(config.web.port);
      logger.info({ port }, "web server listening");
    }
    routerReady = true;
    if (overHttp) logger.info("taking interactions over HTTP at /interactions");
  } catch (error) {
    await stop(0);
    throw error;
  }
  return { client, context, settled: () => work.settled(), stop };
}
