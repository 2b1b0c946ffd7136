import type { RateFamily, RateLimitSetting } from "./types.js";

/**
 * Per-minute limits from `x-roblox-rate-limits` in roblox-cloud.openapi.json:
 * [per API-key owner, per OAuth2 authorization]. `undefined` = no documented limit.
 */
export const SPEC_RATE_LIMITS: Record<RateFamily, [number, number] | undefined> = {
  users: [1000, 10],
  thumbnails: [1000, 10],
  inventory: [100, 20],
  group: [150, 30],
  memberships: [300, 90],
  roles: [300, 90],
  "assets-write": [120, 120],
  "assets-read": [120, 120],
  operations: [300, 300],
  // List/get versions, rollback, archive and restore: 100 per minute each way.
  "asset-versions": [100, 100],
  "asset-quotas": [60, 60],
  usernames: undefined,
  "public-lookups": undefined,
  introspect: undefined,
  oauth: undefined,
  emulator: undefined,
};

/**
 * Per single API key, besides the owner's budget: `x-roblox-throttling-limit` (perApiKey, 60 s) in
 * roblox-cloud.openapi.json. Get Operation allows 100 per 60 s per key although its owner limit is
 * 300/min; rblxopencloud users polling several uploads hit it (treeben77/rblx-open-cloud#20, whose
 * fix is polling every 3 s).
 */
export const SPEC_KEY_THROTTLES: Record<RateFamily, [number, number] | undefined> = {
  users: undefined,
  thumbnails: undefined,
  inventory: undefined,
  group: undefined,
  memberships: undefined,
  roles: undefined,
  "assets-write": [120, 120],
  "assets-read": [120, 120],
  operations: [100, 100],
  "asset-versions": [100, 100],
  "asset-quotas": undefined,
  usernames: undefined,
  "public-lookups": undefined,
  introspect: undefined,
  oauth: undefined,
  emulator: undefined,
};

export type RateLimitOption = "spec" | "off" | Partial<Record<RateFamily, RateLimitSetting>>;

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
  retryAfterSeconds: number;
}

/** Fixed windows per credential owner and endpoint family, as Roblox counts them. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private option: RateLimitOption,
    private readonly table: Record<RateFamily, [number, number] | undefined> = SPEC_RATE_LIMITS,
  ) {}

  setOption(option: RateLimitOption): void {
    this.option = option;
    this.windows.clear();
  }

  limitFor(family: RateFamily, credential: "apiKey" | "oauth"): RateLimitSetting | undefined {
    if (this.option === "off" || family === "emulator") return undefined;
    if (this.option !== "spec") {
      const override = this.option[family];
      if (override !== undefined) return override;
    }
    const spec = this.table[family];
    if (spec === undefined) return undefined;
    return { limit: credential === "apiKey" ? spec[0] : spec[1], windowMs: 60_000 };
  }

  check(family: RateFamily, owner: string, credential: "apiKey" | "oauth", now = Date.now()): RateDecision {
    const setting = this.limitFor(family, credential);
    if (setting === undefined) return { allowed: true, headers: {}, retryAfterSeconds: 0 };
    const key = `${credential}|${owner}|${family}`;
    let window = this.windows.get(key);
    if (window === undefined || now - window.start >= setting.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    const allowed = window.count < setting.limit;
    if (allowed) window.count++;
    const resetSeconds = Math.max(1, Math.ceil((window.start + setting.windowMs - now) / 1000));
    const windowSeconds = Math.max(1, Math.round(setting.windowMs / 1000));
    return {
      allowed,
      retryAfterSeconds: resetSeconds,
      headers: {
        "x-ratelimit-limit": `${setting.limit}, ${setting.limit};w=${windowSeconds}`,
        "x-ratelimit-remaining": String(Math.max(0, setting.limit - window.count)),
        "x-ratelimit-reset": String(resetSeconds),
      },
    };
  }
}
