import { randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Jobs } from "../jobs/index.js";
import type { Logger } from "../logger.js";
import type { Stores } from "../store/index.js";
import type { StorePrimitives } from "../store/primitives/index.js";
import { AssetDeskService } from "./assetDesk/index.js";
import { BindStore, BindSync, type GuildDirectory, MemberFactsReader } from "./binds/index.js";
import { GroupService } from "./groups/index.js";
import { InventoryService } from "./inventory/index.js";
import { AttemptStore } from "./linking/attempts.js";
import type { MemberGrants } from "./linking/grants.js";
import { type AccountLink, LinkingService } from "./linking/index.js";
import { LinkRecords } from "./linking/links.js";
import { ProfileCodeLinker } from "./linking/profileCode.js";
import { Sealer } from "./linking/sealing.js";
import {
  createOpenCloudClient,
  DOCUMENTED_RATE_LIMITS,
  type OpenCloudClient,
  RedisRateLimiter,
} from "./opencloud/index.js";
import { PagerSessions } from "./pager/sessions.js";
import { PrivacyService } from "./privacy/index.js";
import { RetentionSweep } from "./retention/index.js";
import {
  BatchFactsReader,
  OwnershipSync,
  RoleSync,
  SyncBudget,
  SyncRoster,
  type SyncWording,
} from "./sync/index.js";
import {
  type ChannelPoster,
  type DirectMessenger,
  ReplyEditors,
  type ReplyWebhook,
  type ReviewChannel,
  type UploadRenderer,
  UploadService,
  type ZipRenderer,
} from "./uploads/index.js";
import type { ReplyBody } from "./uploads/reply.js";
import { UserService } from "./users/index.js";
import {
  InProcessWebBudget,
  RedisWebBudget,
  type WebBudget,
  WebGuard,
  webBudgetsFor,
} from "./webBudget/index.js";

/** The domain services handlers call; each owns its HTTP clients, caches and store state. */
/** Role binds per server, and the sync that applies them. */
export interface BindServices {
  readonly store: BindStore;
  readonly sync: BindSync;
}

export interface Services {
  readonly roblox: OpenCloudClient;
  readonly users: UserService;
  readonly groups: GroupService;
  readonly inventory: InventoryService;
  readonly sessions: PagerSessions;
  readonly uploads: UploadService;
  readonly assetDesk: AssetDeskService;
  /** Roblox OAuth 2.0 account linking; undefined when it is not configured. */
  readonly linking: LinkingService | undefined;
  /** Role binds per server, and the sync that applies them. */
  readonly binds: BindServices;
  /** Role sync nobody runs a command for: on link, and every linked member on a schedule. */
  readonly roleSync: RoleSync;
  /** Ownership binds re-checked member by member, a capped share of the inventory budget a minute. */
  readonly ownershipSync: OwnershipSync;
  /** Linking by a phrase on the Roblox profile; undefined unless LINK_METHODS allows it. */
  readonly profileLinking: ProfileCodeLinker | undefined;
  /** Every stored link, however it was made; undefined when linking is not configured. */
  readonly links: LinkRecords | undefined;
  /** Members' own OAuth grants (private inventories, uploads to their account); undefined without OAuth. */
  readonly grants: MemberGrants | undefined;
  /** /privacy: what is stored about a member, who sees their link, and deleting it. */
  readonly privacy: PrivacyService;
  /** The retention sweep (a repeating job) and each server's upload log retention. */
  readonly retention: RetentionSweep;
}

/** The shared machinery built beside the store: atomic primitives and the background job engine. */
export interface Background {
  readonly primitives: StorePrimitives;
  readonly jobs: Jobs;
  readonly clock: Clock;
}

