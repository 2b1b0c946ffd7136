import { randomUUID } from "node:crypto";
import type { StorePrimitives } from "../store/primitives/index.js";

export interface HeldLock {
  /** Stops renewing and frees the lock (only if still ours). */
  release(): Promise<void>;
}

/**
 * Takes a lock in the store and keeps it alive while this process works under it, renewing it a
 * few times per `ttlMs`; if the process dies the lock lapses after `ttlMs`, which is how a job
 * handler elsewhere knows the work under it stopped. Undefined when someone else holds it.
 */
export async function holdLock(
  primitives: StorePrimitives,
  key: string,
  ttlMs: number,
): Promise<HeldLock | undefined> {
  const owner = randomUUID();
  if (!(await primitives.acquireLock(key, owner, ttlMs))) return undefined;
  const renewal = setInterval(
    () => void primitives.extendLock(key, owner, ttlMs).catch(() => undefined),
    Math.max(50, Math.floor(ttlMs / 3)),
  );
  renewal.unref?.();
  return {
    async release() {
      clearInterval(renewal);
      await primitives.releaseLock(key, owner).catch(() => undefined);
    },
  };
}
