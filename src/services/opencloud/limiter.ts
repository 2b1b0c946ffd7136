import {
  DOCUMENTED_OAUTH_RATE_LIMITS,
  type RateFamily,
  type RateLimiter,
  type RateLimits,
  ruleFor,
  safetyMarginMs,
} from "./limits.js";

export interface LimiterClock {
  now(): number;
  /** Runs `fn` after `ms`; returns a function that cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
}

const realClock: LimiterClock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

interface Bucket {
  /** Send times inside the current window, oldest first. */
  sent: number[];
  waiters: Waiter[];
  cancelTimer: (() => void) | undefined;
}

export interface InProcessRateLimiterOptions {
  limits: RateLimits;
  /** For owner keys of OAuth tokens; defaults to the documented per-authorization limits. */
  oauthLimits?: RateLimits;
  clock?: LimiterClock;
  /** Added to each window; defaults to `safetyMarginMs(windowMs)`. */
  marginMs?: number;
}

/**
 * Sliding-log limiter: at most `limit` grants in any span of `windowMs` (+ margin) per family and
 * owner. Callers past the budget wait in FIFO order until the oldest grant leaves the window.
 */
export class InProcessRateLimiter implements RateLimiter {
  readonly #limits: RateLimits;
  readonly #oauthLimits: RateLimits;
  readonly #clock: LimiterClock;
  readonly #marginMs: number | undefined;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: InProcessRateLimiterOptions) {
    this.#limits = options.limits;
    this.#oauthLimits = options.oauthLimits ?? DOCUMENTED_OAUTH_RATE_LIMITS;
    this.#clock = options.clock ?? realClock;
    this.#marginMs = options.marginMs;
  }

  acquire(family: RateFamily, ownerKey: string, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const rule = ruleFor(this.#limits, this.#oauthLimits, family, ownerKey);
    if (rule === undefined) return Promise.resolve();
    const bucket = this.#bucket(`${family}\u0000${ownerKey}`);
    const span = rule.windowMs + (this.#marginMs ?? safetyMarginMs(rule.windowMs));
    const now = this.#clock.now();
    prune(bucket, now, span);
    if (bucket.waiters.length === 0 && bucket.sent.length < rule.limit) {
      bucket.sent.push(now);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: () => {} };
      waiter.onAbort = () => {
        const index = bucket.waiters.indexOf(waiter);
        if (index >= 0) bucket.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      bucket.waiters.push(waiter);
      this.#schedule(bucket, rule.limit, span);
    });
  }

  async close(): Promise<void> {
    for (const bucket of this.#buckets.values()) bucket.cancelTimer?.();
    this.#buckets.clear();
  }

  #bucket(key: string): Bucket {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      bucket = { sent: [], waiters: [], cancelTimer: undefined };
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  #schedule(bucket: Bucket, limit: number, span: number): void {
    if (bucket.cancelTimer !== undefined) return;
    const now = this.#clock.now();
    prune(bucket, now, span);
    const oldest = bucket.sent[0];
    const waitMs = bucket.sent.length < limit || oldest === undefined ? 0 : oldest + span - now;
    bucket.cancelTimer = this.#clock.setTimer(() => {
      bucket.cancelTimer = undefined;
      this.#drain(bucket, limit, span);
    }, waitMs);
  }

  #drain(bucket: Bucket, limit: number, span: number): void {
    const now = this.#clock.now();
    prune(bucket, now, span);
    while (bucket.waiters.length > 0 && bucket.sent.length < limit) {
      const waiter = bucket.waiters.shift();
      if (!waiter) break;
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      bucket.sent.push(now);
      waiter.resolve();
    }
    if (bucket.waiters.length > 0) this.#schedule(bucket, limit, span);
  }
}

function prune(bucket: Bucket, now: number, span: number): void {
  const sent = bucket.sent;
  let drop = 0;
  while (drop < sent.length && (sent[drop] ?? 0) <= now - span) drop++;
  if (drop > 0) sent.splice(0, drop);
}
