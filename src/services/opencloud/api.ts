import type { Logger } from "pino";
import { authSecret, type OpenCloudAuth, rateOwnerKey } from "./auth.js";
import { PER_KEY_FAMILIES, type RateFamily, type RateLimiter } from "./limits.js";
import { type RetryPolicy, withRetry } from "./retry.js";
import type { CsrfToken, HttpMethod, Transport } from "./transport.js";
import type { WebGate } from "./web.js";

/** Per-call options every operation accepts. */
export interface CallOptions {
  /** Overrides the client's default API key for this call. */
  auth?: OpenCloudAuth;
  signal?: AbortSignal;
}

export interface BaseUrls {
  /** https://apis.roblox.com */
  apis: string;
  /** https://users.roblox.com */
  users: string;
  /** https://catalog.roblox.com */
  catalog?: string;
  /** https://badges.roblox.com */
  badges?: string;
  /** https://thumbnails.roblox.com */
  thumbnails?: string;
}

/** The public web hosts, where a client is not told otherwise. */
export const DEFAULT_WEB_URLS: Required<Pick<BaseUrls, "catalog" | "badges" | "thumbnails">> = {
  catalog: "https://catalog.roblox.com",
  badges: "https://badges.roblox.com",
  thumbnails: "https://thumbnails.roblox.com",
};

export interface ApiCall {
  family: RateFamily;
  method: HttpMethod;
  host: keyof BaseUrls;
  /** Path with every dynamic segment already encoded. */
  path: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** A string is sent as-is (with the caller's content-type); a stream is sent once. */
  body?: string | AsyncIterable<Uint8Array>;
  /** Safe to repeat; defaults to true for GET only. */
  idempotent?: boolean;
  /** False: a 429 is thrown at once instead of retried (per-IP budgets back off as a whole). */
  retryRateLimited?: boolean;
  /** Send no credentials (public legacy endpoints must never see the API key). */
  anonymous?: boolean;
  headersTimeoutMs?: number;
}

export interface ApiContext {
  transport: Transport;
  limiter: RateLimiter;
  retry: RetryPolicy;
  baseUrls: Required<BaseUrls>;
  defaultAuth: OpenCloudAuth;
  /** Spends the per-IP budget of each public web family; without one, those requests go out unmetered. */
  webGate?: WebGate | undefined;
  /** The catalog's x-csrf-token, shared by every request of this client. */
  csrf: CsrfToken;
  /** Overrides the hashed credential as the limiter's owner key (e.g. the key owner's user id). */
  rateOwner?: string | undefined;
  logger?: Logger | undefined;
}

export function buildUrl(base: string, path: string, query: ApiCall["query"]): URL {
  const url = new URL(base.replace(/\/+$/, "") + path);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}

/** Limiter → transport → retry, for one logical call. Returns the parsed JSON body. */
export async function callApi(ctx: ApiContext, call: ApiCall, options: CallOptions = {}): Promise<unknown> {
  const auth = options.auth ?? ctx.defaultAuth;
  const ownerKey =
    options.auth === undefined && ctx.rateOwner !== undefined ? ctx.rateOwner : rateOwnerKey(auth);
  const url = buildUrl(ctx.baseUrls[call.host], call.path, call.query);
  const idempotent = call.idempotent ?? call.method === "GET";
  const perKeyFamily = PER_KEY_FAMILIES[call.family];
  return withRetry(
    async (attempt) => {
      await ctx.limiter.acquire(call.family, ownerKey, options.signal);
      if (perKeyFamily !== undefined)
        await ctx.limiter.acquire(perKeyFamily, rateOwnerKey(auth), options.signal);
      const started = performance.now();
      try {
        const response = await ctx.transport.send({
          method: call.method,
          url,
          auth: call.anonymous ? undefined : auth,
          redact: [authSecret(auth), authSecret(ctx.defaultAuth)],
          ...(call.headers === undefined ? {} : { headers: call.headers }),
          body: call.body,
          signal: options.signal,
          ...(call.headersTimeoutMs === undefined ? {} : { headersTimeoutMs: call.headersTimeoutMs }),
        });
        ctx.logger?.debug(
          { method: call.method, path: url.pathname, status: response.status, attempt, ms: elapsed(started) },
          "open cloud request",
        );
        return response.json;
      } catch (error) {
        ctx.logger?.debug(
          {
            method: call.method,
            path: url.pathname,
            attempt,
            ms: elapsed(started),
            err: describeError(error),
          },
          "open cloud request failed",
        );
        throw error;
      }
    },
    {
      policy: ctx.retry,
      idempotent,
      ...(call.retryRateLimited === undefined ? {} : { retryRateLimited: call.retryRateLimited }),
      signal: options.signal,
      onRetry: ({ attempt, delayMs, error }) =>
        ctx.logger?.warn(
          {
            method: call.method,
            path: url.pathname,
            attempt,
            delayMs,
            kind: error.kind,
            status: error.status,
          },
          "retrying open cloud request",
        ),
    },
  );
}

export function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
