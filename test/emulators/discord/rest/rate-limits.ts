import { createHash } from "node:crypto";
import type { VirtualClock } from "../clock.js";

/**
 * Discord's per-route rate limits, as its docs describe them (discord-api-docs topics/rate-limits.md):
 * every response carries `X-RateLimit-Limit`, `-Remaining`, `-Reset` (epoch seconds), `-Reset-After`
 * (seconds) and `-Bucket`; past the limit the answer is 429 with `Retry-After` and a JSON body
 * `{ message, retry_after, global }`, plus `X-RateLimit-Scope`. Limits are counted per top-level
 * resource: for webhooks `webhook_id + webhook_token`, so each interaction token has its own bucket.
 */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

export interface RateLimitSettings {
  /** Requests per interaction webhook (one token); default 5 per 2 s, as for ordinary webhooks. */
  webhook?: WindowLimit;
  /** Every other route, per route and top-level resource; default 50 per second. */
  other?: WindowLimit;
  /**
   * A limit Discord does not announce: message writes (POST/PATCH/DELETE) through interaction webhooks
   * per channel, answered with a 429 of scope `shared` and a long Retry-After once exceeded. Reported by
   * bot developers, not documented, so off unless a test sets it.
   */
  channelWebhookWrites?: WindowLimit & { retryAfterMs: number };
  /**
   * Member writes (PATCH member, PUT/DELETE member role) share one bucket per guild. Discord does not
   * publish its size; 10 per 10 s is an assumption, close to what bot libraries observe.
   */
  memberEdit?: WindowLimit;
  /**
   * The global limit: 50 requests per second per bot token across every route, interaction callbacks and
   * interaction webhooks excepted (discord-api-docs topics/rate-limits, "Global Rate Limit": "All bots can
   * make up to 50 requests per second to our API … Interaction endpoints are not bound to the bot's Global
   * Rate Limit").
   */
  global?: WindowLimit;
}

export const DEFAULT_WEBHOOK_LIMIT: WindowLimit = { limit: 5, windowMs: 2_000 };
const DEFAULT_OTHER_LIMIT: WindowLimit = { limit: 50, windowMs: 1_000 };
export const DEFAULT_MEMBER_EDIT_LIMIT: WindowLimit = { limit: 10, windowMs: 10_000 };
export const DEFAULT_GLOBAL_LIMIT: WindowLimit = { limit: 50, windowMs: 1_000 };

/** Routes whose writes share the per-guild member-edit bucket. */
const MEMBER_EDIT_TEMPLATES = new Set([
  "PATCH /guilds/:guild/members/:user",
  "PUT /guilds/:guild/members/:user/roles/:role",
  "DELETE /guilds/:guild/members/:user/roles/:role",
]);

interface Window {
  count: number;
  resetAt: number;
}

export interface RateLimitVerdict {
  headers: Record<string, string>;
  /** Set when the request must be answered 429. */
  limited?: { retryAfterMs: number; scope: "user" | "shared" | "global" };
}

export interface RateLimitedRequest {
  method: string;
  template: string;
  params: Record<string, string>;
  /** The channel of the interaction behind a webhook token, if known. */
  channelId: string | undefined;
  /** Who is asking (the bot token); the global limit is counted per caller. Undefined: not counted. */
  caller?: string | undefined;
}

export class RateLimits {
  private settings: RateLimitSettings = {};
  private readonly windows = new Map<string, Window>();

  constructor(private readonly clock: VirtualClock) {}

  set(settings: RateLimitSettings): void {
    this.settings = { ...settings };
    this.windows.clear();
  }

  /** Counts the request against its bucket(s); the headers to send and whether it is refused. */
  take(request: RateLimitedRequest): RateLimitVerdict {
    const now = this.clock.now();
    const isWebhook = request.template.startsWith("/webhooks/");
    const isInteraction = isWebhook || request.template.startsWith("/interactions/");
    if (!isInteraction && request.caller !== undefined) {
      const globalLimit = this.settings.global ?? DEFAULT_GLOBAL_LIMIT;
      const global = this.window(`global:${request.caller}`, globalLimit, now);
      if (global.count >= globalLimit.limit) {
        return {
          headers: { "x-ratelimit-global": "true" },
          limited: { retryAfterMs: global.resetAt - now, scope: "global" },
        };
      }
      global.count++;
    }
    const memberEdit = MEMBER_EDIT_TEMPLATES.has(`${request.method} ${request.template}`);
    const limit = isWebhook
      ? (this.settings.webhook ?? DEFAULT_WEBHOOK_LIMIT)
      : memberEdit
        ? (this.settings.memberEdit ?? DEFAULT_MEMBER_EDIT_LIMIT)
        : (this.settings.other ?? DEFAULT_OTHER_LIMIT);
    const resource = isWebhook
      ? `${request.params.app}/${request.params.token}`
      : (request.params.id ?? request.params.guild ?? request.params.app ?? "");
    const routeKey = isWebhook
      ? "webhook"
      : memberEdit
        ? "member-edit"
        : `${request.method} ${request.template}`;
    const bucket = hash(routeKey);
    const window = this.window(`${bucket}:${resource}`, limit, now);
    const headers = {
      "x-ratelimit-limit": String(limit.limit),
      "x-ratelimit-remaining": String(Math.max(0, limit.limit - window.count - 1)),
      "x-ratelimit-reset": (window.resetAt / 1000).toFixed(3),
      "x-ratelimit-reset-after": (Math.max(0, window.resetAt - now) / 1000).toFixed(3),
      "x-ratelimit-bucket": bucket,
    };
    if (window.count >= limit.limit) {
      return {
        headers: { ...headers, "x-ratelimit-remaining": "0" },
        limited: { retryAfterMs: window.resetAt - now, scope: "user" },
      };
    }
    const hidden = this.settings.channelWebhookWrites;
    if (hidden && isWebhook && request.method !== "GET" && request.channelId !== undefined) {
      const channel = this.window(`channel:${request.channelId}`, hidden, now);
      if (channel.count >= hidden.limit) {
        return { headers, limited: { retryAfterMs: hidden.retryAfterMs, scope: "shared" } };
      }
      channel.count++;
    }
    window.count++;
    return { headers };
  }

  private window(key: string, limit: WindowLimit, now: number): Window {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + limit.windowMs };
      this.windows.set(key, window);
    }
    return window;
  }
}

function hash(value: string): string {
  return createHash("sha1").update(value).digest("hex").slice(0, 16);
}
