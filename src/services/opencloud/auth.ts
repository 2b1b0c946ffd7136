import { createHash } from "node:crypto";
import { OAUTH_OWNER_PREFIX } from "./limits.js";

export type OpenCloudAuth =
  | { kind: "apiKey"; key: string }
  | {
      kind: "bearer";
      token: string;
      /**
       * Whose per-authorization budget the call spends, when the caller knows the grant: the same across
       * the grant's access tokens (a new one every 15 minutes). Must start with `oauth:`.
       */
      rateOwner?: string;
    };

export function authHeaders(auth: OpenCloudAuth): Record<string, string> {
  return auth.kind === "apiKey" ? { "x-api-key": auth.key } : { authorization: `Bearer ${auth.token}` };
}

/** The secret inside an auth value, for scrubbing it out of any text we log or throw. */
export function authSecret(auth: OpenCloudAuth): string {
  return auth.kind === "apiKey" ? auth.key : auth.token;
}

/**
 * Identifies a credential for rate limiting without exposing it: a short SHA-256 digest.
 * Roblox counts API-key limits per key owner; callers that know the owner can pass it instead.
 */
export function rateOwnerKey(auth: OpenCloudAuth): string {
  if (auth.kind === "bearer" && auth.rateOwner?.startsWith(OAUTH_OWNER_PREFIX) === true)
    return auth.rateOwner;
  const digest = createHash("sha256").update(authSecret(auth)).digest("hex").slice(0, 24);
  return `${auth.kind === "apiKey" ? "key:" : OAUTH_OWNER_PREFIX}${digest}`;
}

/** The rate budget of one member's grant, whichever access token it is spending. */
export function grantRateOwner(discordUserId: string): string {
  return `${OAUTH_OWNER_PREFIX}grant:${discordUserId}`;
}

export function redactSecret(text: string, secret: string): string {
  return secret.length >= 4 ? text.split(secret).join("[redacted]") : text;
}
