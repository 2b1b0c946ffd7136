import { parseErrorBody } from "./errorBody.js";
import { OpenCloudError, type OpenCloudErrorInit, type OpenCloudErrorKind } from "./errors.js";
import { retryHintMs } from "./retryAfter.js";

const KIND_BY_CODE: Record<string, OpenCloudErrorKind> = {
  NOT_FOUND: "not_found",
  PERMISSION_DENIED: "permission_denied",
  INSUFFICIENT_SCOPE: "permission_denied",
  FORBIDDEN: "permission_denied",
  UNAUTHENTICATED: "unauthenticated",
  UNAUTHORIZED: "unauthenticated",
  INVALID_ARGUMENT: "invalid_argument",
  RESOURCE_EXHAUSTED: "rate_limited",
  TOO_MANY_REQUESTS: "rate_limited",
  UNAVAILABLE: "unavailable",
  INTERNAL: "unavailable",
  DEADLINE_EXCEEDED: "unavailable",
};

function kindOf(status: number, code: string | undefined): OpenCloudErrorKind {
  const byCode = code === undefined ? undefined : KIND_BY_CODE[code.toUpperCase()];
  if (status === 404) return "not_found";
  if (status === 403) return "permission_denied";
  // Roblox often reports a missing scope as 401; the code tells the two apart.
  if (status === 401) return byCode === "permission_denied" ? "permission_denied" : "unauthenticated";
  if (status === 400 || status === 422) return "invalid_argument";
  if (status === 429) return "rate_limited";
  if (status >= 500 && status <= 599) return "unavailable";
  return byCode ?? "unknown";
}

const SCOPE_PATTERN = /\b([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*:(?:read|write|manage))\b/i;

function findScope(value: unknown): string | undefined {
  if (typeof value === "string") return SCOPE_PATTERN.exec(value)?.[1];
  if (Array.isArray(value)) {
    for (const item of value) {
      const scope = findScope(item);
      if (scope) return scope;
    }
    return undefined;
  }
  if (typeof value === "object" && value !== null) return findScope(Object.values(value));
  return undefined;
}

export interface HttpFailure {
  method: string;
  /** Path without query string; never contains credentials. */
  path: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bodyText: string;
}

/** Turns a non-2xx response into a typed error the caller can act on. */
export function classifyHttpFailure(failure: HttpFailure, nowMs: number = Date.now()): OpenCloudError {
  const parsed = parseErrorBody(failure.bodyText);
  const kind = kindOf(failure.status, parsed.code);
  const summary = [parsed.code, parsed.message].filter((part) => part !== undefined).join(": ");
  const init: OpenCloudErrorInit = {
    kind,
    status: failure.status,
    message: `Open Cloud ${failure.method} ${failure.path} failed with HTTP ${failure.status}${summary ? ` (${summary})` : ""}`,
  };
  if (parsed.code !== undefined) init.code = parsed.code;
  if (kind === "permission_denied") {
    const scope = findScope([parsed.message, parsed.details]);
    if (scope !== undefined) init.missingScope = scope;
  }
  if (kind === "rate_limited" || kind === "unavailable") {
    const retryAfterMs = retryHintMs({ status: failure.status, headers: failure.headers, nowMs });
    if (retryAfterMs !== undefined) init.retryAfterMs = retryAfterMs;
  }
  return new OpenCloudError(init);
}

const CONNECTION_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETDOWN",
  "ENETUNREACH",
  "EHOSTDOWN",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Wraps a transport failure (no usable response) as `unavailable`; returns undefined for other errors. */
export function classifyConnectionError(
  error: unknown,
  method: string,
  path: string,
): OpenCloudError | undefined {
  const code = errorCode(error) ?? errorCode((error as { cause?: unknown } | null)?.cause);
  if (code === undefined || !CONNECTION_CODES.has(code)) return undefined;
  return new OpenCloudError({
    kind: "unavailable",
    status: 0,
    code,
    message: `Open Cloud ${method} ${path} failed: connection error ${code}`,
    cause: error,
  });
}
