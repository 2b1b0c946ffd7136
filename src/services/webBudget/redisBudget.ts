import { randomUUID } from "node:crypto";
import { type RateLimit, type RedisEvalClient, safetyMarginMs } from "../opencloud/index.js";
import { SLIDING_LOG_LUA } from "../opencloud/redisLimiter.js";
import type { WebBudget } from "./budget.js";
import type { WebFamily } from "./families.js";

/**
 * KEYS[1] the family's log, KEYS[2] its back-off marker. Timed by the Redis clock so every shard
 * agrees. Returns 0 (granted) or the ms until a grant could be had. A limit of 0 means unlimited.
 */
const TAKE_SCRIPT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return blocked end
if tonumber(ARGV[1]) == 0 then return 0 end
${SLIDING_LOG_LUA}`;

/** Sets the back-off marker unless a longer one is already set. */
const BACK_OFF_SCRIPT = `
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
return 0
`;

export interface RedisWebBudgetOptions {
  client: RedisEvalClient;
  limits: Partial<Record<WebFamily, RateLimit>>;
  /** Which egress IP this process sends from: processes sharing one share its budget. */
  egressId: string;
  prefix?: string;
}

/** The budget of one egress IP, shared by every shard and machine that uses the same Redis and egress ID. */
export class RedisWebBudget implements WebBudget {
  readonly #options: RedisWebBudgetOptions;

  constructor(options: RedisWebBudgetOptions) {
    this.#options = options;
  }

  async take(family: WebFamily): Promise<number> {
    const rule = this.#options.limits[family];
    const span = rule === undefined ? 0 : rule.windowMs + safetyMarginMs(rule.windowMs);
    const key = this.#key(family);
    return Number(
      await this.#options.client.eval(TAKE_SCRIPT, {
        keys: [key, `${key}:backoff`],
        arguments: [String(rule?.limit ?? 0), String(span), randomUUID()],
      }),
    );
  }

  async backOff(family: WebFamily, ms: number): Promise<void> {
    await this.#options.client.eval(BACK_OFF_SCRIPT, {
      keys: [`${this.#key(family)}:backoff`],
      arguments: [String(Math.max(1, Math.ceil(ms)))],
    });
  }

  #key(family: WebFamily): string {
    return `${this.#options.prefix ?? "web:rl:"}${this.#options.egressId}:${family}`;
  }
}
