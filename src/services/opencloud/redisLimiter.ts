import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import {
  DOCUMENTED_OAUTH_RATE_LIMITS,
  type RateFamily,
  type RateLimiter,
  type RateLimits,
  ruleFor,
  safetyMarginMs,
} from "./limits.js";

/** The one command we need from a `@redis/client` (v5) client, so any compatible client fits. */
export interface RedisEvalClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/**
 * Sliding log in a sorted set (KEYS[1]; ARGV[1] limit, ARGV[2] span in ms, ARGV[3] a unique member),
 * timed by the Redis clock so every shard agrees: drop entries older than the window; grant (add an
 * entry) if under the limit and return 0, else return the ms until the oldest entry leaves the window.
 * Shared with the web budget, whose script runs its back-off check first.
 */
export const SLIDING_LOG_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local span = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - span)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], span)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + span - now)
`;

export interface RedisRateLimiterOptions {
  client: RedisEvalClient;
  limits: RateLimits;
  /** For owner keys of OAuth tokens; defaults to the documented per-authorization limits. */
  oauthLimits?: RateLimits;
  /** Key prefix, e.g. "rl:opencloud:"; owner keys are appended as given (already hashed by the client). */
  prefix?: string;
  marginMs?: number;
  /** Longest single sleep between tries, so waiters notice freed slots from other shards soon enough. */
  maxPollMs?: number;
}

/** A limiter whose budget is shared by every process that uses the same Redis and prefix. */
export class RedisRateLimiter implements RateLimiter {
  readonly #options: RedisRateLimiterOptions;

  constructor(options: RedisRateLimiterOptions) {
    this.#options = options;
  }

  async acquire(family: RateFamily, ownerKey: string, signal?: AbortSignal): Promise<void> {
    const options = this.#options;
    const rule = ruleFor(
      options.limits,
      options.oauthLimits ?? DOCUMENTED_OAUTH_RATE_LIMITS,
      family,
      ownerKey,
    );
    if (rule === undefined) return;
    const span = rule.windowMs + (this.#options.marginMs ?? safetyMarginMs(rule.windowMs));
    const key = `${this.#options.prefix ?? "opencloud:rl:"}${family}:${ownerKey}`;
    const maxPollMs = this.#options.maxPollMs ?? 1_000;
    for (;;) {
      signal?.throwIfAborted();
      const waitMs = Number(
        await this.#options.client.eval(SLIDING_LOG_LUA, {
          keys: [key],
          arguments: [String(rule.limit), String(span), randomUUID()],
        }),
      );
      if (waitMs <= 0) return;
      // A little jitter keeps shards that wait for the same slot from retrying in lockstep.
      const sleepMs = Math.min(waitMs, maxPollMs) + Math.floor(Math.random() * 10);
      await delay(sleepMs, undefined, signal === undefined ? undefined : { signal });
    }
  }
}
