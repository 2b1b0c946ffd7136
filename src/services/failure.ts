import type { ServiceFailure } from "../errors.js";
import { OpenCloudError } from "./opencloud/index.js";

/** The plain failure behind an error from a Roblox call; undefined for anything else (a bug, a refusal). */
export function failureOf(error: unknown): ServiceFailure | undefined {
  if (!(error instanceof OpenCloudError)) return undefined;
  switch (error.kind) {
    case "rate_limited":
      return { kind: "rate_limited", retryAfterMs: error.retryAfterMs };
    case "unavailable":
      return { kind: "unavailable" };
    case "unauthenticated":
      return { kind: "unauthenticated", ipNotAllowed: error.code === "IP_NOT_ALLOWED" };
    case "permission_denied":
      return { kind: "permission_denied", missingScope: error.missingScope };
    default:
      return undefined;
  }
}
