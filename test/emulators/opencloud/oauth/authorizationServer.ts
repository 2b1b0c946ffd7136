import { createHash, timingSafeEqual } from "node:crypto";
import type { EmulatorClock } from "../clock.js";
import type { World } from "../world/world.js";
import { invalidClient, invalidGrant, invalidRequest, invalidToken } from "./errors.js";
import { TokenSigner } from "./signing.js";
import { CODE_LIFETIME_MS, opaque, type TokenAnswer, TokenStore, userClaims } from "./tokens.js";
import type {
  AccessTokenRecord,
  AuthorizationCode,
  AuthorizationRequest,
  Grant,
  GrantedCreators,
  OAuthApp,
  OAuthAppInput,
  OAuthLogEntry,
  OAuthOptions,
  OAuthSettings,
} from "./types.js";

/** An open consent page stays usable this long (emulator choice). */
const CONSENT_LIFETIME_MS = 10 * 60_000;

/** oauth2-develop.md: "unreserved characters … minimum length of 43 characters and a maximum length of 128". */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

export type UserRefusal = "under_13" | "user_cap";

/** Roblox's OAuth 2.0 authorization server: apps, consent requests, codes, grants and tokens. */
export class AuthorizationServer {
  readonly settings: OAuthSettings;
  readonly log: OAuthLogEntry[] = [];
  /** Every secret value the server issued or was sent (client secrets, states, nonces, challenges, codes, verifiers, tokens). */
  readonly secrets = new Set<string>();
  readonly signer: TokenSigner;
  /** `https://apis.roblox.com/oauth/` on Roblox; the emulator's own origin here (set once listening). */
  issuer = "http://emulator.local/oauth/";
  private readonly apps = new Map<string, OAuthApp>();
  private readonly requests = new Map<string, AuthorizationRequest>();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly grants = new Map<string, Grant>();
  private readonly tokens: TokenStore;
  private readonly under13 = new Set<string>();
  private appCounter = 0;

  constructor(
    private readonly world: World,
    readonly clock: EmulatorClock,
    options: OAuthOptions,
  ) {
    this.settings = {
      reuseRevokesGrant: options.reuseRevokesGrant ?? true,
      unreviewedUserCap: options.unreviewedUserCap ?? 10,
      capCountsRevokedUsers: options.capCountsRevokedUsers ?? true,
      idTokenFault: "none",
    };
    this.signer = new TokenSigner(`ocemu-${world.seed}`);
    this.tokens = new TokenStore(world, clock, this.signer, this.settings, (value) => this.noteSecret(value));
    for (const app of options.apps ?? []) this.registerApp(app);
  }

  registerApp(input: OAuthAppInput): OAuthApp {
    const counter = this.appCounter++;
    const app: OAuthApp = {
      clientId:
        input.clientId ?? String(8_400_000_000_000_000_000n + BigInt(this.world.seed * 1000 + counter)),
      clientSecret: input.clientSecret ?? `RBX-${opaque(48)}`,
      redirectUris: [...input.redirectUris],
      scopes: [...(input.scopes ?? ["openid", "profile"])],
      reviewed: input.reviewed ?? false,
      name: input.name ?? `Emulated app ${counter + 1}`,
    };
    if (this.apps.has(app.clientId)) throw new Error(`OAuth app ${app.clientId} already exists`);
    this.apps.set(app.clientId, app);
    this.noteSecret(app.clientSecret);
    return app;
  }

  firstApp(): OAuthApp | undefined {
    return this.apps.values().next().value;
  }

  findApp(clientId: string): OAuthApp | undefined {
    return this.apps.get(clientId);
  }

  /** Accounts under 13 may not authorize any app (creator-docs `cloud/auth/oauth2-overview.md`). */
  markUnder13(userId: string): void {
    this.under13.add(userId);
  }

  record(entry: Omit<OAuthLogEntry, "time">): void {
    this.log.push({ time: this.clock.now(), ...entry });
  }

