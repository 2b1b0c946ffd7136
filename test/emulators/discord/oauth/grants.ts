import { createHash, randomBytes } from "node:crypto";
import type { VirtualClock } from "../clock.js";
import type { EmulatedUser } from "../types.js";

/**
 * Discord's OAuth2 authorization-code grant (discord-api-docs topics/oauth2, "Authorization Code Grant"):
 * /oauth2/authorize with client_id, response_type=code, redirect_uri (one of the app's registered URIs,
 * compared exactly), scope, state, and PKCE (code_challenge + code_challenge_method=S256); the code is
 * exchanged at /oauth2/token for `{ access_token, token_type: "Bearer", expires_in: 604800, refresh_token,
 * scope }`; a refresh_token grant returns a new pair; /oauth2/token/revoke revokes a token and its grant.
 * Discord does not publish the code's lifetime; 10 minutes (RFC 6749 §4.1.2's maximum) is assumed.
 */
export const ACCESS_TOKEN_SECONDS = 604_800;
export const CODE_LIFETIME_MS = 10 * 60_000;
/** Scopes a Discord app can ask for that this emulator knows. */
export const KNOWN_SCOPES = new Set([
  "identify",
  "email",
  "guilds",
  "guilds.members.read",
  "connections",
  "openid",
  "role_connections.write",
  "applications.commands",
]);

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string | null;
  codeChallenge: string | null;
}

interface CodeRecord extends AuthorizeRequest {
  user: EmulatedUser;
  issuedAt: number;
  used: boolean;
  grantId: string;
}

interface Grant {
  id: string;
  user: EmulatedUser;
  scopes: string[];
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  revoked: boolean;
}

export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

const secret = (): string => randomBytes(24).toString("base64url");

export class OAuthGrants {
  private readonly codes = new Map<string, CodeRecord>();
  private readonly grants = new Map<string, Grant>();
  /** Every token request, for tests counting refreshes (no secrets in it). */
  readonly tokenRequests: Array<{ grantType: string; status: number; error?: string; time: number }> = [];

  constructor(private readonly clock: VirtualClock) {}

  issueCode(request: AuthorizeRequest, user: EmulatedUser): string {
    const code = secret();
    this.codes.set(code, {
      ...request,
      user,
      issuedAt: this.clock.now(),
      used: false,
      grantId: secret(),
    });
    return code;
  }

  exchangeCode(
    clientId: string,
    code: string,
    redirectUri: string | null,
    verifier: string | null,
  ): Record<string, unknown> {
    const record = this.codes.get(code);
    if (!record || record.clientId !== clientId) {
      throw new OAuthError(400, "invalid_grant", 'Invalid "code" in request.');
    }
    if (record.used) {
      // A code used twice revokes what it gave (RFC 6749 §4.1.2).
      const grant = this.grants.get(record.grantId);
      if (grant) grant.revoked = true;
      throw new OAuthError(400, "invalid_grant", 'Invalid "code" in request.');
    }
    record.used = true;
    if (this.clock.now() - record.issuedAt > CODE_LIFETIME_MS) {
      throw new OAuthError(400, "invalid_grant", 'Invalid "code" in request.');
    }
    if (redirectUri !== record.redirectUri) {
      throw new OAuthError(400, "invalid_grant", 'Invalid "redirect_uri" in request.');
    }
    if (record.codeChallenge !== null) {
      const expected = verifier ? createHash("sha256").update(verifier).digest("base64url") : null;
      if (expected !== record.codeChallenge) {
        throw new OAuthError(400, "invalid_grant", 'Invalid "code_verifier" in request.');
      }
    }
    const grant: Grant = {
      id: record.grantId,
      user: record.user,
      scopes: record.scopes,
      accessToken: secret(),
      accessExpiresAt: this.clock.now() + ACCESS_TOKEN_SECONDS * 1000,
      refreshToken: secret(),
      revoked: false,
    };
    this.grants.set(grant.id, grant);
    return tokenResponse(grant);
  }

  refresh(refreshToken: string): Record<string, unknown> {
    const grant = [...this.grants.values()].find((g) => g.refreshToken === refreshToken && !g.revoked);
    if (!grant) throw new OAuthError(400, "invalid_grant", "Invalid refresh token");
    // A refresh token works once: the answer carries a new one and the old one is dead.
    grant.accessToken = secret();
    grant.refreshToken = secret();
    grant.accessExpiresAt = this.clock.now() + ACCESS_TOKEN_SECONDS * 1000;
    return tokenResponse(grant);
  }

  revoke(token: string): void {
    for (const grant of this.grants.values()) {
      if (grant.accessToken === token || grant.refreshToken === token) grant.revoked = true;
    }
  }

  /** The user behind a live bearer token with the given scope, or undefined. */
  userFor(accessToken: string, scope: string): EmulatedUser | undefined {
    const grant = [...this.grants.values()].find((g) => g.accessToken === accessToken);
    if (!grant || grant.revoked || grant.accessExpiresAt <= this.clock.now()) return undefined;
    return grant.scopes.includes(scope) ? grant.user : undefined;
  }
}

function tokenResponse(grant: Grant): Record<string, unknown> {
  return {
    access_token: grant.accessToken,
    token_type: "Bearer",
    expires_in: ACCESS_TOKEN_SECONDS,
    refresh_token: grant.refreshToken,
    scope: grant.scopes.join(" "),
  };
}
