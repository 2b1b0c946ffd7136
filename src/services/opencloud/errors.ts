/** What a caller can do about a failed Open Cloud call. */
export type OpenCloudErrorKind =
  | "not_found"
  | "permission_denied"
  | "invalid_argument"
  | "rate_limited"
  | "unavailable"
  | "unauthenticated"
  | "unknown";

export interface OpenCloudErrorInit {
  kind: OpenCloudErrorKind;
  /** HTTP status, or 0 when no response arrived (connection error, timeout). */
  status: number;
  /** The server's error code (`NOT_FOUND`, `INSUFFICIENT_SCOPE`, `0`, …) or the transport error code. */
  code?: string;
  message: string;
  missingScope?: string;
  retryAfterMs?: number;
  cause?: unknown;
}

export class OpenCloudError extends Error {
  override readonly name: string = "OpenCloudError";
  readonly kind: OpenCloudErrorKind;
  readonly status: number;
  readonly code: string | undefined;
  readonly missingScope: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: OpenCloudErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.missingScope = init.missingScope;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** A filter that the inventory API would reject, raised before any request is made. */
export class InvalidFilterError extends Error {
  override readonly name = "InvalidFilterError";
  readonly conflict: readonly string[];

  constructor(message: string, conflict: readonly string[] = []) {
    super(message);
    this.conflict = conflict;
  }
}

/** The bytes streamed for an upload did not match the size the caller declared. */
export class UploadSizeMismatchError extends Error {
  override readonly name = "UploadSizeMismatchError";
}
