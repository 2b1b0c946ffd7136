import type { Clock } from "../../clock.js";
import type { ScoredMember, SortedRange, StorePrimitives } from "./types.js";

/** The primitives in this process's memory, for `memory://` (tests and trying the bot out). */
export class MemoryPrimitives implements StorePrimitives {
  readonly kind = "memory";
  readonly #values = new Map<string, { value: string; expiresAt: number | undefined }>();
  readonly #sets = new Map<string, Set<string>>();
  readonly #sorted = new Map<string, Map<string, number>>();

  readonly #clock: Clock;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  async get(key: string): Promise<string | undefined> {
    return this.#live(key)?.value;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.#values.set(key, { value, expiresAt: ttlMs === undefined ? undefined : this.#clock.now() + ttlMs });
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.#live(key)) return false;
    await this.set(key, value, ttlMs);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.#values.delete(key);
  }

  async increment(key: string, by: number, ttlMs: number): Promise<number> {
    const entry = this.#live(key);
    const value = (entry ? Number(entry.value) : 0) + Math.trunc(by);
    this.#values.set(key, {
      value: String(value),
      expiresAt: entry ? entry.expiresAt : this.#clock.now() + ttlMs,
    });
    return value;
  }

  acquireLock(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.setIfAbsent(key, owner, ttlMs);
  }

  async extendLock(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const entry = this.#live(key);
    if (entry?.value !== owner) return false;
    entry.expiresAt = this.#clock.now() + ttlMs;
    return true;
  }

  async releaseLock(key: string, owner: string): Promise<boolean> {
    if (this.#live(key)?.value !== owner) return false;
    this.#values.delete(key);
    return true;
  }

  async setAdd(key: string, member: string): Promise<boolean> {
    const set = this.#sets.get(key) ?? new Set<string>();
    this.#sets.set(key, set);
    if (set.has(member)) return false;
    set.add(member);
    return true;
  }

  async setRemove(key: string, member: string): Promise<boolean> {
    return this.#sets.get(key)?.delete(member) ?? false;
  }

  async setMembers(key: string): Promise<string[]> {
    return [...(this.#sets.get(key) ?? [])];
  }

  async sortedAdd(key: string, member: string, score: number): Promise<void> {
    const sorted = this.#sorted.get(key) ?? new Map<string, number>();
    this.#sorted.set(key, sorted);
    sorted.set(member, score);
  }

  async sortedRemove(key: string, member: string): Promise<boolean> {
    return this.#sorted.get(key)?.delete(member) ?? false;
  }

  async sortedRange(key: string, range: SortedRange = {}): Promise<ScoredMember[]> {
    const min = range.min ?? Number.NEGATIVE_INFINITY;
    const max = range.max ?? Number.POSITIVE_INFINITY;
    const members = [...(this.#sorted.get(key) ?? new Map<string, number>())]
      .filter(([, score]) => score >= min && score <= max)
      .map(([member, score]) => ({ member, score }))
      .sort((a, b) => a.score - b.score || (a.member < b.member ? -1 : a.member > b.member ? 1 : 0));
    if (range.newestFirst) members.reverse();
    return range.limit === undefined ? members : members.slice(0, range.limit);
  }

  async close(): Promise<void> {}

  #live(key: string) {
    const entry = this.#values.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= this.#clock.now()) {
      this.#values.delete(key);
      return undefined;
    }
    return entry;
  }
}
