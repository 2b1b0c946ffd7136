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
}

export const DEFAULT_WEBHOOK_LIMIT: WindowLimit = { limit: 5, windowMs: 2_000 };
const DEFAULT_OTHER_LIMIT: WindowLimit = { limit: 50, windowMs: 1_000 };

interface Window {
  count: number;
  resetAt: number;
}

export interface RateLimitVerdict {
  headers: Record<string, string>;
  /** Set when the request must be answered 429. */
  limited?: { retryAfterMs: number; scope: "user" | "shared" };
}

export interface RateLimitedRequest {
  method: string;
  template: string;
  params: Record<string, string>;
  /** The channel of the interaction behind a webhook token, if known. */
  channelId: string | undefined;
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
    const limit = isWebhook
      ? (this.settings.webhook ?? DEFAULT_WEBHOOK_LIMIT)
      : (this.settings.other ?? DEFAULT_OTHER_LIMIT);
    const resource = isWebhook
      ? `${request.params.app}/${request.params.token}`
      : (request.params.id ?? request.params.guild ?? request.params.app ?? "");
    const routeKey = isWebhook ? "webhook" : `${request.method} ${request.template}`;
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
