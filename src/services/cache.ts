import type { Keyv } from "keyv";

/** Reads a cached value, or computes, stores (with the TTL) and returns it. Undefined results are not cached. */
export async function cached<T>(store: Keyv, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const hit = (await store.get(key)) as T | undefined;
  if (hit !== undefined) return hit;
  const value = await load();
  if (value !== undefined) await store.set(key, value, ttlMs);
  return value;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
