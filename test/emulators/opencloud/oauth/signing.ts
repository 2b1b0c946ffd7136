import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { exportJWK, type JWK, type JWTPayload, SignJWT } from "jose";

/**
 * The ES256 key the emulator signs ID and access tokens with. Roblox's discovery document lists
 * `id_token_signing_alg_values_supported: ["ES256"]` and `jwks_uri: …/oauth/v1/certs`, and its tokens
 * carry a `kid` header (creator-docs `cloud/auth/oauth2-reference.md` §Discovery, `oauth2-develop.md`).
 */
export class TokenSigner {
  readonly kid: string;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(kid: string) {
    this.kid = kid;
    const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  sign(payload: JWTPayload): Promise<string> {
    return new SignJWT(payload)
      .setProtectedHeader({ alg: "ES256", kid: this.kid, typ: "JWT" })
      .sign(this.privateKey);
  }

  /** The JWKS served at /oauth/v1/certs. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const jwk = await exportJWK(this.publicKey);
    return { keys: [{ ...jwk, kid: this.kid, alg: "ES256", use: "sig" }] };
  }
}
