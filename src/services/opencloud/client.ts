import type { Logger } from "pino";
import { type ApiContext, type BaseUrls, DEFAULT_WEB_URLS } from "./api.js";
import { assetEndpoints } from "./assets.js";
import { groupEndpoints } from "./groups.js";
import { inventoryEndpoints } from "./inventory.js";
import { itemLookupEndpoints } from "./itemLookups.js";
import { keyEndpoints } from "./keys.js";
import { InProcessRateLimiter } from "./limiter.js";
import { DOCUMENTED_RATE_LIMITS, type RateLimiter } from "./limits.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry.js";
import { DEFAULT_TIMEOUTS, Transport, type TransportTimeouts } from "./transport.js";
import { userEndpoints } from "./users.js";
import type { WebGate } from "./web.js";

export interface OpenCloudClientOptions {
  apiKey: string;
  baseUrls: BaseUrls;
  /** Defaults to an in-process limiter with the documented limits; pass a RedisRateLimiter to share across shards. */
  limiter?: RateLimiter;
  /** Who owns the API key (limits are per owner); defaults to a hash of the key. */
  rateOwner?: string;
  /** The per-IP budget of the public web APIs; without one, those requests go out unmetered. */
  webGate?: WebGate;
  retry?: Partial<RetryPolicy>;
  timeouts?: Partial<TransportTimeouts>;
  connectionsPerOrigin?: number;
  /** Request lines at debug, retries at warn; the key is never logged. */
  logger?: Logger;
}

/**
 * Every Roblox endpoint the bot calls, by group: each is a function of the shared context and its
 * own arguments, written once in its module. The client below is derived from this table, so a new
 * endpoint is its function plus its line in its module's table.
 */
const ENDPOINTS = {
  users: userEndpoints,
  inventory: inventoryEndpoints,
  groups: groupEndpoints,
  assets: assetEndpoints,
  keys: keyEndpoints,
  /** Names and pictures of inventory items, from the public web APIs. */
  items: itemLookupEndpoints,
};

// biome-ignore lint/suspicious/noExplicitAny: the widest function type; `never[]` would not admit every endpoint here.
type Endpoint = (ctx: ApiContext, ...args: any[]) => unknown;

/** An endpoint group with the context bound: each function takes only its own arguments. */
type Bound<Group> = {
  readonly [Name in keyof Group]: Group[Name] extends (ctx: ApiContext, ...args: infer Args) => infer Result
    ? (...args: Args) => Result
    : never;
};

export type OpenCloudClient = {
  readonly [Group in keyof typeof ENDPOINTS]: Bound<(typeof ENDPOINTS)[Group]>;
} & {
  /** Closes keep-alive connections and the default limiter's timers. */
  close(): Promise<void>;
};

function bind<Group extends Record<string, Endpoint>>(ctx: ApiContext, group: Group): Bound<Group> {
  const bound = Object.entries(group).map(([name, endpoint]) => [
    name,
    (...args: unknown[]) => endpoint(ctx, ...args),
  ]);
  return Object.freeze(Object.fromEntries(bound)) as Bound<Group>;
}

/**
 * The one Roblox HTTP layer: one transport (one undici Agent for every Roblox host) with two
 * faces. Open Cloud calls carry the key or a bearer token and pass the limiter and retries
 * (api.ts); the public web APIs carry nothing and pass their family's per-IP gate (web.ts).
 */
export function createOpenCloudClient(options: OpenCloudClientOptions): OpenCloudClient {
  const transport = new Transport({ ...DEFAULT_TIMEOUTS, ...options.timeouts }, options.connectionsPerOrigin);
  const ownsLimiter = options.limiter === undefined;
  const limiter = options.limiter ?? new InProcessRateLimiter({ limits: DOCUMENTED_RATE_LIMITS });
  const ctx: ApiContext = {
    transport,
    limiter,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    baseUrls: { ...DEFAULT_WEB_URLS, ...options.baseUrls },
    defaultAuth: { kind: "apiKey", key: options.apiKey },
    rateOwner: options.rateOwner,
    logger: options.logger,
    webGate: options.webGate,
    csrf: { value: "" },
  };
  return {
    users: bind(ctx, ENDPOINTS.users),
    inventory: bind(ctx, ENDPOINTS.inventory),
    groups: bind(ctx, ENDPOINTS.groups),
    assets: bind(ctx, ENDPOINTS.assets),
    keys: bind(ctx, ENDPOINTS.keys),
    items: bind(ctx, ENDPOINTS.items),
    close: async () => {
      await transport.close();
      if (ownsLimiter) await limiter.close?.();
    },
  };
}
