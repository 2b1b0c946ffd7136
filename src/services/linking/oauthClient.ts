import { createHash } from "node:crypto";
import { createRemoteJWKSet, jwtVerify } from "jose";
import type { Clock } from "../../clock.js";
import { sameSecret } from "./sealing.js";

/** Identity only: `openid` for `sub`, `profile` for the names and headshot the confirm page shows. */
export const LINK_SCOPES = ["openid", "profile"] as const;

export interface RobloxOAuthOptions {
  /** https://apis.roblox.com (or a stand-in); the OAuth endpoints live under /oauth. */
  readonly apisUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly clock: Clock;
}

/** Who signed in on Roblox, from a verified ID token. `sub` is the user ID and the only key. */
export interface RobloxIdentity {
  readonly sub: string;
  readonly username: string | undefined;
  readonly displayName: string | undefined;
  readonly picture: string | undefined;
}

/** Why a sign-in came to nothing, without anything Roblox said (its descriptions are not shown or logged). */
export type OAuthFailureKind = "exchange-refused" | "unreachable" | "id-token-invalid" | "grant-invalid";

/** What a token answer carried, beyond the ID token. */
export interface GrantTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Seconds, as Roblox said (899 for its 15 minutes). */
  readonly expiresIn: number;
  /** The scopes granted, space-separated in the answer. */
  readonly scopes: readonly string[];
}

export class OAuthFailure extends Error {
  override readonly name = "OAuthFailure";
  constructor(readonly kind: OAuthFailureKind) {
    super(`Roblox sign-in failed: ${kind}`);
  }
}

const TIMEOUT_MS = 10_000;

interface TokenAnswer {
  readonly id_token?: unknown;
  readonly access_token?: unknown;
  readonly refresh_token?: unknown;
  readonly expires_in?: unknown;
  readonly scope?: unknown;
  readonly error?: unknown;
}

function grantTokensOf(body: TokenAnswer): GrantTokens | undefined {
  const { access_token, refresh_token, expires_in, scope } = body;
  if (typeof access_token !== "string" || typeof refresh_token !== "string") return undefined;
  return {
    accessToken: access_token,
    refreshToken: refresh_token,
    expiresIn: typeof expires_in === "number" && expires_in > 0 ? expires_in : 899,
    scopes: typeof scope === "string" ? scope.split(" ").filter((name) => name !== "") : [],
  };
}

/** The S256 PKCE challenge of a verifier (RFC 7636 §4.2). */
export function pkceChallenge(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

/** Roblox's OAuth 2.0 endpoints as a confidential client: client secret and PKCE S256 both. */
export class RobloxOAuth {
  readonly #options: RobloxOAuthOptions;
  readonly #base: string;
  readonly #jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(options: RobloxOAuthOptions) {
    this.#options = options;
    this.#base = `${options.apisUrl}/oauth`;
    this.#jwks = createRemoteJWKSet(new URL(`${this.#base}/v1/certs`), { timeoutDuration: TIMEOUT_MS });
  }

  /** Roblox's issuer: `https://apis.roblox.com/oauth/` (the discovery document's `issuer`). */
  get issuer(): string {
    return `${this.#base}/`;
  }

  /** The consent page: identity, and any scope a feature asks for on top (`extraScopes`). */
  authorizeUrl(input: {
    state: string;
    nonce: string;
    verifier: string;
    extraScopes?: readonly string[] | undefined;
  }): string {
    const url = new URL(`${this.#base}/v1/authorize`);
    const scopes = [...new Set([...LINK_SCOPES, ...(input.extraScopes ?? [])])];
    url.search = new URLSearchParams({
      client_id: this.#options.clientId,
      redirect_uri: this.#options.redirectUri,
      scope: scopes.join(" "),
      response_type: "code",
      state: input.state,
      nonce: input.nonce,
      code_challenge: pkceChallenge(input.verifier),
      code_challenge_method: "S256",
    }).toString();
    return url.toString();
  }

  /** POST v1/token with the client secret in HTTP Basic. Refusals and failures carry no detail. */
  async #post(path: string, form: Record<string, string>): Promise<Response> {
    const { clientId, clientSecret } = this.#options;
    const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString(
      "base64",
    );
    try {
      return await fetch(`${this.#base}/${path}`, {
        method: "POST",
        headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form).toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new OAuthFailure("unreachable");
    }
  }

  /** Redeems the code (it lives one minute and works once) for tokens. */
  async exchange(
    code: string,
    verifier: string,
  ): Promise<{ idToken: string; refreshToken: string | undefined; grant: GrantTokens | undefined }> {
    const response = await this.#post("v1/token", {
      grant_type: "authorization_code",
      code,
      code_verifier: verifier,
      redirect_uri: this.#options.redirectUri,
    });
    const body = (await response.json().catch(() => undefined)) as TokenAnswer | undefined;
    if (response.status >= 500) throw new OAuthFailure("unreachable");
    if (!response.ok || typeof body?.id_token !== "string") throw new OAuthFailure("exchange-refused");
    return {
      idToken: body.id_token,
      refreshToken: typeof body.refresh_token === "string" ? body.refresh_token : undefined,
      grant: grantTokensOf(body),
    };
  }

  /**
   * Trades a refresh token (it works once) for a new access token and a new refresh token, which must
   * replace the old one. A refusal (`invalid_grant`: revoked, expired, already used) is "grant-invalid";
   * anything else, Roblox being down included, is "unreachable" and leaves the grant as it was.
   */
  async refresh(refreshToken: string): Promise<GrantTokens> {
    const response = await this.#post("v1/token", {
      grant_type: "refresh_token",
      refresh_token: refreshToken,
    });
    const body = (await response.json().catch(() => undefined)) as TokenAnswer | undefined;
    if (response.ok) {
      const tokens = body === undefined ? undefined : grantTokensOf(body);
      if (tokens !== undefined) return tokens;
      throw new OAuthFailure("unreachable");
    }
    if ((response.status === 400 || response.status === 401) && body?.error === "invalid_grant") {
      throw new OAuthFailure("grant-invalid");
    }
    throw new OAuthFailure("unreachable");
  }

  /** Signature by a key of Roblox's JWKS (ES256), issuer, audience, expiry (by the bot's clock), nonce. */
  async verifyIdToken(idToken: string, nonce: string): Promise<RobloxIdentity> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(idToken, this.#jwks, {
        issuer: this.issuer,
        audience: this.#options.clientId,
        algorithms: ["ES256"],
        currentDate: new Date(this.#options.clock.now()),
        requiredClaims: ["sub", "exp", "iat", "nonce"],
      }));
    } catch {
      throw new OAuthFailure("id-token-invalid");
    }
    const sub = payload.sub;
    if (typeof payload.nonce !== "string" || !sameSecret(payload.nonce, nonce)) {
      throw new OAuthFailure("id-token-invalid");
    }
    if (typeof sub !== "string" || !/^\d{1,20}$/.test(sub)) throw new OAuthFailure("id-token-invalid");
    const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);
    const picture = text(payload.picture);
    return {
      sub,
      username: text(payload.preferred_username),
      displayName: text(payload.name),
      picture: picture?.startsWith("https://") ? picture : undefined,
    };
  }

  /** Ends the grant (v1/token/revoke takes the refresh token); true when Roblox said 200. */
  async revoke(refreshToken: string): Promise<boolean> {
    try {
      const response = await this.#post("v1/token/revoke", { token: refreshToken });
      await response.body?.cancel();
      return response.ok;
    } catch {
      return false;
    }
  }
}
