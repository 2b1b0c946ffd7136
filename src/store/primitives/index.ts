export { MemoryPrimitives } from "./memory.js";
export { openPrimitives, REDIS_KEY_PREFIX } from "./open.js";
export { RedisPrimitives } from "./redis.js";
export { SqlitePrimitives } from "./sqlite.js";
export type { StorePrimitives } from "./types.js";
