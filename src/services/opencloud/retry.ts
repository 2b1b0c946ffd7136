import { setTimeout as delay } from "node:timers/promises";
import { OpenCloudError } from "./errors.js";

export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** Cap for our own backoff; a server's `retry-after` is never cut to this. */
  maxDelayMs: number;
  /** No retry starts once this much time has passed since the first attempt. */
  deadlineMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  deadlineMs: 30_000,
};

/** Exponential backoff with "equal jitter": half fixed, half random, so the wait never collapses to 0. */
export function backoffDelayMs(failedAttempts: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function isRetryableError(error: unknown): error is OpenCloudError {
  return error instanceof OpenCloudError && (error.kind === "rate_limited" || error.kind === "unavailable");
}

/**
 * The wait before the next attempt: what the server asked for (plus a little jitter, never less),
 * else our jittered backoff.
 */
export function retryDelayMs(
  error: OpenCloudError,
  failedAttempts: number,
  policy: RetryPolicy,
  random: () => number,
): number {
  if (error.retryAfterMs !== undefined) {
    return error.retryAfterMs + Math.round(random() * Math.min(250, policy.baseDelayMs));
  }
  return backoffDelayMs(failedAttempts, policy, random);
}

export interface RetryContext {
  policy: RetryPolicy;
  /** Only idempotent requests are retried; everything else gets exactly one attempt. */
  idempotent: boolean;
  /** False: a 429 is not retried here (the caller backs the whole family off instead). Default true. */
  retryRateLimited?: boolean;
  signal?: AbortSignal | undefined;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; error: OpenCloudError }) => void;
}

const defaultSleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
  await delay(ms, undefined, signal === undefined ? undefined : { signal });
};

/** Runs `attempt` until it succeeds, fails for good, runs out of attempts, or would pass the deadline. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, context: RetryContext): Promise<T> {
  const now = context.now ?? Date.now;
  const random = context.random ?? Math.random;
  const sleep = context.sleep ?? defaultSleep;
  const startedAt = now();
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!context.idempotent || !isRetryableError(error) || n >= context.policy.maxAttempts) throw error;
      if (error.kind === "rate_limited" && context.retryRateLimited === false) throw error;
      const waitMs = retryDelayMs(error, n, context.policy, random);
      if (now() + waitMs - startedAt > context.policy.deadlineMs) throw error;
      context.onRetry?.({ attempt: n, delayMs: waitMs, error });
      await sleep(waitMs, context.signal);
    }
  }
}
