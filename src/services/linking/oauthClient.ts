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
export type OAuthFailureKind = "exchange-refused" | "unreachable" | "id-token-invalid";

export class OAuthFailure extends Error {
  override readonly name = "OAuthFailure";
  constructor(readonly kind: OAuthFailureKind) {
    super(`Roblox sign-in failed: ${kind}`);
  }
}

const TIMEOUT_MS = 10_000;

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

  authorizeUrl(input: { state: string; nonce: string; verifier: string }): string {
    const url = new URL(`${this.#base}/v1/authorize`);
    url.search = new URLSearchParams({
      client_id: this.#options.clientId,
      redirect_uri: this.#options.redirectUri,
      scope: LINK_SCOPES.join(" "),
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
  ): Promise<{ idToken: string; refreshToken: string | undefined }> {
    const response = await this.#post("v1/token", {
      grant_type: "authorization_code",
      code,
      code_verifier: verifier,
      redirect_uri: this.#options.redirectUri,
    });
    const body = (await response.json().catch(() => undefined)) as
      | { id_token?: unknown; refresh_token?: unknown }
      | undefined;
    if (response.status >= 500) throw new OAuthFailure("unreachable");
    if (!response.ok || typeof body?.id_token !== "string") throw new OAuthFailure("exchange-refused");
    return {
      idToken: body.id_token,
      refreshToken: typeof body.refresh_token === "string" ? body.refresh_token : undefined,
    };
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
