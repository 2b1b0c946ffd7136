import { type RateLimit, safetyMarginMs } from "../opencloud/index.js";
import type { WebFamily } from "./families.js";

/** One egress IP's budget for the public web APIs, per family. */
export interface WebBudget {
  /** Takes one request's worth: 0 when granted, else the ms until one could be (nothing is taken). */
  take(family: WebFamily): Promise<number>;
  /** Roblox answered 429: grant nothing of this family for `ms` (a longer back-off already set stays). */
  backOff(family: WebFamily, ms: number): Promise<void>;
}

export interface BudgetClock {
  now(): number;
}

interface Bucket {
  sent: number[];
  blockedUntil: number;
}

/** The budget of one process: a sliding log per family plus the back-off a 429 set. */
export class InProcessWebBudget implements WebBudget {
  readonly #buckets = new Map<WebFamily, Bucket>();

  readonly #limits: Partial<Record<WebFamily, RateLimit>>;
  readonly #clock: BudgetClock;

  constructor(limits: Partial<Record<WebFamily, RateLimit>>, clock: BudgetClock = { now: () => Date.now() }) {
    this.#limits = limits;
    this.#clock = clock;
  }

  async take(family: WebFamily): Promise<number> {
    const now = this.#clock.now();
    const bucket = this.#bucket(family);
    if (bucket.blockedUntil > now) return bucket.blockedUntil - now;
    const rule = this.#limits[family];
    if (rule === undefined) return 0;
    const span = rule.windowMs + safetyMarginMs(rule.windowMs);
    bucket.sent = bucket.sent.filter((at) => at > now - span);
    if (bucket.sent.length < rule.limit) {
      bucket.sent.push(now);
      return 0;
    }
    return Math.max(1, (bucket.sent[0] ?? now) + span - now);
  }

  async backOff(family: WebFamily, ms: number): Promise<void> {
    const bucket = this.#bucket(family);
    bucket.blockedUntil = Math.max(bucket.blockedUntil, this.#clock.now() + ms);
  }

  #bucket(family: WebFamily): Bucket {
    let bucket = this.#buckets.get(family);
    if (bucket === undefined) {
      bucket = { sent: [], blockedUntil: 0 };
      this.#buckets.set(family, bucket);
    }
    return bucket;
  }
}
