import { json, type Reply } from "../http/reply.js";
import type { Route, RouteContext } from "../route.js";
import type { AuthorizationServer } from "./authorizationServer.js";
import { invalidRequest, OAuthError } from "./errors.js";
import { bearerToken, clientCredentials, readForm } from "./form.js";
import { consentPage, robloxErrorPage, signInPage } from "./pages.js";
import { fingerprint } from "./tokens.js";
import type { GrantedCreators, OAuthLogEntry } from "./types.js";

type Handler = (ctx: RouteContext, oauth: AuthorizationServer) => Promise<Reply> | Reply;

/** OAuth errors are `{ error, error_description }`; every answer is `no-store` (RFC 6749 §5.1). */
function oauthRoute(
  method: string,
  path: string,
  endpoint: OAuthLogEntry["endpoint"] | undefined,
  handle: Handler,
): Route {
  return {
    method,
    pattern: new RegExp(`^/oauth/${path.replace(/[.]/g, "\\.")}$`),
    family: "oauth",
    auth: "none",
    style: "legacy",
    handle: async (ctx) => {
      const oauth = ctx.state.oauth;
      try {
        const reply = await handle(ctx, oauth);
        reply.headers = { "cache-control": "no-store", ...reply.headers };
        return reply;
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        if (endpoint !== undefined && !("logged" in error)) oauth.record({ endpoint, outcome: error.error });
        return {
          status: error.status,
          body: { error: error.error, error_description: error.description, ...error.extra },
          headers: { "cache-control": "no-store" },
        };
      }
    },
  };
}

function redirect(target: string, params: Record<string, string | undefined>): Reply {
  const url = new URL(target);
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(name, value);
  return { status: 302, headers: { location: url.toString() } };
}

function authorize(ctx: RouteContext, oauth: AuthorizationServer): Reply {
  const q = ctx.query;
  const clientId = q.get("client_id") ?? "";
  const app = oauth.findApp(clientId);
  if (app === undefined) {
    oauth.record({ endpoint: "authorize", outcome: "invalid_client", clientId });
    return robloxErrorPage("invalid_client");
  }
  // An unregistered redirect URI never gets a redirect (RFC 6749 §4.1.2.1): exact string match.
  const redirectUri = q.get("redirect_uri") ?? "";
  if (!app.redirectUris.includes(redirectUri)) {
    oauth.record({ endpoint: "authorize", outcome: "invalid_redirect", clientId });
    return robloxErrorPage("invalid_redirect");
  }
  const state = q.get("state") ?? undefined;
  const fail = (error: string, description: string) => {
    oauth.record({ endpoint: "authorize", outcome: error, clientId });
    return redirect(redirectUri, { error, error_description: description, state });
  };
  if (q.get("response_type") !== "code")
    return fail("unsupported_response_type", "response_type must be code.");
  const scopes = (q.get("scope") ?? "").split(" ").filter((s) => s !== "");
  if (scopes.length === 0 || scopes.some((scope) => !app.scopes.includes(scope))) {
    return fail("invalid_scope", "The requested scope is not allowed for this app.");
  }
  // "If you select the profile scope, you must also select openid" (oauth2-registration.md).
  if (scopes.includes("profile") && !scopes.includes("openid")) {
    return fail("invalid_scope", "The profile scope requires openid.");
  }
  const codeChallenge = q.get("code_challenge") ?? undefined;
  if (codeChallenge !== undefined) {
    if (q.get("code_challenge_method") !== "S256") {
      return fail("invalid_request", "code_challenge_method must be S256.");
    }
    if (!/^[A-Za-z0-9_-]{43}$/.test(codeChallenge))
      return fail("invalid_request", "Malformed code_challenge.");
  }
  const signedIn = q.get("as_user") ?? sessionUser(ctx.req.headers.cookie);
  const user = signedIn === undefined ? undefined : ctx.state.world.getUser(signedIn);
  if (user === undefined) return signInPage(q, ctx.state.world.listUsers());
  // The browser stays signed in, as with Roblox's session cookie: another browser is another person.
  const session = { "set-cookie": `${SESSION_COOKIE}=${user.id}; Path=/oauth/; HttpOnly; SameSite=Lax` };
  const refusal = oauth.refusal(app, user.id);
  if (refusal !== undefined) {
    oauth.record({ endpoint: "authorize", outcome: refusal, clientId, userId: user.id });
    return withHeaders(robloxErrorPage(refusal), session);
  }
  const request = oauth.openRequest({
    clientId,
    redirectUri,
    scopes,
    userId: user.id,
    ...(state === undefined ? {} : { state }),
    ...(q.get("nonce") === null ? {} : { nonce: q.get("nonce") as string }),
    ...(codeChallenge === undefined ? {} : { codeChallenge }),
  });
  oauth.record({ endpoint: "authorize", outcome: "ok", clientId, userId: user.id });
  const uploadGroups = ctx.state.world
    .membershipsOfUser(user.id)
    .filter((m) => ctx.state.world.canUploadToGroup(user.id, m.groupId))
    .flatMap((m) => ctx.state.world.getGroup(m.groupId) ?? []);
  return withHeaders(consentPage(app, request, user, uploadGroups), session);
}

