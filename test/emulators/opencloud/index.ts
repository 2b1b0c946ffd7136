import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createEmulatorClock, type EmulatorClock } from "./clock.js";
import { FaultState } from "./faults.js";
import type { OAuthControl } from "./oauth/control.js";
import { oauthRoutes } from "./oauth/routes.js";
import { setUpOAuth } from "./oauth/setup.js";
import { QuotaBook } from "./quotas.js";
import { RateLimiter, SPEC_KEY_THROTTLES } from "./rateLimits.js";
import { RequestLog } from "./requestLog.js";
import type { Route } from "./route.js";
import { assetQuotaRoutes, assetRoutes } from "./routes/assets.js";
import { assetVersionRoutes } from "./routes/assetVersions.js";
import { groupRoutes } from "./routes/groups.js";
import { inventoryRoutes } from "./routes/inventory.js";
import { metaRoutes } from "./routes/meta.js";
import { userRoutes } from "./routes/users.js";
import { webApiRoutes } from "./routes/webApis.js";
import { handleRequest, type Pipeline } from "./server.js";
import type { EmulatorState } from "./state.js";
import type { FaultSettings, OpenCloudEmulatorOptions, RecordedRequest, RequestMatch } from "./types.js";
import { WebLimiter, type WebLimitOption } from "./webLimits.js";
import { hash32 } from "./world/random.js";
import { seedWorld, type WorldSubjects } from "./world/seed.js";
import type { World } from "./world/world.js";

export { MAX_UPLOAD_BYTES } from "./assetUpload.js";
export type { EmulatorClock } from "./clock.js";
export type { ConsentChoice, ConsentOutcome, OAuthControl } from "./oauth/control.js";
export type { Grant, OAuthApp, OAuthAppInput, OAuthLogEntry, OAuthOptions } from "./oauth/types.js";
export { SPEC_KEY_THROTTLES, SPEC_RATE_LIMITS } from "./rateLimits.js";
export type {
  FaultSettings,
  OpenCloudEmulatorOptions,
  RateFamily,
  RateLimitSetting,
  RecordedRequest,
  RequestMatch,
} from "./types.js";
export {
  REALISTIC_WEB_LIMITS,
  WEB_LIMIT_FAMILIES,
  type WebLimitFamily,
  type WebLimitOption,
} from "./webLimits.js";
export { INVENTORY_ASSET_TYPE_NAMES, type InventoryAssetType } from "./world/assetTypes.js";
export type { InventoryEntry } from "./world/inventory.js";
export type { SubjectGroup, SubjectUser, WorldSubjects } from "./world/seed.js";
export type { World } from "./world/world.js";

/** The seeded world with its well-known subjects attached. */
export type EmulatorWorld = World & { subjects: WorldSubjects };

export interface OpenCloudEmulator {
  /** "http://127.0.0.1:PORT": apis.roblox.com paths and the public web hosts' paths on one origin. */
  url: string;
  /** API key of world.subjects.admin with every scope the bot uses. */
  adminKey: string;
  world: EmulatorWorld;
  requests: RecordedRequest[];
  countRequests(match?: RequestMatch): number;
  clearRequests(): void;
  setFaults(faults: FaultSettings): void;
  setRateLimits(rateLimits: NonNullable<OpenCloudEmulatorOptions["rateLimits"]>): void;
  /** The emulator's time (codes, tokens, rate windows); `advance` moves it forward. */
  clock: EmulatorClock;
  /** Monthly upload quotas: `quotas.setAudioUsage(userId, used, emu.clock.now())` spends them. */
  quotas: QuotaBook;
  /** The OAuth 2.0 server under /oauth/ (apps, grants, log, consent driver). */
  oauth: OAuthControl;
  setKeyThrottles(throttles: NonNullable<OpenCloudEmulatorOptions["keyThrottles"]>): void;
  /** When the thumbnail of `kind` ("Asset", "BadgeIcon", "GamePass") `id` was first answered Completed. */
  pictureServedAt(kind: string, id: string): number | undefined;
  /** Changes the per-IP limits of the public web APIs (and starts their windows afresh). */
  setWebLimits(limits: WebLimitOption): void;
  close(): Promise<void>;
}

const ROUTES: readonly Route[] = [
  ...userRoutes,
  ...inventoryRoutes,
  ...groupRoutes,
  ...assetRoutes,
  ...assetVersionRoutes,
  ...assetQuotaRoutes,
  ...webApiRoutes,
  ...metaRoutes,
  ...oauthRoutes,
];

export async function startOpenCloudEmulator(
  options: OpenCloudEmulatorOptions = {},
): Promise<OpenCloudEmulator> {
  const seed = options.seed ?? 1;
  const { world, subjects } = seedWorld(seed);
  const emulatorWorld = Object.assign(world, { subjects }) as EmulatorWorld;
  const clock = createEmulatorClock();
  const oauth = setUpOAuth(world, clock, options.oauth ?? {});
  const state: EmulatorState = {
    world,
    subjects,
    operationPolls: options.operationPolls ?? 2,
    thumbnailPolls: options.thumbnailPolls ?? 1,
    catalogCsrf: options.catalogCsrf ?? true,
    permissionFailures: options.permissionFailures ?? "401",
    unauthorizedBody: options.unauthorizedBody ?? "legacy",
    requestPart: options.requestPart ?? "any",
    reviewingReads: options.reviewingReads ?? 3,
    trailingEmptyPage: options.trailingEmptyPage ?? true,
    quotas: new QuotaBook(world),
    pendingThumbnails: options.pendingThumbnails ?? 1,
    thumbnailAnswers: new Map(),
    picturesServed: new Map(),
    csrfToken: `csrf${hash32(seed, "csrf").toString(36)}`,
    assetOperations: new Map(),
    thumbnailOperations: new Map(),
    oauth: oauth.server,
  };
  const faults = new FaultState();
  faults.set(options.faults ?? {});
  const limiter = new RateLimiter(options.rateLimits ?? "spec");
  const webLimiter = new WebLimiter(
    options.webLimits ?? (options.rateLimits === "off" ? "off" : "realistic"),
  );
  const keyThrottle = new RateLimiter(options.keyThrottles ?? "spec", SPEC_KEY_THROTTLES);
  const log = new RequestLog();
  const pipeline: Pipeline = {
    routes: ROUTES,
    state,
    faults,
    limiter,
    keyThrottle,
    webLimiter,
    webLimitRetryAfter: options.webLimitRetryAfter ?? true,
    log,
  };

  const server = createServer((req, res) => {
    handleRequest(pipeline, req, res).catch((error: unknown) => {
      console.error("opencloud emulator: request failed", error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;

  return {
    url,
    adminKey: subjects.keys.admin,
    world: emulatorWorld,
    requests: log.entries,
    countRequests: (match) => log.count(match),
    clearRequests: () => log.clear(),
    setFaults: (settings) => faults.set(settings),
    setRateLimits: (rateLimits) => limiter.setOption(rateLimits),
    clock,
    quotas: state.quotas,
    oauth: oauth.control(url),
    setKeyThrottles: (throttles) => keyThrottle.setOption(throttles),
    setWebLimits: (limits) => webLimiter.setOption(limits),
    pictureServedAt: (kind, id) => state.picturesServed.get(`${kind}:${id}`),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