/** What the services need from the layers above them: Discord's reply webhook and the upload reply's look. */
export interface ServiceAdapters {
  readonly uploadReplies: ReplyWebhook;
  readonly directMessages: DirectMessenger;
  readonly renderUpload: UploadRenderer;
  /** The reply of a zip upload: n of N, every file's outcome, and at the end the mapping files. */
  readonly renderZipUpload: ZipRenderer;
  /** Posts in a server's upload log channel, and the entry's look. */
  readonly postToChannel: ChannelPoster;
  readonly renderLogEntry: UploadRenderer;
  /** The approval queue's review channel, and the review message's look. */
  readonly reviewChannel: ReviewChannel;
  readonly renderReview: UploadRenderer;
  /** The /link reply once the member has confirmed. */
  readonly renderLinked: (link: AccountLink, locale: string) => ReplyBody;
  /** Servers' roles and members, and role writes, for the binds. */
  readonly guilds: GuildDirectory;
  /** The DM to a member whose Roblox account was linked to another Discord account. */
  readonly renderMoved: (link: AccountLink, locale: string | undefined) => ReplyBody;
  /** The audit words of a sync nobody ran a command for. */
  readonly syncWording: SyncWording;
}

export function createServices(
  config: Config,
  logger: Logger,
  stores: Stores,
  background: Background,
  adapters: ServiceAdapters,
): Services {
  // Roblox limits are per key owner, so with Redis every shard draws from one shared budget.
  const sharedLimiter = stores.redis
    ? new RedisRateLimiter({ client: stores.redis, limits: DOCUMENTED_RATE_LIMITS })
    : undefined;
  // The public web APIs are limited per egress IP: every process behind one IP shares one budget.
  const webLimits = webBudgetsFor(config.roblox.webLimits);
  const webBudget: WebBudget = stores.redis
    ? new RedisWebBudget({ client: stores.redis, limits: webLimits, egressId: config.roblox.egressId })
    : new InProcessWebBudget(webLimits);
  const roblox = createOpenCloudClient({
    apiKey: config.roblox.apiKey,
    baseUrls: {
      apis: config.roblox.apisUrl,
      users: config.roblox.usersUrl,
      catalog: config.roblox.catalogUrl,
      badges: config.roblox.badgesUrl,
      thumbnails: config.roblox.thumbnailsUrl,
    },
    logger: logger.child({ component: "opencloud" }),
    webGate: new WebGuard(webBudget),
    ...(sharedLimiter ? { limiter: sharedLimiter } : {}),
  });
  const bindStore = new BindStore(background.primitives);
  const tellMoved = async (discordUserId: string, link: AccountLink, locale: string | undefined) => {
    await adapters.directMessages(discordUserId, adapters.renderMoved(link, locale));
  };
  // Bound below, once the sync exists (it reads links through the link store).
  const linked = async (link: AccountLink): Promise<void> => {
    await roleSync.linked(link.guildId, link.discordUserId);
  };
  const linkConfig = config.linking;
  const oauthApp = linkConfig?.oauth;
  // Without an OAuth app no sign-in attempt is ever sealed: a key of this process is enough.
  const linkStore =
    linkConfig === undefined
      ? undefined
      : new AttemptStore(
          background.primitives,
          new Sealer(
            linkConfig.oauth?.encryptionKeys ?? [{ id: "process", hex: randomBytes(32).toString("hex") }],
          ),
          linkConfig.sharedAccounts,
        );
  const linking =
    linkConfig === undefined || oauthApp === undefined
      ? undefined
      : new LinkingService({
          ...oauthApp,
          sharedAccounts: linkConfig.sharedAccounts,
          apisUrl: config.roblox.apisUrl,
          primitives: background.primitives,
          clock: background.clock,
          logger: logger.child({ component: "linking" }),
          replies: adapters.uploadReplies,
          renderLinked: adapters.renderLinked,
          tellMoved,
          linked,
        });
  const linkOf = async (discordUserId: string) => linkStore?.linkOf(discordUserId);
  const bindSync = new BindSync({
    store: bindStore,
    facts: new MemberFactsReader(roblox, stores.cache, linking?.grants),
    directory: adapters.guilds,
    primitives: background.primitives,
    linkOf,
    logger: logger.child({ component: "binds" }),
    clock: background.clock,
  });
  const syncBudget = new SyncBudget({
    primitives: background.primitives,
    limits: DOCUMENTED_RATE_LIMITS,
    reserve: config.binds.sync.reserve,
    caps: { inventory: config.binds.sync.ownershipPerMinute },
    clock: background.clock,
  });
  const roster = new SyncRoster(background.primitives);
  const roleSync = new RoleSync({
    jobs: background.jobs,
    primitives: background.primitives,
    clock: background.clock,
    logger: logger.child({ component: "role-sync" }),
    store: bindStore,
    sync: bindSync,
    roster,
    facts: new BatchFactsReader(roblox, stores.cache, syncBudget),
    linkOf,
    wording: adapters.syncWording,
    intervalMs: config.binds.sync.intervalMs,
    onLink: config.binds.sync.onLink,
  });

  return {
    roblox,
    users: new UserService(roblox, stores.cache),
    groups: new GroupService(roblox, stores.cache),
    inventory: new InventoryService(
      roblox,
      roblox.items,
      stores.cache,
      logger.child({ component: "inventory" }),
      linking?.grants,
    ),
    sessions: new PagerSessions(stores.sessions, background.primitives),
    uploads: new UploadService({
      roblox,
      stores,
      primitives: background.primitives,
      jobs: background.jobs,
      logger: logger.child({ component: "uploads" }),
      creator: config.roblox.uploadCreator,
      policy: { guildIds: config.uploads.guildIds, roleIds: config.uploads.roleIds },
      cdnHosts: config.discord.cdnHosts,
      // One editor factory over Discord's webhook adapter: every upload reply shares its edit budget.
      replies: new ReplyEditors(adapters.uploadReplies),
      directMessages: adapters.directMessages,
      moderationBaseDelayMs: config.uploads.moderationBaseDelayMs,
      limits: config.uploads,
      render: adapters.renderUpload,
      zips: { limits: config.uploads.zip, render: adapters.renderZipUpload },
      settingDefaults: {
        logChannels: config.uploads.logChannels,
        approvalChannels: config.uploads.approvalChannels,
      },
      logChannels: {
        post: adapters.postToChannel,
        render: adapters.renderLogEntry,
      },
      approval: {
        review: adapters.reviewChannel,
        renderReview: adapters.renderReview,
      },
      ...(linking === undefined || linkStore === undefined
        ? {}
        : {
            self: {
              enabled: (guildId: string) => bindStore.selfUploads(guildId),
              linkOf: (discordUserId: string) => linkStore.linkOf(discordUserId),
              grants: linking.grants,
            },
          }),
    }),
    assetDesk: new AssetDeskService({
      roblox,
      primitives: background.primitives,
      policy: { guildIds: config.uploads.guildIds, roleIds: config.uploads.roleIds },
      creator: config.roblox.uploadCreator,
    }),
    linking,
    binds: { store: bindStore, sync: bindSync },
    roleSync,
    ownershipSync: new OwnershipSync({
      jobs: background.jobs,
      primitives: background.primitives,
      logger: logger.child({ component: "role-sync" }),
      store: bindStore,
      sync: bindSync,
      roster,
      budget: syncBudget,
      wording: adapters.syncWording,
      perMinute: config.binds.sync.ownershipPerMinute,
    }),
    profileLinking:
      linkStore !== undefined && config.linking?.methods.includes("profile-code") === true
        ? new ProfileCodeLinker({
            primitives: background.primitives,
            links: linkStore,
            clock: background.clock,
            logger: logger.child({ component: "linking" }),
            // Straight from Open Cloud: a cached profile would not show the phrase just added.
            readProfile: (robloxUserId) => roblox.users.getUser(robloxUserId),
            tellMoved,
            linked,
          })
        : undefined,
    links: linkStore === undefined ? undefined : new LinkRecords(linkStore),
    grants: linking?.grants,
    privacy: new PrivacyService({
      primitives: background.primitives,
      links: linkStore,
      grants: linking?.grants,
      now: () => background.clock.now(),
      logger: logger.child({ component: "privacy" }),
      forgetElsewhere: (discordUserId) => roleSync.forget(discordUserId),
    }),
    retention: new RetentionSweep({
      primitives: background.primitives,
      jobs: background.jobs,
      clock: background.clock,
      logger: logger.child({ component: "retention" }),
      uploadLogDays: config.uploads.logRetentionDays,
    }),
  };
}

export async function closeServices(services: Services): Promise<void> {
  await services.uploads.close();
  await services.roblox.close();
}
