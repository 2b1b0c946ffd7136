import { resolve } from "node:path";
import type { Clock } from "../../clock.js";
import { MemoryPrimitives } from "./memory.js";
import { type RedisCommandClient, RedisPrimitives } from "./redis.js";
import { SqlitePrimitives } from "./sqlite.js";
import type { StorePrimitives } from "./types.js";

/** The prefix of every key the bot writes in Redis outside keyv (the rate budget uses the same). */
export const REDIS_KEY_PREFIX = "bot:";

/** The primitives over the same backing store as the key-value store of `storeUrl`. */
export function openPrimitives(
  storeUrl: string,
  redis: RedisCommandClient | undefined,
  clock: Clock,
): StorePrimitives {
  if (redis) return new RedisPrimitives(redis, REDIS_KEY_PREFIX);
  if (storeUrl.startsWith("sqlite://"))
    return new SqlitePrimitives(resolve(storeUrl.slice("sqlite://".length)), clock);
  return new MemoryPrimitives(clock);
}
