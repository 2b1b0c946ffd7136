import type { ScoredMember, SortedRange, StorePrimitives } from "./types.js";

/** The one call we need from a `@redis/client` (v5) client. */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** INCRBY that gives a new counter its time to live and leaves an existing one's alone. */
const INCREMENT = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value
`;
const EXTEND_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;
const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Redis commands and Lua: each operation is one atomic command on the server, timed by its clock. */
export class RedisPrimitives implements StorePrimitives {
  readonly kind = "redis";

  readonly #client: RedisCommandClient;
  readonly #prefix: string;

  constructor(
    client: RedisCommandClient,
    /** Put before every key, so several bots (or test runs) can share one Redis. */
    prefix: string,
  ) {
    this.#client = client;
    this.#prefix = prefix;
  }

  async get(key: string): Promise<string | undefined> {
    const value = await this.#send(["GET", this.#key(key)]);
    return typeof value === "string" ? value : undefined;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    await this.#send(
      ttlMs === undefined ? ["SET", this.#key(key), value] : ["SET", this.#key(key), value, "PX", ms(ttlMs)],
    );
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return (await this.#send(["SET", this.#key(key), value, "PX", ms(ttlMs), "NX"])) === "OK";
  }

  async delete(key: string): Promise<void> {
    await this.#send(["DEL", this.#key(key)]);
  }

  async increment(key: string, by: number, ttlMs: number): Promise<number> {
    return Number(await this.#eval(INCREMENT, [key], [String(Math.trunc(by)), ms(ttlMs)]));
  }

  acquireLock(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.setIfAbsent(key, owner, ttlMs);
  }

  async extendLock(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return Number(await this.#eval(EXTEND_LOCK, [key], [owner, ms(ttlMs)])) === 1;
  }

  async releaseLock(key: string, owner: string): Promise<boolean> {
    return Number(await this.#eval(RELEASE_LOCK, [key], [owner])) === 1;
  }

  async setAdd(key: string, member: string): Promise<boolean> {
    return Number(await this.#send(["SADD", this.#key(key), member])) === 1;
  }

  async setRemove(key: string, member: string): Promise<boolean> {
    return Number(await this.#send(["SREM", this.#key(key), member])) === 1;
  }

  async setMembers(key: string): Promise<string[]> {
    return strings(await this.#send(["SMEMBERS", this.#key(key)]));
  }

  async sortedAdd(key: string, member: string, score: number): Promise<void> {
    await this.#send(["ZADD", this.#key(key), String(score), member]);
  }

  async sortedRemove(key: string, member: string): Promise<boolean> {
    return Number(await this.#send(["ZREM", this.#key(key), member])) === 1;
  }

  async sortedRange(key: string, range: SortedRange = {}): Promise<ScoredMember[]> {
    const min = range.min === undefined ? "-inf" : String(range.min);
    const max = range.max === undefined ? "+inf" : String(range.max);
    const args = range.newestFirst
      ? ["ZRANGE", this.#key(key), max, min, "BYSCORE", "REV"]
      : ["ZRANGE", this.#key(key), min, max, "BYSCORE"];
    if (range.limit !== undefined) args.push("LIMIT", "0", String(range.limit));
    args.push("WITHSCORES");
    const flat = strings(await this.#send(args));
    const members: ScoredMember[] = [];
    for (let index = 0; index + 1 < flat.length; index += 2) {
      members.push({ member: flat[index] as string, score: Number(flat[index + 1]) });
    }
    return members;
  }

  /** The connection belongs to the store; closing it is the store's job. */
  async close(): Promise<void> {}

  #key(key: string): string {
    return `${this.#prefix}${key}`;
  }

  #send(args: string[]): Promise<unknown> {
    return this.#client.sendCommand(args);
  }

  #eval(script: string, keys: string[], args: string[]): Promise<unknown> {
    return this.#send(["EVAL", script, String(keys.length), ...keys.map((key) => this.#key(key)), ...args]);
  }
}

function ms(ttlMs: number): string {
  return String(Math.max(1, Math.ceil(ttlMs)));
}

function strings(reply: unknown): string[] {
  return Array.isArray(reply) ? reply.map(String) : [];
}
