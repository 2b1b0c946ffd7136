type HeaderValue = string | string[] | undefined;

/**
 * The longest wait a quota header (`x-ratelimit-reset`) can ask of us. A daily window's reset can be
 * hours away; nobody is told to wait longer than this, and no retry sleeps longer on its account.
 */
export const RETRY_HINT_CAP_MS = 60_000;

function first(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseRetryAfter(value: string, nowMs: number): number | undefined {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** The leading number of each window entry: "0, 5;w=60" → [0, 5]. */
function windowNumbers(value: string): number[] {
  return value.split(",").flatMap((entry) => {
    const match = /^\s*(\d+(\.\d+)?)/.exec(entry);
    return match?.[1] === undefined ? [] : [Number(match[1])];
  });
}

export interface RetryHintInput {
  status: number;
  headers: Record<string, HeaderValue>;
  nowMs?: number;
  capMs?: number;
}

/**
 * How long the server asked us to wait, in ms, or undefined when it gave no hint (then the caller
 * backs off exponentially with jitter). `retry-after` is the hint whenever it is present. A 429
 * without it counts `x-ratelimit-reset` only when `x-ratelimit-remaining` says the quota is used
 * up, capped at `capMs`: a captured real 429 had no `retry-after`, 86 requests remaining and a daily
 * window (`x-ratelimit-limit: 100, 100;w=86400`, `reset: 56442`), so the quota headers are
 * bookkeeping, not advice. A 5xx never has its `x-ratelimit-*` read.
 */
export function retryHintMs(input: RetryHintInput): number | undefined {
  const nowMs = input.nowMs ?? Date.now();
  const retryAfter = first(input.headers["retry-after"]);
  if (retryAfter !== undefined) {
    const asked = parseRetryAfter(retryAfter, nowMs);
    if (asked !== undefined) return asked;
  }
  if (input.status !== 429) return undefined;
  const remaining = first(input.headers["x-ratelimit-remaining"]);
  const reset = first(input.headers["x-ratelimit-reset"]);
  if (remaining === undefined || reset === undefined) return undefined;
  const left = windowNumbers(remaining);
  if (left.length === 0 || Math.min(...left) > 0) return undefined;
  const resets = windowNumbers(reset);
  if (resets.length === 0) return undefined;
  return Math.min(input.capMs ?? RETRY_HINT_CAP_MS, Math.ceil(Math.min(...resets) * 1000));
}
