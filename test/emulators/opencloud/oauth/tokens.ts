import { createHash, randomBytes } from "node:crypto";
import type { EmulatorClock } from "../clock.js";
import type { World } from "../world/world.js";
import { TokenSigner } from "./signing.js";
import type { AccessTokenRecord, Grant, OAuthLogEntry, OAuthSettings, RefreshTokenRecord } from "./types.js";

/** Lifetimes from creator-docs `cloud/auth/oauth2-reference.md` (§Authorization, §Token exchange). */
export const CODE_LIFETIME_MS = 60_000;
export const ACCESS_TOKEN_LIFETIME_MS = 15 * 60_000;
/** The token answer says `"expires_in": 899` (oauth2-reference.md, oauth2-develop.md). */
export const ACCESS_TOKEN_EXPIRES_IN = 899;
export const REFRESH_TOKEN_LIFETIME_MS = 90 * 24 * 3600_000;
/** (inference) `exp − iat` is 36,000 s in the ID token of oauth2-develop.md's example. */
export const ID_TOKEN_LIFETIME_S = 36_000;

export interface TokenAnswer {
  access_token: string;
  refresh_token: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
  id_token?: string;
}

export interface IdTokenRecord {
  jti: string;
  grantId: string;
  issuedAt: number;
  expiresAt: number;
}

/** First 12 hex digits of SHA-256: enough to correlate log entries, nothing to replay. */
export function fingerprint(secret: string): string {
  return createHash("sha256").update(secret).digest("hex").slice(0, 12);
}

export const opaque = (bytes: number) => randomBytes(bytes).toString("base64url");

/** `sub`, plus names, creation time, profile URL and headshot with `profile` (oauth2-reference.md §User Information). */
export function userClaims(world: World, grant: Grant): Record<string, unknown> {
  const user = world.getUser(grant.userId);
  if (user === undefined || !grant.scopes.includes("profile")) return { sub: grant.userId };
  const headshot = fingerprint(`${world.seed}/${user.id}`);
  return {
    sub: user.id,
    name: user.displayName,
    nickname: user.displayName,
    preferred_username: user.name,
    created_at: Math.floor(Date.parse(user.createTime) / 1000),
    profile: `https://www.roblox.com/users/${user.id}/profile`,
    picture: `https://tr.rbxcdn.com/30DAY-AvatarHeadshot-${headshot}-Png/150/150/AvatarHeadshot/Png/noFilter`,
  };
}

/** Every access, refresh and ID token issued, by its string. */
export class TokenStore {
  readonly access = new Map<string, AccessTokenRecord>();
  readonly refresh = new Map<string, RefreshTokenRecord>();
  readonly id = new Map<string, IdTokenRecord>();

  constructor(
    private readonly world: World,
    private readonly clock: EmulatorClock,
    private readonly signer: TokenSigner,
    private readonly settings: OAuthSettings,
    private readonly noteSecret: (value: string) => void,
  ) {
    this.forger = new TokenSigner(signer.kid);
  }

  /** A key of the same id the JWKS does not hold: what a forged ID token would be signed with. */
  private readonly forger: TokenSigner;

  kindOf(token: string): NonNullable<OAuthLogEntry["tokenKind"]> {
    if (this.access.has(token)) return "access_token";
    if (this.refresh.has(token)) return "refresh_token";
    if (this.id.has(token)) return "id_token";
    return "unknown";
  }

  /** A new access token, a new refresh token, and an ID token when `openid` was granted. */
  async issue(grant: Grant, issuer: string, nonce: string | undefined): Promise<TokenAnswer> {
    const now = this.clock.now();
    const iat = Math.floor(now / 1000);
    const standard = { nbf: iat, iat, iss: issuer, aud: grant.clientId };
    const accessJti = `AT.${opaque(15)}`;
    // Access tokens are ES256 JWTs on Roblox too (oauth2-develop.md's example); clients treat them as opaque.
    const accessToken = await this.signer.sign({
      ...standard,
      sub: grant.userId,
      aid: grant.id,
      scope: grant.scopes.join(" "),
      jti: accessJti,
      exp: iat + ACCESS_TOKEN_LIFETIME_MS / 1000,
    });
    this.access.set(accessToken, {
      token: accessToken,
      jti: accessJti,
      grantId: grant.id,
      issuedAt: now,
      expiresAt: now + ACCESS_TOKEN_LIFETIME_MS,
    });
    const refreshToken = `RT.${opaque(64)}`;
    this.refresh.set(refreshToken, {
      token: refreshToken,
      jti: `RT.${opaque(15)}`,
      grantId: grant.id,
      issuedAt: now,
      expiresAt: now + REFRESH_TOKEN_LIFETIME_MS,
      used: false,
    });
    const answer: TokenAnswer = {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: "Bearer",
      expires_in: ACCESS_TOKEN_EXPIRES_IN,
      scope: grant.scopes.join(" "),
    };
    if (grant.scopes.includes("openid")) {
      const jti = `ID.${opaque(15)}`;
      const fault = this.settings.idTokenFault;
      const idToken = await (fault === "bad-signature" ? this.forger : this.signer).sign({
        ...userClaims(this.world, grant),
        ...(nonce === undefined ? {} : { nonce }),
        ...standard,
        ...(fault === "wrong-audience" ? { aud: `${grant.clientId}0` } : {}),
        ...(fault === "wrong-issuer" ? { iss: `${issuer}other/` } : {}),
        jti,
        exp: fault === "expired" ? iat - 60 : iat + ID_TOKEN_LIFETIME_S,
      });
      this.id.set(idToken, {
        grantId: grant.id,
        issuedAt: now,
        expiresAt: now + ID_TOKEN_LIFETIME_S * 1000,
        jti,
      });
      answer.id_token = idToken;
    }
    for (const value of [answer.access_token, answer.refresh_token, answer.id_token]) {
      if (value !== undefined) this.noteSecret(value);
    }
    return answer;
  }
}
