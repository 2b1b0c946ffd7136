import type { RateLimit, WebFamily } from "../opencloud/index.js";

export type { WebFamily };

export type WebLimitsSetting = "realistic" | "off";

/**
 * What the bot lets itself send per egress IP. Roblox documents none of these limits; the numbers
 * follow what tools report and stay at or under them:
 * - usernames: about one request per 1.5 minutes under load (kaifcodec/user-scanner#121);
 * - catalog details: 5–6 a minute without a cookie (fekie/roboat#77);
 * - thumbnails: "heavily ratelimited" (pizzaboxer/roblox-set-archive#5), no number reported;
 * - badge and game-pass info: no report; kept as low as thumbnails.
 */
export const REALISTIC_WEB_BUDGETS: Record<WebFamily, RateLimit> = {
  usernames: { limit: 1, windowMs: 90_000 },
  catalog: { limit: 5, windowMs: 60_000 },
  thumbnails: { limit: 10, windowMs: 60_000 },
  badges: { limit: 10, windowMs: 60_000 },
  gamePasses: { limit: 10, windowMs: 60_000 },
};

export function webBudgetsFor(setting: WebLimitsSetting): Partial<Record<WebFamily, RateLimit>> {
  return setting === "off" ? {} : REALISTIC_WEB_BUDGETS;
}
