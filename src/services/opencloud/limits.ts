/** Endpoint families, each with its own documented per-API-key-owner budget. */
export type RateFamily =
  /** GET /cloud/v2/users/{id} */
  | "users"
  /** GET users/{id}:generateThumbnail and users/{id}/operations/{op} */
  | "thumbnails"
  | "inventory"
  /** groups/{id}/memberships, including the `-` wildcard */
  | "memberships"
  /** groups/{id}/roles and roles/{roleId} */
  | "roles"
  /** GET groups/{id} */
  | "group"
  /** POST /assets/v1/assets and PATCH /assets/v1/assets/{id} */
  | "assets-write"
  /** GET /assets/v1/assets/{id} */
  | "assets-read"
  /** GET /assets/v1/operations/{id} */
  | "operations"
  /** The same, counted per single API key or token (x-roblox-throttling-limit), not per owner */
  | "operations-key"
  /** POST /api-keys/v1/introspect (used by the doctor) */
  | "keys"
  /** GET /cloud/v2/users/{id}/asset-quotas */
  | "asset-quotas"
  /** Asset versions (list, get), versions:rollback, :archive and :restore */
  | "asset-versions";

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** A family mapped to undefined is not limited client-side. */
export type RateLimits = Record<RateFamily, RateLimit | undefined>;

const MINUTE = 60_000;

/** Per-API-key-owner limits from the Open Cloud reference (x-roblox-rate-limits). */
export const DOCUMENTED_RATE_LIMITS: RateLimits = {
  users: { limit: 1000, windowMs: MINUTE },
  thumbnails: { limit: 1000, windowMs: MINUTE },
  inventory: { limit: 100, windowMs: MINUTE },
  memberships: { limit: 300, windowMs: MINUTE },
  roles: { limit: 300, windowMs: MINUTE },
  group: { limit: 150, windowMs: MINUTE },
  "assets-write": { limit: 120, windowMs: MINUTE },
  "assets-read": { limit: 120, windowMs: MINUTE },
  operations: { limit: 300, windowMs: MINUTE },
  // Spec x-roblox-throttling-limit on Get Operation: 100 per 60 s per key; rblxopencloud users
  // polling several uploads hit it (treeben77/rblx-open-cloud#20).
  "operations-key": { limit: 100, windowMs: MINUTE },
  keys: undefined,
  "asset-quotas": { limit: 60, windowMs: MINUTE },
  "asset-versions": { limit: 100, windowMs: MINUTE },
};

/** Per-OAuth2-authorization limits (user × app) from the same reference; much lower for users and inventory. */
export const DOCUMENTED_OAUTH_RATE_LIMITS: RateLimits = {
  users: { limit: 10, windowMs: MINUTE },
  thumbnails: { limit: 10, windowMs: MINUTE },
  inventory: { limit: 20, windowMs: MINUTE },
  memberships: { limit: 90, windowMs: MINUTE },
  roles: { limit: 90, windowMs: MINUTE },
  group: { limit: 30, windowMs: MINUTE },
  "assets-write": { limit: 120, windowMs: MINUTE },
  "assets-read": { limit: 120, windowMs: MINUTE },
  operations: { limit: 300, windowMs: MINUTE },
  "operations-key": { limit: 100, windowMs: MINUTE },
  keys: undefined,
  "asset-quotas": { limit: 60, windowMs: MINUTE },
  "asset-versions": { limit: 100, windowMs: MINUTE },
};

/**
 * Families that Roblox also throttles per single key: a call of the first spends one of the second
 * too, counted under the key's own digest however the owner budget is keyed.
 */
export const PER_KEY_FAMILIES: Partial<Record<RateFamily, RateFamily>> = { operations: "operations-key" };

/** Owner keys of OAuth tokens start with this (see rateOwnerKey); they get the OAuth limits. */
export const OAUTH_OWNER_PREFIX = "oauth:";

/** The rule for one family and owner: OAuth owners use `oauthLimits`, everyone else `limits`. */
export function ruleFor(
  limits: RateLimits,
  oauthLimits: RateLimits,
  family: RateFamily,
  ownerKey: string,
): RateLimit | undefined {
  return (ownerKey.startsWith(OAUTH_OWNER_PREFIX) ? oauthLimits : limits)[family];
}

/** Documented limits with some families replaced, e.g. `{ inventory: { limit: 100, windowMs: 2000 } }` in tests. */
export function rateLimitsWith(overrides: Partial<RateLimits>): RateLimits {
  return { ...DOCUMENTED_RATE_LIMITS, ...overrides };
}

/** Extra spacing so that requests counted by the server on arrival still fit its window. */
export function safetyMarginMs(windowMs: number): number {
  return Math.min(1_000, Math.round(windowMs * 0.02) + 25);
}

export interface RateLimiter {
  /** Resolves when one request of `family` for `ownerKey` may be sent; queues, never rejects (except on abort). */
  acquire(family: RateFamily, ownerKey: string, signal?: AbortSignal): Promise<void>;
  close?(): Promise<void>;
}
