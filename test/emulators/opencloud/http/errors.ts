/** The three error body families Roblox uses (reference §6). */
export type ErrorStyle = "v2" | "assets" | "legacy";

export type GrpcCode =
  | "INVALID_ARGUMENT"
  | "PERMISSION_DENIED"
  | "NOT_FOUND"
  | "RESOURCE_EXHAUSTED"
  | "INTERNAL"
  | "UNAVAILABLE"
  | "UNAUTHENTICATED";

/** Thrown by handlers; the server renders it in the route's error style. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: GrpcCode,
    message: string,
    /** Numeric code of the legacy `{errors:[{code,message}]}` body. */
    readonly legacyCode = 0,
    /** Rendered as the gateway's 401 body (`unauthorizedBody`) instead of the route's style. */
    readonly gateway = false,
  ) {
    super(message);
  }
}

/**
 * A valid key refused for what it may not do: 401 with the gateway body (what clients report Roblox
 * usually answers) or 403 `PERMISSION_DENIED` with `message` (what the docs describe).
 */
export function refused(mode: "401" | "403", message: string): HttpError {
  return mode === "401"
    ? new HttpError(401, "UNAUTHENTICATED", "Invalid API Key", 0, true)
    : new HttpError(403, "PERMISSION_DENIED", message);
}

export const badRequest = (message: string, legacyCode = 0) =>
  new HttpError(400, "INVALID_ARGUMENT", message, legacyCode);
export const notFound = (message: string, legacyCode = 0) =>
  new HttpError(404, "NOT_FOUND", message, legacyCode);
export const permissionDenied = (message: string) => new HttpError(403, "PERMISSION_DENIED", message);

export function errorBody(
  style: ErrorStyle,
  status: number,
  code: GrpcCode,
  message: string,
  legacyCode = 0,
): unknown {
  switch (style) {
    case "v2":
      return { code, message };
    case "assets":
      return { code: status, message };
    case "legacy":
      return { errors: [{ code: legacyCode, message }] };
  }
}

/** Gateway-level auth failures use the legacy shape on every API (errors.md). */
export function gatewayAuthBody(message = "Invalid API Key"): unknown {
  return { errors: [{ code: 0, message }] };
}

/** A 401's body: the legacy gateway shape, or with `unauthorizedBody: "v2"` the v2 shape on v2 paths. */
export function unauthorizedBody(
  mode: "legacy" | "v2",
  style: ErrorStyle,
  message = "Invalid API Key",
): unknown {
  return mode === "v2" && style === "v2" ? { code: "UNAUTHENTICATED", message } : gatewayAuthBody(message);
}

export function codeForStatus(status: number): GrpcCode {
  if (status === 503) return "UNAVAILABLE";
  if (status === 429) return "RESOURCE_EXHAUSTED";
  if (status === 404) return "NOT_FOUND";
  if (status === 403) return "PERMISSION_DENIED";
  if (status === 401) return "UNAUTHENTICATED";
  if (status >= 500) return "INTERNAL";
  return "INVALID_ARGUMENT";
}