  /** The client secret from HTTP Basic or the body; 400 when missing or wrong. */
  authenticateClient(clientId: string | undefined, secret: string | undefined): OAuthApp {
    const app = clientId === undefined ? undefined : this.apps.get(clientId);
    if (app === undefined || secret === undefined || !constantTimeEqual(secret, app.clientSecret)) {
      throw invalidClient();
    }
    return app;
  }

  /** The users who count toward an unreviewed app's cap. */
  capUsers(clientId: string): Set<string> {
    const users = new Set<string>();
    for (const grant of this.grants.values()) {
      if (grant.clientId !== clientId) continue;
      if (grant.revoked && !this.settings.capCountsRevokedUsers) continue;
      users.add(grant.userId);
    }
    return users;
  }

  /** Why Roblox would show its own error page instead of consent, if it would. */
  refusal(app: OAuthApp, userId: string): UserRefusal | undefined {
    if (this.under13.has(userId)) return "under_13";
    if (app.reviewed) return undefined;
    const users = this.capUsers(app.clientId);
    if (!users.has(userId) && users.size >= this.settings.unreviewedUserCap) return "user_cap";
    return undefined;
  }

  /** Remembers a secret for `secretsSeen()`, so tests can check that none leaks out of the client. */
  noteSecret(value: string | undefined): void {
    if (value !== undefined && value.length >= 8) this.secrets.add(value);
  }

  openRequest(input: Omit<AuthorizationRequest, "id" | "createdAt">): AuthorizationRequest {
    for (const value of [input.state, input.nonce, input.codeChallenge]) this.noteSecret(value);
    const request: AuthorizationRequest = { ...input, id: opaque(18), createdAt: this.clock.now() };
    this.requests.set(request.id, request);
    return request;
  }

  /** The open consent request, used up by the decision. */
  takeRequest(id: string): AuthorizationRequest | undefined {
    const request = this.requests.get(id);
    if (request === undefined) return undefined;
    this.requests.delete(id);
    if (this.clock.now() - request.createdAt > CONSENT_LIFETIME_MS) return undefined;
    return request;
  }

  issueCode(request: AuthorizationRequest, creators: GrantedCreators): string {
    const code: AuthorizationCode = {
      code: opaque(96),
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      userId: request.userId,
      scopes: request.scopes,
      creators,
      issuedAt: this.clock.now(),
      used: false,
      ...(request.nonce === undefined ? {} : { nonce: request.nonce }),
      ...(request.codeChallenge === undefined ? {} : { codeChallenge: request.codeChallenge }),
    };
    this.codes.set(code.code, code);
    this.noteSecret(code.code);
    return code.code;
  }

  /** Code: one minute, redeemable once; PKCE S256 checked when a challenge was sent. */
  async exchangeCode(
    app: OAuthApp,
    form: { code?: string; code_verifier?: string; redirect_uri?: string },
  ): Promise<{ answer: TokenAnswer; grant: Grant }> {
    this.noteSecret(form.code_verifier);
    if (form.code === undefined || form.code === "") throw invalidRequest("code is required.");
    const code = this.codes.get(form.code);
    if (code === undefined || code.clientId !== app.clientId) {
      throw invalidGrant(401, "The code is invalid.");
    }
    if (code.used) throw invalidGrant(401, "The code has already been used.");
    if (this.clock.now() - code.issuedAt > CODE_LIFETIME_MS) throw invalidGrant(401, "The code has expired.");
    if (form.redirect_uri !== undefined && form.redirect_uri !== code.redirectUri) {
      throw invalidRequest("redirect_uri does not match the authorization request.");
    }
    if (code.codeChallenge !== undefined) {
      const verifier = form.code_verifier;
      if (verifier === undefined || !VERIFIER.test(verifier)) {
        throw invalidGrant(401, "code_verifier is missing or malformed.");
      }
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      if (challenge !== code.codeChallenge)
        throw invalidGrant(401, "code_verifier does not match the code_challenge.");
    }
    code.used = true;
    const grant: Grant = {
      id: opaque(12),
      clientId: app.clientId,
      userId: code.userId,
      scopes: code.scopes,
      creators: code.creators,
      createdAt: this.clock.now(),
      revoked: false,
    };
    this.grants.set(grant.id, grant);
    return { answer: await this.tokens.issue(grant, this.issuer, code.nonce), grant };
  }

