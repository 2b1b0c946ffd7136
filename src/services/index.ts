import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Stores } from "../store/index.js";
import { GroupService } from "./groups/index.js";
import { InventoryService, RobloxLookups } from "./inventory/index.js";
import {
  createOpenCloudClient,
  DOCUMENTED_RATE_LIMITS,
  type OpenCloudClient,
  RedisRateLimiter,
} from "./opencloud/index.js";
import { PagerSessions } from "./pager/sessions.js";
import { type ReplyWebhook, type UploadRenderer, UploadService } from "./uploads/index.js";
import { UserService } from "./users/index.js";
import {
  InProcessWebBudget,
  RedisWebBudget,
  type WebBudget,
  WebGuard,
  webBudgetsFor,
} from "./webBudget/index.js";

/** The domain services handlers call; each owns its HTTP clients, caches and store state. */
export interface Services {
  readonly roblox: OpenCloudClient;
  readonly users: UserService;
  readonly groups: GroupService;
  readonly inventory: InventoryService;
  readonly sessions: PagerSessions;
  readonly uploads: UploadService;
}

/** What the services need from the layers above them: Discord's reply webhook and the upload reply's look. */
export interface ServiceAdapters {
  readonly uploadReplies: ReplyWebhook;
  readonly renderUpload: UploadRenderer;
}

export function createServices(
  config: Config,
  logger: Logger,
  stores: Stores,
  adapters: ServiceAdapters,
): Services {
  // Roblox limits are per key owner, so with Redis every shard draws from one shared budget.
  const sharedLimiter = stores.redis
    ? new RedisRateLimiter({ client: stores.redis, limits: DOCUMENTED_RATE_LIMITS })
    : undefined;
  const roblox = createOpenCloudClient({
    apiKey: config.roblox.apiKey,
    baseUrls: { apis: config.roblox.apisUrl, users: config.roblox.usersUrl },
    logger: logger.child({ component: "opencloud" }),
    ...(sharedLimiter ? { limiter: sharedLimiter } : {}),
  });
  // The public web APIs are limited per egress IP: every process behind one IP shares one budget.
  const webLimits = webBudgetsFor(config.roblox.webLimits);
  const webBudget: WebBudget = stores.redis
    ? new RedisWebBudget({ client: stores.redis, limits: webLimits, egressId: config.roblox.egressId })
    : new InProcessWebBudget(webLimits);
  const webGuard = new WebGuard(webBudget);
  return {
    roblox,
    users: new UserService(roblox, stores.cache, webGuard),
    groups: new GroupService(roblox, stores.cache),
    inventory: new InventoryService(
      roblox,
      new RobloxLookups(
        {
          apis: config.roblox.apisUrl,
          catalog: config.roblox.catalogUrl,
          badges: config.roblox.badgesUrl,
          thumbnails: config.roblox.thumbnailsUrl,
        },
        5_000,
        webGuard,
      ),
      stores.cache,
      logger.child({ component: "inventory" }),
    ),
    sessions: new PagerSessions(stores.sessions),
    uploads: new UploadService({
      roblox,
      stores,
      logger: logger.child({ component: "uploads" }),
      creator: config.roblox.uploadCreator,
      policy: { guildIds: config.uploads.guildIds, roleIds: config.uploads.roleIds },
      cdnHosts: config.discord.cdnHosts,
      replies: adapters.uploadReplies,
      limits: config.uploads,
      render: adapters.renderUpload,
    }),
  };
}

export async function closeServices(services: Services): Promise<void> {
  await services.uploads.close();
  await Promise.all([services.roblox.close(), services.inventory.close()]);
}
