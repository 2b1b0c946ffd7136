import { isIPv6 } from "node:net";
import type { RedisClientType } from "@keyv/redis";
import { BoundedMap } from "../store/boundedMap.js";

export interface RequestLimit {
  /** Requests one client may make in a window. */
  readonly max: number;
  readonly windowMs: number;
}

export type RequestVerdict = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number };

/** Counts requests per client in fixed windows; shared by every instance when the store is Redis. */
export interface RequestLimiter {
  take(bucket: string, client: string, limit: RequestLimit): Promise<RequestVerdict>;
}

export interface LimiterClock {
  now(): number;
}

const systemClock: LimiterClock = { now: () => Date.now() };

/**
 * The key a client is counted under: an IPv4 address as it is, an IPv6 address by its /64, since
 * one host commonly holds a whole /64 and would otherwise get a fresh budget per address.
 */
export function clientKey(address: string): string {
  const unmapped = address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
  if (!isIPv6(unmapped)) return unmapped;
  const [head = "", tail = ""] = unmapped.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === "" ? [] : tail.split(":");
  const missing = unmapped.includes("::") ? 8 - headGroups.length - tailGroups.length : 0;
  const groups = [...headGroups, ...Array<string>(missing).fill("0"), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

function windowOf(now: number, windowMs: number): { index: number; endsAt: number } {
  const index = Math.floor(now / windowMs);
  return { index, endsAt: (index + 1) * windowMs };
}

/** For one process (the SQLite and memory stores belong to one process): counters in a bounded map. */
export class InProcessRequestLimiter implements RequestLimiter {
  readonly #counts = new BoundedMap<string, number>(50_000);

  readonly #clock: LimiterClock;

  constructor(clock: LimiterClock = systemClock) {
    this.#clock = clock;
  }

  async take(bucket: string, client: string, limit: RequestLimit): Promise<RequestVerdict> {
    const now = this.#clock.now();
    const { index, endsAt } = windowOf(now, limit.windowMs);
    const key = `${bucket}:${clientKey(client)}:${index}`;
    const used = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, used);
    return used <= limit.max ? { ok: true } : { ok: false, retryAfterMs: endsAt - now };
  }
}

/** For every instance sharing one Redis: INCR and PEXPIRE in one transaction, so the count is shared and exact. */
export class RedisRequestLimiter implements RequestLimiter {
  readonly #redis: RedisClientType;
  readonly #clock: LimiterClock;

  constructor(redis: RedisClientType, clock: LimiterClock = systemClock) {
    this.#redis = redis;
    this.#clock = clock;
  }

  async take(bucket: string, client: string, limit: RequestLimit): Promise<RequestVerdict> {
    const now = this.#clock.now();
    const { index, endsAt } = windowOf(now, limit.windowMs);
    const key = `bot:web-rl:${bucket}:${clientKey(client)}:${index}`;
    const [used] = await this.#redis
      .multi()
      .incr(key)
      .pExpire(key, endsAt - now + 1_000)
      .exec();
    return Number(used) <= limit.max ? { ok: true } : { ok: false, retryAfterMs: endsAt - now };
  }
}

export function createRequestLimiter(
  redis: RedisClientType | undefined,
  clock?: LimiterClock,
): RequestLimiter {
  return redis ? new RedisRequestLimiter(redis, clock) : new InProcessRequestLimiter(clock);
}