  /** Refresh tokens work once; a new one comes with every answer (rotation). */
  async refresh(app: OAuthApp, token: string | undefined): Promise<{ answer: TokenAnswer; grant: Grant }> {
    if (token === undefined || token === "") throw invalidRequest("refresh_token is required.");
    const record = this.tokens.refresh.get(token);
    const grant = record === undefined ? undefined : this.grants.get(record.grantId);
    if (record === undefined || grant === undefined || grant.clientId !== app.clientId) {
      throw invalidGrant(400, "The refresh token is invalid.");
    }
    if (record.used) {
      if (this.settings.reuseRevokesGrant && !grant.revoked) this.revokeGrant(grant, "refresh-reuse");
      throw invalidGrant(400, "The refresh token has already been used.");
    }
    if (grant.revoked) throw invalidGrant(400, "The authorization has been revoked.");
    if (this.clock.now() >= record.expiresAt) throw invalidGrant(400, "The refresh token has expired.");
    record.used = true;
    return { answer: await this.tokens.issue(grant, this.issuer, undefined), grant };
  }

  /** `v1/token/revoke` takes the refresh token and ends the authorization session. */
  revoke(app: OAuthApp, token: string): { kind: OAuthLogEntry["tokenKind"]; grant?: Grant } {
    const kind = this.kindOf(token);
    if (kind !== "refresh_token") return { kind };
    const grant = this.grants.get(this.tokens.refresh.get(token)?.grantId ?? "");
    if (grant === undefined || grant.clientId !== app.clientId) return { kind };
    if (!grant.revoked) this.revokeGrant(grant, "revoke");
    return { kind, grant };
  }

  revokeGrant(grant: Grant, by: NonNullable<Grant["revokedBy"]>): void {
    grant.revoked = true;
    grant.revokedBy = by;
  }

  kindOf(token: string): NonNullable<OAuthLogEntry["tokenKind"]> {
    return this.tokens.kindOf(token);
  }

  /** A usable access token: known, not expired, its grant not revoked. */
  activeAccess(token: string): { record: AccessTokenRecord; grant: Grant } | undefined {
    const record = this.tokens.access.get(token);
    if (record === undefined || this.clock.now() >= record.expiresAt) return undefined;
    const grant = this.grants.get(record.grantId);
    if (grant === undefined || grant.revoked) return undefined;
    return { record, grant };
  }

  requireAccess(token: string | undefined): { record: AccessTokenRecord; grant: Grant } {
    const active = token === undefined ? undefined : this.activeAccess(token);
    if (active === undefined) throw invalidToken();
    return active;
  }

  /**
   * Introspection looks at lifetimes only: "Even if the user has revoked the authorization linked to the
   * access token, the endpoint still shows the access token as … [active]" (oauth2-reference.md).
   */
  introspect(app: OAuthApp, token: string): Record<string, unknown> {
    const now = this.clock.now();
    const access = this.tokens.access.get(token);
    const refresh = this.tokens.refresh.get(token);
    const id = this.tokens.id.get(token);
    const found = access ?? (refresh?.used === false ? refresh : undefined) ?? id;
    const grant = found === undefined ? undefined : this.grants.get(found.grantId);
    if (
      found === undefined ||
      grant === undefined ||
      grant.clientId !== app.clientId ||
      now >= found.expiresAt
    ) {
      return { active: false };
    }
    return {
      active: true,
      jti: found.jti,
      iss: this.issuer,
      token_type: "Bearer",
      client_id: app.clientId,
      aud: app.clientId,
      sub: grant.userId,
      scope: grant.scopes.join(" "),
      exp: Math.floor(found.expiresAt / 1000),
      iat: Math.floor(found.issuedAt / 1000),
    };
  }

  claims(grant: Grant): Record<string, unknown> {
    return userClaims(this.world, grant);
  }

  grantsOf(clientId?: string): Grant[] {
    return [...this.grants.values()].filter((grant) => clientId === undefined || grant.clientId === clientId);
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash("sha256").update(a).digest();
  const right = createHash("sha256").update(b).digest();
  return timingSafeEqual(left, right);
}
