/**
 * The atomic operations every record written by more than one process goes through, so that two
 * shards (or two bot processes on one Redis) never overwrite each other's read-modify-write.
 * Values and members are strings; keys are namespaced by the caller ("upload:123", "cooldown:…").
 */
export interface StorePrimitives {
  readonly kind: "redis" | "sqlite" | "memory";
  get(key: string): Promise<string | undefined>;
  /** Sets the value, with a time to live when given (else it stays until deleted). */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Sets the value for ttlMs unless the key holds an unexpired value; true when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /**
   * Adds `by` to a counter and returns the new value. A counter that does not exist (or has
   * expired) starts from 0 with the given time to live; later increments do not extend it.
   */
  increment(key: string, by: number, ttlMs: number): Promise<number>;
  /** Takes the lock for `owner` unless someone else holds it unexpired; true when taken. */
  acquireLock(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Pushes the lock's expiry out, only while `owner` still holds it; true when extended. */
  extendLock(key: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Frees the lock, only if `owner` holds it; true when freed. */
  releaseLock(key: string, owner: string): Promise<boolean>;
  /** Adds a member to a set; true when it was not there before. */
  setAdd(key: string, member: string): Promise<boolean>;
  /** Removes a member from a set; true when it was there. */
  setRemove(key: string, member: string): Promise<boolean>;
  setMembers(key: string): Promise<string[]>;
  /** Adds (or moves) a member in a sorted set, scored by a time in ms. */
  sortedAdd(key: string, member: string, score: number): Promise<void>;
  sortedRemove(key: string, member: string): Promise<boolean>;
  /** Members with min ≤ score ≤ max, lowest score first (highest first with `newestFirst`). */
  sortedRange(key: string, range?: SortedRange): Promise<ScoredMember[]>;
  close(): Promise<void>;
}

export interface SortedRange {
  readonly min?: number;
  readonly max?: number;
  readonly limit?: number;
  readonly newestFirst?: boolean;
}

export interface ScoredMember {
  readonly member: string;
  readonly score: number;
}
