export { MemoryPrimitives } from "./memory.js";
export { openPrimitives, REDIS_KEY_PREFIX } from "./open.js";
export { type RedisCommandClient, RedisPrimitives } from "./redis.js";
export { SqlitePrimitives } from "./sqlite.js";
export type { ScoredMember, SortedRange, StorePrimitives } from "./types.js";
