import { type ApiContext, type BaseUrls, buildUrl, type CallOptions, describeError, elapsed } from "./api.js";
import { authSecret } from "./auth.js";
import { OpenCloudError } from "./errors.js";
import { withRetry } from "./retry.js";
import { CsrfChallenge } from "./transport.js";

/** The public Roblox web API families that Roblox throttles per egress IP for anonymous callers. */
export type WebFamily = "usernames" | "catalog" | "thumbnails" | "badges" | "gamePasses";

/**
 * The hook every request of a web family passes (the per-IP budgets plug in here): it may refuse
 * to send, and it sees a 429 as the OpenCloudError it is (`status` 429, `retryAfterMs`).
 */
export interface WebGate {
  run<T>(family: WebFamily, send: () => Promise<T>): Promise<T>;
}

export interface WebCall {
  family: WebFamily;
  method: "GET" | "POST";
  host: keyof BaseUrls;
  /** Path with every dynamic segment already encoded. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** Sent as JSON. */
  json?: unknown;
  /** Roblox's x-csrf-token handshake (catalog POSTs). */
  csrf?: boolean;
  /** Repeat after a 5xx or a dropped connection; a 429 is never repeated (the budget backs off instead). */
  retryUnavailable?: boolean;
  /** Statuses that mean "Roblox knows nothing of this": answered as undefined. */
  emptyOn?: readonly number[];
  headersTimeoutMs?: number;
}

/**
 * One logical request to a public web API, through the same transport as Open Cloud: no
 * credentials are sent, the family's gate is passed once, failures are typed OpenCloudErrors
 * with the client's secrets scrubbed from them.
 */
export async function callWeb(
  ctx: ApiContext,
  call: WebCall,
  options: Pick<CallOptions, "signal"> = {},
): Promise<unknown> {
  const url = buildUrl(ctx.baseUrls[call.host], call.path, call.query);
  const attempt = async (n: number): Promise<unknown> => {
    const started = performance.now();
    try {
      const response = await ctx.transport.send({
        method: call.method,
        url,
        redact: [authSecret(ctx.defaultAuth)],
        ...(call.json === undefined
          ? {}
          : { headers: { "content-type": "application/json" }, body: JSON.stringify(call.json) }),
        csrf: call.csrf ? ctx.csrf : undefined,
        signal: options.signal,
        ...(call.headersTimeoutMs === undefined ? {} : { headersTimeoutMs: call.headersTimeoutMs }),
      });
      ctx.logger?.debug(
        {
          method: call.method,
          path: url.pathname,
          status: response.status,
          attempt: n,
          ms: elapsed(started),
        },
        "roblox web request",
      );
      return response.json;
    } catch (error) {
      ctx.logger?.debug(
        {
          method: call.method,
          path: url.pathname,
          attempt: n,
          ms: elapsed(started),
          err: describeError(error),
        },
        "roblox web request failed",
      );
      throw error;
    }
  };
  const send = async (): Promise<unknown> => {
    try {
      return await withRetry(attempt, {
        policy: ctx.retry,
        idempotent: call.retryUnavailable ?? false,
        retryRateLimited: false,
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof OpenCloudError && call.emptyOn?.includes(error.status)) return undefined;
      throw error;
    }
  };
  const gated = () => (ctx.webGate === undefined ? send() : ctx.webGate.run(call.family, send));
  try {
    return await gated();
  } catch (error) {
    if (!(error instanceof CsrfChallenge)) throw error;
  }
  // Roblox answers the first POST with 403 and the token to repeat it with; the repeat is a
  // request of its own, so it passes the gate again.
  try {
    return await gated();
  } catch (error) {
    throw error instanceof CsrfChallenge ? error.failure : error;
  }
}
