type HeaderValue = string | string[] | undefined;

function first(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseRetryAfter(value: string, nowMs: number): number | undefined {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function parseResetSeconds(value: string): number | undefined {
  // `x-ratelimit-reset` may list several windows ("20, 20;w=60"); the first number is the soonest full reset.
  const match = /^\s*(\d+(\.\d+)?)/.exec(value);
  return match?.[1] === undefined ? undefined : Math.ceil(Number(match[1]) * 1000);
}

/**
 * How long the server asked us to wait, in ms: the larger of `retry-after` (seconds or an
 * HTTP date) and `x-ratelimit-reset` (seconds), or undefined when neither header is usable.
 */
export function serverRetryDelayMs(
  headers: Record<string, HeaderValue>,
  nowMs: number = Date.now(),
): number | undefined {
  const retryAfter = first(headers["retry-after"]);
  const reset = first(headers["x-ratelimit-reset"]);
  const asks = [
    retryAfter === undefined ? undefined : parseRetryAfter(retryAfter, nowMs),
    reset === undefined ? undefined : parseResetSeconds(reset),
  ].filter((ms): ms is number => ms !== undefined);
  return asks.length === 0 ? undefined : Math.max(...asks);
}
