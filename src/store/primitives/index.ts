export { MemoryPrimitives } from "./memory.js";
export { type RedisCommandClient, RedisPrimitives } from "./redis.js";
export { SqlitePrimitives } from "./sqlite.js";
export type { ScoredMember, SortedRange, StorePrimitives } from "./types.js";
