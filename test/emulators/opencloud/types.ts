import type { OAuthOptions } from "./oauth/types.js";
import type { WebLimitOption } from "./webLimits.js";

/**
 * Endpoint families used for rate limiting and for the request log.
 * Numbers per family come from `x-roblox-rate-limits` in the official spec (see rateLimits.ts).
 */
export type RateFamily =
  | "users" // GET /cloud/v2/users/{id}
  | "thumbnails" // GET users/{id}:generateThumbnail and users/{id}/operations/{op}
  | "inventory" // GET users/{id}/inventory-items
  | "group" // GET groups/{id}
  | "memberships" // GET groups/{id}/memberships (and groups/-/memberships)
  | "roles" // GET groups/{id}/roles and roles/{roleId}
  | "assets-write" // POST /assets/v1/assets, PATCH /assets/v1/assets/{id}
  | "assets-read" // GET /assets/v1/assets/{id}
  | "operations" // GET /assets/v1/operations/{id}
  | "asset-versions" // assets/{id}/versions, versions/{n}, versions:rollback, :archive, :restore
  | "asset-quotas" // GET /cloud/v2/users/{id}/asset-quotas
  | "usernames" // POST users.roblox.com /v1/usernames/users (no documented limit)
  | "public-lookups" // catalog details, badge info, thumbnails.roblox.com (no documented limit)
  | "introspect" // POST /api-keys/v1/introspect
  | "oauth" // /oauth/* (authorization server; no documented limit)
  | "emulator"; // /_emulator/* (never limited)

export type RateLimitSetting = { limit: number; windowMs: number };

export interface FaultSettings {
  /** Added before every response (after the request is read). */
  latencyMs?: number;
  /**
   * The next `count` matching requests answer this status (default 500). `headers` are added to the
   * answer: real Roblox 5xx can carry `x-ratelimit-*` quota headers that are no retry hint.
   */
  status5xx?: { count: number; status?: number; path?: RegExp; headers?: Record<string, string> };
  /**
   * The next `count` matching requests answer 429 with `retry-after` (default 1 s; `null` sends none,
   * as a captured real 429 did). `headers` are added, e.g. `x-ratelimit-remaining: 86` with a daily window.
   */
  storm429?: {
    count: number;
    retryAfterSeconds?: number | null;
    path?: RegExp;
    headers?: Record<string, string>;
  };
  /** The next `count` matching requests get their socket destroyed without an answer. */
  dropConnections?: { count: number; path?: RegExp };
  /** Response bodies are written in slices spread over this many milliseconds. */
  slowBodyMs?: number;
}

export interface OpenCloudEmulatorOptions {
  host?: string;
  port?: number;
  /** Same seed → same world. Default 1. */
  seed?: number;
  /** "spec" (default): per-minute numbers from x-roblox-rate-limits; "off"; or per-family overrides (others stay "spec"). */
  rateLimits?: "spec" | "off" | Partial<Record<RateFamily, RateLimitSetting>>;
  /**
   * Per single API key or token, besides the owner's budget: "spec" (default) uses
   * `x-roblox-throttling-limit` (Get Operation 100 per 60 s, asset create/read/update 120 per 60 s);
   * "off"; or per-family overrides. A throttled request gets 429 with `retry-after` only.
   */
  keyThrottles?: "spec" | "off" | Partial<Record<RateFamily, RateLimitSetting>>;
  /**
   * Per-IP limits of the public web APIs (usernames, catalog, thumbnails, badges, game passes):
   * "realistic" (conservative numbers from what tools report, see webLimits.ts), "off", or
   * per-family overrides (unlisted families unlimited). Default "realistic", or "off" when
   * `rateLimits` is "off".
   */
  webLimits?: WebLimitOption;
  /** Whether a per-IP 429 carries `retry-after` (default true; what Roblox sends there is unknown). */
  webLimitRetryAfter?: boolean;
  /**
   * Thumbnails of about one item in four answer `Pending` with `imageUrl: null` this many times
   * before they are `Completed`, as Roblox does until it has rendered them. Default 1; 0 = never.
   */
  pendingThumbnails?: number;
  /** Polls of GET /assets/v1/operations/{id} answered as pending before the operation is done. Default 2; 0 = done at creation. */
  operationPolls?: number;
  /** Polls of users/{id}/operations/{op} before a deferred thumbnail is done. Default 1. */
  thumbnailPolls?: number;
  /** The catalog details route demands an `x-csrf-token` as Roblox does (403 + token header first). Default true. */
  catalogCsrf?: boolean;
  faults?: FaultSettings;
  /**
   * How a valid key is refused for a missing permission (and a private inventory): "401" (default; what
   * clients report Roblox usually answers) or "403" with `PERMISSION_DENIED` (what the docs describe).
   */
  permissionFailures?: "401" | "403";
  /**
   * Body of a 401: "legacy" (default) `{"errors":[{"code":0,"message":"Invalid API Key"}]}`, or "v2"
   * `{"code":"UNAUTHENTICATED","message":"Invalid API Key"}` on the v2 paths.
   */
  unauthorizedBody?: "legacy" | "v2";
  /**
   * Shape of the `request` part of an asset upload: "field" accepts it only as a plain text field (no
   * filename, no Content-Type other than text/plain), as curl and rblxopencloud send it; "any" (default)
   * also takes a typed part, as some scripts send it.
   */
  requestPart?: "field" | "any";
  /**
   * Reads of `GET /assets/v1/assets/{id}` that still say `Reviewing` for an upload whose display name
   * contains `reviewing`, before it is Approved (or Rejected with `reviewing-rejected`). Default 3.
   */
  reviewingReads?: number;
  /**
   * An inventory list whose count divides by the page size ends with a token whose page is empty
   * (`{"inventoryItems":[],"nextPageToken":""}`), as Roblox does. Default true.
   */
  trailingEmptyPage?: boolean;
  /** The OAuth 2.0 server: registered apps and the UNCONFIRMED rules (see oauth/types.ts). */
  oauth?: OAuthOptions;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  family: RateFamily | "unknown";
  /** 0 while in flight, or when the connection was dropped on purpose. */
  status: number;
  /** The `retry-after` seconds the answer carried, if any. */
  retryAfterSeconds?: number;
  /** Resource path of the credential's owner: "users/1" or "groups/7". Never the key itself. */
  keyOwner?: string;
  time: number;
}

export interface RequestMatch {
  method?: string;
  path?: RegExp | string;
  family?: RateFamily;
}
