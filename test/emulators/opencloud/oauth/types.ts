import type { ScopeName } from "../world/model.js";

/** An OAuth 2.0 app as registered on the Creator Dashboard (`cloud/auth/oauth2-registration.md`). */
export interface OAuthApp {
  clientId: string;
  clientSecret: string;
  /** Matched exactly, character for character. */
  redirectUris: string[];
  /** The scopes chosen at registration; an authorize request may ask for a subset. */
  scopes: ScopeName[];
  /** Unreviewed apps stay in "private mode with a limit of 10 unique users". */
  reviewed: boolean;
  name: string;
}

export type OAuthAppInput = Partial<OAuthApp> & { redirectUris: string[] };

export interface OAuthOptions {
  /** Apps registered at start; default one unreviewed app (see `DEFAULT_APP`). */
  apps?: OAuthAppInput[];
  /**
   * UNCONFIRMED: a refresh token presented a second time revokes the whole grant (RFC 9700 §4.14.2
   * reuse detection). Roblox documents only that a refresh token "can only be used once". Default true.
   */
  reuseRevokesGrant?: boolean;
  /** Unique users an unreviewed app may have; default 10. `Infinity` turns the cap off. */
  unreviewedUserCap?: number;
  /**
   * UNCONFIRMED: whether a user whose grant was revoked still counts toward the cap. Default true
   * ("unique users" read as every user who ever authorized the app).
   */
  capCountsRevokedUsers?: boolean;
}

export interface OAuthSettings {
  reuseRevokesGrant: boolean;
  unreviewedUserCap: number;
  capCountsRevokedUsers: boolean;
  /**
   * A fault for tests of the client's ID-token checks (not Roblox behaviour): the next ID tokens are
   * signed by a key the JWKS does not hold, name another app as their audience, another issuer, or
   * expired a minute before they were issued. Default none.
   */
  idTokenFault: "none" | "bad-signature" | "wrong-audience" | "wrong-issuer" | "expired";
}

/** What the user chose on the consent page for `asset:*` scopes: their own account and/or groups. */
export interface GrantedCreators {
  self: boolean;
  groupIds: string[];
}

export interface AuthorizationRequest {
  id: string;
  clientId: string;
  redirectUri: string;
  scopes: ScopeName[];
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  userId: string;
  createdAt: number;
}

export interface AuthorizationCode {
  code: string;
  clientId: string;
  redirectUri: string;
  userId: string;
  scopes: ScopeName[];
  creators: GrantedCreators;
  nonce?: string;
  codeChallenge?: string;
  issuedAt: number;
  used: boolean;
}

/** One authorization session: a user × an app, until revoked. */
export interface Grant {
  id: string;
  clientId: string;
  userId: string;
  scopes: ScopeName[];
  creators: GrantedCreators;
  createdAt: number;
  revoked: boolean;
  /** Why it was revoked, for the log and tests. */
  revokedBy?: "revoke" | "refresh-reuse";
}

export interface AccessTokenRecord {
  token: string;
  jti: string;
  grantId: string;
  issuedAt: number;
  expiresAt: number;
}

export interface RefreshTokenRecord {
  token: string;
  jti: string;
  grantId: string;
  issuedAt: number;
  expiresAt: number;
  used: boolean;
}

/** One request to /oauth/*, with every secret reduced to a fingerprint. */
export interface OAuthLogEntry {
  time: number;
  endpoint: "authorize" | "consent" | "token" | "introspect" | "resources" | "revoke" | "userinfo";
  /** "ok", an OAuth error code (`invalid_grant`), or a page outcome (`access_denied`, `user_cap`). */
  outcome: string;
  clientId?: string | undefined;
  clientAuth?: "basic" | "body" | "none" | undefined;
  grantType?: string | undefined;
  /** Which kind of token was presented (revoke, introspect, resources). */
  tokenKind?: "access_token" | "refresh_token" | "id_token" | "unknown" | undefined;
  /** First 12 hex digits of SHA-256 of the presented token or code: correlates, reveals nothing. */
  tokenFingerprint?: string | undefined;
  userId?: string | undefined;
  grantId?: string | undefined;
}
