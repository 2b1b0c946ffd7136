import type { RateLimitSetting } from "./types.js";

/** The public web API families that Roblox throttles per IP address for anonymous callers. */
export type WebLimitFamily = "usernames" | "catalog" | "thumbnails" | "badges" | "gamePasses";

export const WEB_LIMIT_FAMILIES: readonly WebLimitFamily[] = [
  "usernames",
  "catalog",
  "thumbnails",
  "badges",
  "gamePasses",
];

/**
 * Conservative per-IP numbers. No Roblox document gives any of them (the spec documents no limit),
 * so they come from what tools report (see README, "What real Roblox does"):
 * - usernames: about one request per 1.5 minutes under load (kaifcodec/user-scanner#121);
 * - catalog details: 5–6 a minute without a cookie instead of the advertised 60 (fekie/roboat#77);
 * - thumbnails: "heavily ratelimited" (pizzaboxer/roblox-set-archive#5), no number: a guess;
 * - badges and game-pass info: no report found; a guess as low as thumbnails.
 */
export const REALISTIC_WEB_LIMITS: Record<WebLimitFamily, RateLimitSetting> = {
  usernames: { limit: 1, windowMs: 90_000 },
  catalog: { limit: 5, windowMs: 60_000 },
  thumbnails: { limit: 10, windowMs: 60_000 },
  badges: { limit: 10, windowMs: 60_000 },
  gamePasses: { limit: 10, windowMs: 60_000 },
};

export type WebLimitOption = "realistic" | "off" | Partial<Record<WebLimitFamily, RateLimitSetting>>;

export interface WebLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Fixed windows per client IP address and family (unlisted families of an override are unlimited). */
export class WebLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(private option: WebLimitOption) {}

  setOption(option: WebLimitOption): void {
    this.option = option;
    this.#windows.clear();
  }

  limitFor(family: WebLimitFamily): RateLimitSetting | undefined {
    if (this.option === "off") return undefined;
    if (this.option === "realistic") return REALISTIC_WEB_LIMITS[family];
    return this.option[family];
  }

  check(family: WebLimitFamily, ip: string, now = Date.now()): WebLimitDecision {
    const setting = this.limitFor(family);
    if (setting === undefined) return { allowed: true, retryAfterSeconds: 0 };
    const key = `${ip}|${family}`;
    let window = this.#windows.get(key);
    if (window === undefined || now - window.start >= setting.windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    const allowed = window.count < setting.limit;
    if (allowed) window.count++;
    return {
      allowed,
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + setting.windowMs - now) / 1000)),
    };
  }
}