const SESSION_COOKIE = "ocemu_roblox_user";

function sessionUser(cookie: string | undefined): string | undefined {
  const match = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=(\\d+)`).exec(cookie ?? "");
  return match?.[1];
}

function withHeaders(reply: Reply, headers: Record<string, string>): Reply {
  return { ...reply, headers: { ...reply.headers, ...headers } };
}

async function decide(ctx: RouteContext, oauth: AuthorizationServer): Promise<Reply> {
  const form = await readForm(ctx.req);
  const request = oauth.takeRequest(form.get("request_id") ?? "");
  if (request === undefined) {
    oauth.record({ endpoint: "consent", outcome: "expired" });
    return robloxErrorPage("expired");
  }
  const base = { endpoint: "consent" as const, clientId: request.clientId, userId: request.userId };
  if (form.get("decision") !== "approve") {
    oauth.record({ ...base, outcome: "access_denied" });
    return redirect(request.redirectUri, {
      error: "access_denied",
      error_description: "The user denied the authorization request.",
      state: request.state,
    });
  }
  const app = oauth.findApp(request.clientId);
  const refusal = app === undefined ? "user_cap" : oauth.refusal(app, request.userId);
  if (refusal !== undefined) {
    oauth.record({ ...base, outcome: refusal });
    return robloxErrorPage(refusal);
  }
  const creators: GrantedCreators = { self: false, groupIds: [] };
  if (request.scopes.some((scope) => scope.startsWith("asset:"))) {
    for (const value of form.getAll("creator")) {
      if (value === "U") creators.self = true;
      else if (/^G\d+$/.test(value) && ctx.state.world.canUploadToGroup(request.userId, value.slice(1))) {
        creators.groupIds.push(value.slice(1));
      }
    }
  }
  const code = oauth.issueCode(request, creators);
  oauth.record({ ...base, outcome: "ok", tokenFingerprint: fingerprint(code) });
  return redirect(request.redirectUri, { code, state: request.state });
}

async function token(ctx: RouteContext, oauth: AuthorizationServer): Promise<Reply> {
  const form = await readForm(ctx.req);
  const client = clientCredentials(ctx.req, form);
  const grantType = form.get("grant_type") ?? "";
  const base = {
    endpoint: "token" as const,
    clientId: client.clientId,
    clientAuth: client.method,
    grantType,
  };
  const presented = grantType === "authorization_code" ? form.get("code") : form.get("refresh_token");
  const print = presented === null || presented === "" ? {} : { tokenFingerprint: fingerprint(presented) };
  try {
    const app = oauth.authenticateClient(client.clientId, client.clientSecret);
    let result: Awaited<ReturnType<AuthorizationServer["refresh"]>>;
    if (grantType === "authorization_code") {
      result = await oauth.exchangeCode(app, {
        ...(form.get("code") === null ? {} : { code: form.get("code") as string }),
        ...(form.get("code_verifier") === null ? {} : { code_verifier: form.get("code_verifier") as string }),
        ...(form.get("redirect_uri") === null ? {} : { redirect_uri: form.get("redirect_uri") as string }),
      });
    } else if (grantType === "refresh_token") {
      result = await oauth.refresh(app, form.get("refresh_token") ?? undefined);
    } else {
      throw new OAuthError(
        400,
        "unsupported_grant_type",
        "grant_type must be authorization_code or refresh_token.",
      );
    }
    oauth.record({ ...base, ...print, outcome: "ok", userId: result.grant.userId, grantId: result.grant.id });
    return json(result.answer);
  } catch (error) {
    if (error instanceof OAuthError) {
      oauth.record({ ...base, ...print, outcome: error.error });
      throw Object.assign(error, { logged: true });
    }
    throw error;
  }
}

/** The three client-authenticated endpoints that take a `token` field. */
async function tokenForm(
  ctx: RouteContext,
  oauth: AuthorizationServer,
  endpoint: "introspect" | "resources" | "revoke",
) {
  const form = await readForm(ctx.req);
  const client = clientCredentials(ctx.req, form);
  const app = oauth.authenticateClient(client.clientId, client.clientSecret);
  const presented = form.get("token") ?? "";
  if (presented === "") throw invalidRequest("token is required.");
  const entry = {
    endpoint,
    clientId: app.clientId,
    clientAuth: client.method,
    tokenKind: oauth.kindOf(presented),
    tokenFingerprint: fingerprint(presented),
  };
  return { app, presented, entry };
}

export const oauthRoutes: Route[] = [
  oauthRoute("GET", "v1/authorize", "authorize", authorize),
  oauthRoute("POST", "v1/authorize", "consent", decide),
  oauthRoute("POST", "v1/token", "token", token),
  oauthRoute("POST", "v1/token/revoke", "revoke", async (ctx, oauth) => {
    const { app, presented, entry } = await tokenForm(ctx, oauth, "revoke");
    const { grant } = oauth.revoke(app, presented);
    oauth.record({
      ...entry,
      outcome: "ok",
      ...(grant === undefined ? {} : { grantId: grant.id, userId: grant.userId }),
    });
    // "200 OK with an empty response" (oauth2-reference.md §POST v1/token/revoke).
    return { status: 200 };
  }),
  oauthRoute("POST", "v1/token/introspect", "introspect", async (ctx, oauth) => {
    const { app, presented, entry } = await tokenForm(ctx, oauth, "introspect");
    const answer = oauth.introspect(app, presented);
    oauth.record({ ...entry, outcome: answer.active === true ? "ok" : "inactive" });
    return json(answer);
  }),
  oauthRoute("POST", "v1/token/resources", "resources", async (ctx, oauth) => {
    const { app, presented, entry } = await tokenForm(ctx, oauth, "resources");
    const { grant } = oauth.requireAccess(presented);
    if (grant.clientId !== app.clientId)
      throw new OAuthError(401, "invalid_token", "The token was issued to another app.");
    oauth.record({ ...entry, outcome: "ok", grantId: grant.id, userId: grant.userId });
    // "U" = the authorizing user's own account (oauth2-reference.md); groups as "G<id>", as rblxopencloud
    // parses them (`rblxopencloud/oauth2.py`, fetch_resources).
    const resources: Record<string, { ids: string[] }> = {};
    if (grant.scopes.some((scope) => scope.startsWith("asset:"))) {
      resources.creator = {
        ids: [...(grant.creators.self ? ["U"] : []), ...grant.creators.groupIds.map((id) => `G${id}`)],
      };
    }
    return json({ resource_infos: [{ owner: { id: grant.userId, type: "User" }, resources }] });
  }),
  oauthRoute("GET", "v1/userinfo", "userinfo", (ctx, oauth) => {
    const presented = bearerToken(ctx.req);
    const { grant } = oauth.requireAccess(presented);
    if (!grant.scopes.includes("openid")) {
      // rblxopencloud reads `scope` from this 401 body.
      throw new OAuthError(401, "insufficient_scope", "The access token lacks the openid scope.", {
        scope: "openid",
      });
    }
    oauth.record({
      endpoint: "userinfo",
      outcome: "ok",
      clientId: grant.clientId,
      grantId: grant.id,
      userId: grant.userId,
    });
    return json(oauth.claims(grant));
  }),
  oauthRoute("GET", "v1/certs", undefined, async (_ctx, oauth) => json(await oauth.signer.jwks())),
  oauthRoute("GET", ".well-known/openid-configuration", undefined, (_ctx, oauth) =>
    json(discovery(oauth.issuer)),
  ),
];

/** Shape and values of oauth2-reference.md §Discovery, with the emulator's origin. */
function discovery(issuer: string): Record<string, unknown> {
  return {
    issuer,
    authorization_endpoint: `${issuer}v1/authorize`,
    token_endpoint: `${issuer}v1/token`,
    introspection_endpoint: `${issuer}v1/token/introspect`,
    revocation_endpoint: `${issuer}v1/token/revoke`,
    resources_endpoint: `${issuer}v1/token/resources`,
    userinfo_endpoint: `${issuer}v1/userinfo`,
    jwks_uri: `${issuer}v1/certs`,
    registration_endpoint: "https://create.roblox.com/dashboard/credentials",
    service_documentation: "https://create.roblox.com/docs/reference/cloud",
    scopes_supported: [
      "openid",
      "profile",
      "email",
      "verification",
      "credentials",
      "age",
      "premium",
      "roles",
    ],
    response_types_supported: ["none", "code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["ES256"],
    claims_supported: [
      "sub",
      "type",
      "iss",
      "aud",
      "exp",
      "iat",
      "nonce",
      "name",
      "nickname",
      "preferred_username",
      "created_at",
      "profile",
      "email",
      "email_verified",
      "verified",
      "age_bracket",
      "premium",
      "roles",
      "internal_user",
    ],
    token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic"],
  };
}
