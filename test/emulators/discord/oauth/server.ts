import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { VirtualClock } from "../clock.js";
import { readRaw, sendJson } from "../http-io.js";
import type { EmulatedUser, UserInput } from "../types.js";
import { toUser } from "../world.js";
import { type AuthorizeRequest, KNOWN_SCOPES, OAuthError, OAuthGrants } from "./grants.js";

/** The cookie that stands for "signed in to Discord" in a browser: its value is a known user's id. */
export const SIGNED_IN_COOKIE = "discord_emulator_user";

export interface OAuthSettings {
  /** Default the application id. */
  clientId?: string;
  /** Default a generated one. */
  clientSecret?: string;
  /** Registered redirect URIs; a redirect_uri must equal one of them exactly. */
  redirectUris?: string[];
}

export interface OAuthControls {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** Who is "signed in to Discord" when a request carries no cookie; null: nobody. Returns the user. */
  signIn(user: UserInput | null): EmulatedUser | null;
  /** Makes a user known, so a browser may sign in as them with the cookie. */
  addUser(user: UserInput): EmulatedUser;
  /**
   * What a member does on the consent page, without a browser: approve (default) or deny the authorize URL
   * as `user` (default the signed-in user). Resolves with the redirect Discord sends the browser to.
   */
  consent(authorizeUrl: string, opts?: { user?: UserInput; approve?: boolean }): string;
  /** Token requests made so far (grant type, status, error), without secrets. */
  tokenRequests: OAuthGrants["tokenRequests"];
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function cookieUser(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === SIGNED_IN_COOKIE && value) return decodeURIComponent(value);
  }
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Discord's OAuth2 web flow and endpoints: /oauth2/authorize (page + decision), token, revoke, users/@me. */
export class DiscordOAuth {
  readonly grants: OAuthGrants;
  readonly controls: OAuthControls;
  private readonly users = new Map<string, EmulatedUser>();
  private signedIn: EmulatedUser | null = null;
  /** Authorize requests waiting for the member's decision on the page, by an opaque id. */
  private readonly pending = new Map<string, AuthorizeRequest>();

  constructor(
    private readonly clock: VirtualClock,
    applicationId: string,
    settings: OAuthSettings = {},
  ) {
    this.grants = new OAuthGrants(clock);
    const clientId = settings.clientId ?? applicationId;
    const clientSecret = settings.clientSecret ?? randomBytes(24).toString("base64url");
    const redirectUris = [...(settings.redirectUris ?? [])];
    this.controls = {
      clientId,
      clientSecret,
      redirectUris,
      signIn: (user) => {
        this.signedIn = user === null ? null : this.remember(user);
        return this.signedIn;
      },
      addUser: (user) => this.remember(user),
      consent: (authorizeUrl, opts = {}) => {
        const request = this.parseAuthorize(new URL(authorizeUrl).searchParams);
        const user = opts.user ? this.remember(opts.user) : this.signedIn;
        if (!user) throw new Error("nobody is signed in to Discord");
        return this.decide(request, user, opts.approve ?? true);
      },
      tokenRequests: this.grants.tokenRequests,
    };
  }

  private remember(input: UserInput): EmulatedUser {
    const user = toUser(input);
    this.users.set(user.id, user);
    return user;
  }

  /** Whether the request is one of Discord's OAuth2 routes (a bearer-token /users/@me included). */
  owns(req: IncomingMessage, path: string): boolean {
    return (
      path === "/oauth2/authorize" ||
      /^\/api(\/v10)?\/oauth2\/token(\/revoke)?$/.test(path) ||
      (/^\/api(\/v10)?\/users\/@me$/.test(path) && (req.headers.authorization ?? "").startsWith("Bearer "))
    );
  }

  /** Handles an OAuth request; false when it is not one. */
  async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://emulator.local");
    try {
      if (path === "/oauth2/authorize" && method === "GET") {
        this.page(req, res, url.searchParams);
      } else if (path === "/oauth2/authorize" && method === "POST") {
        await this.pageDecision(req, res);
      } else if (/^\/api(\/v10)?\/oauth2\/token$/.test(path) && method === "POST") {
        await this.token(req, res);
      } else if (/^\/api(\/v10)?\/oauth2\/token\/revoke$/.test(path) && method === "POST") {
        const form = await this.clientForm(req);
        this.grants.revoke(form.get("token") ?? "");
        sendJson(res, 200, {});
      } else if (
        /^\/api(\/v10)?\/users\/@me$/.test(path) &&
        method === "GET" &&
        req.headers.authorization?.startsWith("Bearer ")
      ) {
        const user = this.grants.userFor(req.headers.authorization.slice("Bearer ".length), "identify");
        if (!user) sendJson(res, 401, { message: "401: Unauthorized", code: 0 });
        else sendJson(res, 200, { ...user, public_flags: 0, flags: 0, banner: null, accent_color: null });
      } else {
        return false;
      }
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      if (path.endsWith("/oauth2/authorize")) {
        res.writeHead(error.status, { "content-type": "text/html; charset=utf-8" });
        res.end(`<!DOCTYPE html><title>Discord</title><p>${escapeHtml(error.description)}</p>`);
      } else {
        sendJson(res, error.status, { error: error.error, error_description: error.description });
      }
    }
    return true;
  }

  /** Checks an authorize request as Discord does before showing the consent screen. */
  private parseAuthorize(query: URLSearchParams): AuthorizeRequest {
    if (query.get("client_id") !== this.controls.clientId) {
      throw new OAuthError(400, "invalid_client", "Unknown Application");
    }
    if (query.get("response_type") !== "code") {
      throw new OAuthError(400, "unsupported_response_type", "Invalid response_type");
    }
    const redirectUri = query.get("redirect_uri") ?? this.controls.redirectUris[0] ?? "";
    if (!this.controls.redirectUris.includes(redirectUri)) {
      throw new OAuthError(400, "invalid_request", "Invalid OAuth2 redirect_uri");
    }
    const scopes = (query.get("scope") ?? "").split(/[ +]/).filter((scope) => scope.length > 0);
    if (scopes.length === 0 || scopes.some((scope) => !KNOWN_SCOPES.has(scope))) {
      throw new OAuthError(400, "invalid_scope", "Invalid scope");
    }
    const codeChallenge = query.get("code_challenge");
    if (codeChallenge !== null && query.get("code_challenge_method") !== "S256") {
      throw new OAuthError(400, "invalid_request", "Invalid code_challenge_method: only S256 is supported");
    }
    return {
      clientId: this.controls.clientId,
      redirectUri,
      scopes,
      state: query.get("state"),
      codeChallenge,
    };
  }

  private decide(request: AuthorizeRequest, user: EmulatedUser, approve: boolean): string {
    const target = new URL(request.redirectUri);
    if (approve) target.searchParams.set("code", this.grants.issueCode(request, user));
    else {
      target.searchParams.set("error", "access_denied");
      target.searchParams.set(
        "error_description",
        "The resource owner or authorization server denied the request",
      );
    }
    if (request.state !== null) target.searchParams.set("state", request.state);
    return target.toString();
  }

  private userOf(req: IncomingMessage): EmulatedUser | null {
    const id = cookieUser(req);
    if (id !== undefined) return this.users.get(id) ?? null;
    return this.signedIn;
  }

  private page(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): void {
    const request = this.parseAuthorize(query);
    const user = this.userOf(req);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    if (!user) {
      res.end(
        `<!DOCTYPE html><html><head><title>Discord</title></head><body><h1>Log in to Discord</h1>` +
          `<p>You are not signed in. (Set the ${SIGNED_IN_COOKIE} cookie to a known user's id.)</p></body></html>`,
      );
      return;
    }
    const id = randomBytes(12).toString("base64url");
    this.pending.set(id, request);
    const name = escapeHtml(user.global_name ?? user.username);
    res.end(
      `<!DOCTYPE html><html><head><title>Discord — Authorize</title></head><body>` +
        `<h1>An external application wants to access your Discord account</h1>` +
        `<p id="signed-in-as" data-user-id="${escapeHtml(user.id)}">Signed in as ${name}</p>` +
        `<p>Scopes: <span id="scopes">${escapeHtml(request.scopes.join(" "))}</span></p>` +
        `<form method="post" action="/oauth2/authorize"><input type="hidden" name="request" value="${id}">` +
        `<button type="submit" name="decision" value="deny" id="deny">Cancel</button>` +
        `<button type="submit" name="decision" value="approve" id="approve">Authorize</button></form>` +
        `</body></html>`,
    );
  }

  private async pageDecision(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams((await readRaw(req)).toString("utf8"));
    const request = this.pending.get(form.get("request") ?? "");
    const user = this.userOf(req);
    if (!request || !user) throw new OAuthError(400, "invalid_request", "This authorization has expired.");
    this.pending.delete(form.get("request") ?? "");
    res.writeHead(302, { location: this.decide(request, user, form.get("decision") === "approve") });
    res.end();
  }

  /** The form of a token or revoke request, after client authentication (HTTP Basic or in the body). */
  private async clientForm(req: IncomingMessage): Promise<URLSearchParams> {
    const type = req.headers["content-type"] ?? "";
    const raw = (await readRaw(req)).toString("utf8");
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      throw new OAuthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
    }
    const form = new URLSearchParams(raw);
    let id = form.get("client_id");
    let secret = form.get("client_secret");
    const auth = req.headers.authorization;
    if (auth?.startsWith("Basic ")) {
      const decoded = Buffer.from(auth.slice(6), "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      id = decodeURIComponent(decoded.slice(0, colon));
      secret = decodeURIComponent(decoded.slice(colon + 1));
    }
    if (id !== this.controls.clientId || secret === null || !sameSecret(secret, this.controls.clientSecret)) {
      throw new OAuthError(401, "invalid_client", "Invalid client");
    }
    return form;
  }

  private async token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let grantType = "(unknown)";
    try {
      const form = await this.clientForm(req);
      grantType = form.get("grant_type") ?? "(none)";
      let body: Record<string, unknown>;
      if (grantType === "authorization_code") {
        body = this.grants.exchangeCode(
          this.controls.clientId,
          form.get("code") ?? "",
          form.get("redirect_uri"),
          form.get("code_verifier"),
        );
      } else if (grantType === "refresh_token") {
        body = this.grants.refresh(form.get("refresh_token") ?? "");
      } else {
        throw new OAuthError(400, "unsupported_grant_type", "Unsupported grant type");
      }
      this.grants.tokenRequests.push({ grantType, status: 200, time: this.clock.now() });
      sendJson(res, 200, body);
    } catch (error) {
      if (error instanceof OAuthError) {
        this.grants.tokenRequests.push({
          grantType,
          status: error.status,
          error: error.error,
          time: this.clock.now(),
        });
      }
      throw error;
    }
  }
}
