import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../index.js";
import {
  approvedCode,
  authorizeUrl,
  bearerGet,
  clientFields,
  grantTokens,
  pkcePair,
  postForm,
} from "./flowHelpers.js";
import type { OAuthApp } from "./types.js";

let emu: OpenCloudEmulator;
let app: OAuthApp;
beforeAll(async () => {
  emu = await startOpenCloudEmulator({ rateLimits: "off" });
  app = emu.oauth.defaultApp as OAuthApp;
});
afterAll(() => emu.close());

const user = () => emu.world.subjects.smallUser;
const exchange = (code: string, verifier: string, extra: Record<string, string> = {}) =>
  postForm(emu, "/oauth/v1/token", {
    ...clientFields(app),
    grant_type: "authorization_code",
    code,
    code_verifier: verifier,
    ...extra,
  });

describe("OAuth discovery and keys", () => {
  it("serves the discovery document for its own origin and an ES256 JWKS", async () => {
    const discovery = await (await fetch(`${emu.url}/oauth/.well-known/openid-configuration`)).json();
    expect(discovery).toMatchObject({
      issuer: `${emu.url}/oauth/`,
      authorization_endpoint: `${emu.url}/oauth/v1/authorize`,
      token_endpoint: `${emu.url}/oauth/v1/token`,
      revocation_endpoint: `${emu.url}/oauth/v1/token/revoke`,
      jwks_uri: `${emu.url}/oauth/v1/certs`,
      id_token_signing_alg_values_supported: ["ES256"],
      token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic"],
    });
    const jwks = (await (await fetch(`${emu.url}/oauth/v1/certs`)).json()) as {
      keys: Array<Record<string, unknown>>;
    };
    expect(jwks.keys).toEqual([
      expect.objectContaining({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig", kid: expect.any(String) }),
    ]);
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });
});

describe("authorization code flow", () => {
  it("redirects with code and state, and the code buys tokens with the real lifetimes", async () => {
    const { verifier, challenge } = pkcePair();
    const outcome = await emu.oauth.consent(
      authorizeUrl(emu, app, { challenge, state: "s-42", nonce: "n-1" }),
      {
        userId: user().userId,
      },
    );
    expect(outcome.kind).toBe("redirect");
    if (outcome.kind !== "redirect") return;
    expect(`${outcome.location.origin}${outcome.location.pathname}`).toBe(app.redirectUris[0]);
    expect(outcome.location.searchParams.get("state")).toBe("s-42");
    const answer = await exchange(outcome.location.searchParams.get("code") as string, verifier);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.body).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      id_token: expect.any(String),
      token_type: "Bearer",
      expires_in: 899,
      scope: "openid profile",
    });
  });

  it("signs an ID token that verifies against the JWKS with the right claims", async () => {
    const tokens = await grantTokens(emu, app, { userId: user().userId }, { nonce: "nonce-xyz" });
    const jwks = createRemoteJWKSet(new URL(`${emu.url}/oauth/v1/certs`));
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token as string, jwks, {
      issuer: `${emu.url}/oauth/`,
      audience: app.clientId,
      algorithms: ["ES256"],
    });
    expect(protectedHeader.alg).toBe("ES256");
    expect(payload).toMatchObject({
      sub: user().userId,
      nonce: "nonce-xyz",
      name: user().displayName,
      nickname: user().displayName,
      preferred_username: user().username,
      picture: expect.stringMatching(/^https:\/\/tr\.rbxcdn\.com\//),
    });
    expect((payload.exp as number) - (payload.iat as number)).toBe(36_000);
    // Another app's audience does not verify.
    await expect(jwtVerify(tokens.id_token as string, jwks, { audience: "someone-else" })).rejects.toThrow();
    expect(decodeProtectedHeader(tokens.access_token).alg).toBe("ES256");
  });

  it("without profile the ID token and userinfo carry only sub", async () => {
    const tokens = await grantTokens(emu, app, { userId: user().userId }, { scope: "openid" });
    const jwks = createRemoteJWKSet(new URL(`${emu.url}/oauth/v1/certs`));
    const { payload } = await jwtVerify(tokens.id_token as string, jwks, { audience: app.clientId });
    expect(payload.sub).toBe(user().userId);
    expect(payload).not.toHaveProperty("name");
    const info = await bearerGet(emu, "/oauth/v1/userinfo", tokens.access_token);
    expect(info).toMatchObject({ status: 200, body: { sub: user().userId } });
    expect(Object.keys(info.body)).toEqual(["sub"]);
  });

  it("userinfo with profile gives names, creation time, profile and picture", async () => {
    const tokens = await grantTokens(emu, app, { userId: user().userId });
    const info = await bearerGet(emu, "/oauth/v1/userinfo", tokens.access_token);
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      sub: user().userId,
      name: user().displayName,
      nickname: user().displayName,
      preferred_username: user().username,
      created_at: expect.any(Number),
      profile: `https://www.roblox.com/users/${user().userId}/profile`,
      picture: expect.stringMatching(/^https:\/\//),
    });
  });

  it("userinfo without openid is 401 insufficient_scope", async () => {
    const tokens = await grantTokens(emu, app, { userId: user().userId }, { scope: "group:read" });
    expect(tokens).not.toHaveProperty("id_token");
    const info = await bearerGet(emu, "/oauth/v1/userinfo", tokens.access_token);
    expect(info).toMatchObject({ status: 401, body: { error: "insufficient_scope", scope: "openid" } });
  });

  it("accepts HTTP Basic client authentication", async () => {
    const { verifier, challenge } = pkcePair();
    const code = await approvedCode(emu, app, { userId: user().userId }, { challenge });
    const answer = await postForm(
      emu,
      "/oauth/v1/token",
      { grant_type: "authorization_code", code, code_verifier: verifier },
      { id: app.clientId, secret: app.clientSecret },
    );
    expect(answer.status).toBe(200);
    expect(emu.oauth.log.at(-1)).toMatchObject({ endpoint: "token", clientAuth: "basic", outcome: "ok" });
  });

  it("a code works once", async () => {
    const { verifier, challenge } = pkcePair();
    const code = await approvedCode(emu, app, { userId: user().userId }, { challenge });
    expect((await exchange(code, verifier)).status).toBe(200);
    const again = await exchange(code, verifier);
    expect(again).toMatchObject({ status: 401, body: { error: "invalid_grant" } });
  });

  it("a code older than one minute is refused", async () => {
    const { verifier, challenge } = pkcePair();
    const code = await approvedCode(emu, app, { userId: user().userId }, { challenge });
    emu.clock.advance(60_001);
    expect(await exchange(code, verifier)).toMatchObject({ status: 401, body: { error: "invalid_grant" } });
  });

  it("checks PKCE: a wrong, malformed or missing verifier is refused", async () => {
    const { challenge } = pkcePair();
    for (const verifier of [
      pkcePair().verifier,
      "a".repeat(42),
      "b".repeat(129),
      `${"c".repeat(42)}!`,
      undefined,
    ]) {
      const code = await approvedCode(emu, app, { userId: user().userId }, { challenge });
      const fields: Record<string, string> = { ...clientFields(app), grant_type: "authorization_code", code };
      if (verifier !== undefined) fields.code_verifier = verifier;
      const answer = await postForm(emu, "/oauth/v1/token", fields);
      expect(answer, String(verifier)).toMatchObject({ status: 401, body: { error: "invalid_grant" } });
    }
  });

  it("refuses a wrong secret or unknown client with 400 invalid_client, and keeps the code usable", async () => {
    const { verifier, challenge } = pkcePair();
    const code = await approvedCode(emu, app, { userId: user().userId }, { challenge });
    const wrong = await postForm(emu, "/oauth/v1/token", {
      client_id: app.clientId,
      client_secret: `${app.clientSecret}x`,
      grant_type: "authorization_code",
      code,
      code_verifier: verifier,
    });
    expect(wrong).toMatchObject({ status: 400, body: { error: "invalid_client" } });
    const none = await postForm(emu, "/oauth/v1/token", {
      client_id: app.clientId,
      grant_type: "authorization_code",
      code,
      code_verifier: verifier,
    });
    expect(none).toMatchObject({ status: 400, body: { error: "invalid_client" } });
    expect(emu.oauth.log.at(-1)).toMatchObject({
      endpoint: "token",
      clientId: app.clientId,
      clientAuth: "none",
      outcome: "invalid_client",
    });
    expect((await exchange(code, verifier)).status).toBe(200);
  });

  it("a redirect_uri not registered exactly gets Roblox's page and no redirect", async () => {
    for (const redirectUri of [
      `${app.redirectUris[0]}/`,
      "http://localhost:3000/oauth/callback?x=1",
      "https://evil.example/cb",
    ]) {
      const outcome = await emu.oauth.consent(authorizeUrl(emu, app, { redirectUri }), {
        userId: user().userId,
      });
      expect(outcome).toMatchObject({ kind: "page", status: 400 });
    }
  });

  it("a redirect_uri at the token endpoint must match the authorization request", async () => {
    const other = emu.oauth.registerApp({
      redirectUris: ["http://localhost:3000/a", "http://localhost:3000/b"],
      scopes: ["openid"],
    });
    const { verifier, challenge } = pkcePair();
    const code = await approvedCode(emu, other, { userId: user().userId }, { challenge, scope: "openid" });
    const answer = await postForm(emu, "/oauth/v1/token", {
      ...clientFields(other),
      grant_type: "authorization_code",
      code,
      code_verifier: verifier,
      redirect_uri: "http://localhost:3000/b",
    });
    expect(answer).toMatchObject({ status: 400, body: { error: "invalid_request" } });
  });

  it("deny redirects with error=access_denied and the state, and no code", async () => {
    const outcome = await emu.oauth.consent(authorizeUrl(emu, app, { state: "deny-me" }), {
      userId: user().userId,
      decision: "deny",
    });
    expect(outcome.kind).toBe("redirect");
    if (outcome.kind !== "redirect") return;
    expect(outcome.location.searchParams.get("error")).toBe("access_denied");
    expect(outcome.location.searchParams.get("state")).toBe("deny-me");
    expect(outcome.location.searchParams.has("code")).toBe(false);
  });

  it("a scope the app did not register goes back as invalid_scope", async () => {
    const outcome = await emu.oauth.consent(authorizeUrl(emu, app, { scope: "openid universe:write" }), {
      userId: user().userId,
    });
    expect(outcome.kind === "redirect" && outcome.location.searchParams.get("error")).toBe("invalid_scope");
  });

  it("keeps a browser signed in with a session cookie; a browser without one sees the sign-in page", async () => {
    const first = await fetch(`${authorizeUrl(emu, app)}&as_user=${user().userId}`);
    await first.text();
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] as string;
    expect(cookie).toMatch(/=\d+$/);
    const again = await (await fetch(authorizeUrl(emu, app), { headers: { cookie } })).text();
    expect(again).toContain(`data-user-id="${user().userId}"`);
    expect(again).toContain('name="request_id"');
    const stranger = await (await fetch(authorizeUrl(emu, app))).text();
    expect(stranger).toContain('name="as_user"');
    expect(stranger).not.toContain('name="request_id"');
  });

  it("the consent form works once", async () => {
    const page = await fetch(`${authorizeUrl(emu, app)}&as_user=${user().userId}`);
    const html = await page.text();
    expect(html).toContain(user().displayName);
    const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1] as string;
    const submit = () =>
      fetch(`${emu.url}/oauth/v1/authorize`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ request_id: requestId, decision: "approve" }).toString(),
        redirect: "manual",
      });
    expect((await submit()).status).toBe(302);
    const replay = await submit();
    expect(replay.status).toBe(400);
    expect(replay.headers.get("location")).toBeNull();
  });
});

describe("refresh tokens", () => {
  const refresh = (token: string) =>
    postForm(emu, "/oauth/v1/token", {
      ...clientFields(app),
      grant_type: "refresh_token",
      refresh_token: token,
    });

  it("rotate: each refresh answers a new refresh token, and the old one is dead", async () => {
    const first = await grantTokens(emu, app, { userId: user().userId });
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ token_type: "Bearer", expires_in: 899, scope: "openid profile" });
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect(second.body.access_token).not.toBe(first.access_token);
    expect((await bearerGet(emu, "/oauth/v1/userinfo", second.body.access_token as string)).status).toBe(200);
  });

  it("reusing a refresh token revokes the whole grant (the default)", async () => {
    const first = await grantTokens(emu, app, { userId: user().userId });
    const second = await refresh(first.refresh_token);
    expect(await refresh(first.refresh_token)).toMatchObject({
      status: 400,
      body: { error: "invalid_grant" },
    });
    expect((await refresh(second.body.refresh_token as string)).status).toBe(400);
    expect((await bearerGet(emu, "/oauth/v1/userinfo", second.body.access_token as string)).status).toBe(401);
    expect(emu.oauth.grants(app.clientId).find((g) => g.revokedBy === "refresh-reuse")).toBeDefined();
  });

  it("with reuse detection off, a reused token fails but the rotated one still works", async () => {
    const lenient = await startOpenCloudEmulator({ rateLimits: "off", oauth: { reuseRevokesGrant: false } });
    try {
      const lenientApp = lenient.oauth.defaultApp as OAuthApp;
      const first = await grantTokens(lenient, lenientApp, {
        userId: lenient.world.subjects.smallUser.userId,
      });
      const post = (token: string) =>
        postForm(lenient, "/oauth/v1/token", {
          ...clientFields(lenientApp),
          grant_type: "refresh_token",
          refresh_token: token,
        });
      const second = await post(first.refresh_token);
      expect((await post(first.refresh_token)).status).toBe(400);
      expect((await post(second.body.refresh_token as string)).status).toBe(200);
    } finally {
      await lenient.close();
    }
  });

  it("access tokens last 15 minutes and refresh tokens 90 days", async () => {
    const tokens = await grantTokens(emu, app, { userId: user().userId });
    emu.clock.advance(14 * 60_000);
    expect((await bearerGet(emu, "/oauth/v1/userinfo", tokens.access_token)).status).toBe(200);
    emu.clock.advance(60_000);
    expect((await bearerGet(emu, "/oauth/v1/userinfo", tokens.access_token)).status).toBe(401);
    const renewed = await refresh(tokens.refresh_token);
    expect(renewed.status).toBe(200);
    emu.clock.advance(90 * 24 * 3600_000);
    expect(await refresh(renewed.body.refresh_token as string)).toMatchObject({ status: 400 });
  });
});

describe("revoke, introspect, resources", () => {
  it("revoke takes the refresh token, answers 200 empty and ends the grant", async () => {
    const tokens = await grantTokens(emu, app, { userId: user().userId });
    const revoked = await postForm(emu, "/oauth/v1/token/revoke", {
      ...clientFields(app),
      token: tokens.refresh_token,
    });
    expect(revoked).toMatchObject({ status: 200, text: "" });
    expect(emu.oauth.log.at(-1)).toMatchObject({
      endpoint: "revoke",
      tokenKind: "refresh_token",
      outcome: "ok",
    });
    expect((await bearerGet(emu, "/oauth/v1/userinfo", tokens.access_token)).status).toBe(401);
    expect((await bearerGet(emu, `/cloud/v2/users/${user().userId}`, tokens.access_token)).status).toBe(401);
    const again = await postForm(emu, "/oauth/v1/token", {
      ...clientFields(app),
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
    });
    expect(again.status).toBe(400);
    // Introspection checks lifetimes only, as documented: the revoked access token still shows active.
    const info = await postForm(emu, "/oauth/v1/token/introspect", {
      ...clientFields(app),
      token: tokens.access_token,
    });
    expect(info.body).toMatchObject({
      active: true,
      sub: user().userId,
      client_id: app.clientId,
      scope: "openid profile",
    });
  });

  it("revoking with an access token revokes nothing, and the log says which kind was sent", async () => {
    const tokens = await grantTokens(emu, app, { userId: user().userId });
    const answer = await postForm(emu, "/oauth/v1/token/revoke", {
      ...clientFields(app),
      token: tokens.access_token,
    });
    expect(answer.status).toBe(200);
    expect(emu.oauth.log.at(-1)).toMatchObject({ endpoint: "revoke", tokenKind: "access_token" });
    expect((await bearerGet(emu, "/oauth/v1/userinfo", tokens.access_token)).status).toBe(200);
  });

  it("introspect answers active:false for unknown and expired tokens", async () => {
    const tokens = await grantTokens(emu, app, { userId: user().userId });
    const unknown = await postForm(emu, "/oauth/v1/token/introspect", {
      ...clientFields(app),
      token: "nope",
    });
    expect(unknown.body).toEqual({ active: false });
    emu.clock.advance(15 * 60_000);
    const expired = await postForm(emu, "/oauth/v1/token/introspect", {
      ...clientFields(app),
      token: tokens.access_token,
    });
    expect(expired.body).toEqual({ active: false });
  });

  it("resources lists the accounts granted at consent, U for the user's own", async () => {
    const { admin, uploadGroup } = emu.world.subjects;
    const tokens = await grantTokens(
      emu,
      app,
      { userId: admin.userId, creators: ["U", uploadGroup.groupId] },
      { scope: "openid asset:read asset:write" },
    );
    const answer = await postForm(emu, "/oauth/v1/token/resources", {
      ...clientFields(app),
      token: tokens.access_token,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      resource_infos: [
        {
          owner: { id: admin.userId, type: "User" },
          resources: { creator: { ids: ["U", `G${uploadGroup.groupId}`] } },
        },
      ],
    });
  });
});

describe("who may authorize", () => {
  it("an unreviewed app stops at 10 users: the 11th sees Roblox's page, no redirect", async () => {
    const capped = await startOpenCloudEmulator({ rateLimits: "off" });
    try {
      const cappedApp = capped.oauth.defaultApp as OAuthApp;
      const under13 = capped.oauth.subjects.under13User.userId;
      const users = capped.world.listUsers().filter((u) => u.id !== under13);
      for (const u of users.slice(0, 10)) await grantTokens(capped, cappedApp, { userId: u.id });
      const eleventh = await capped.oauth.consent(authorizeUrl(capped, cappedApp), {
        userId: users[10]?.id as string,
      });
      expect(eleventh).toMatchObject({ kind: "page", status: 403 });
      expect(eleventh.kind === "page" && eleventh.html).toContain('data-error="user_cap"');
      expect(capped.oauth.log.at(-1)).toMatchObject({ endpoint: "authorize", outcome: "user_cap" });
      // A user already counted may authorize again.
      expect(
        (await capped.oauth.consent(authorizeUrl(capped, cappedApp), { userId: users[0]?.id as string }))
          .kind,
      ).toBe("redirect");
      // A reviewed app has no cap.
      const reviewed = capped.oauth.registerApp({ redirectUris: ["http://localhost/cb"], reviewed: true });
      for (const u of users.slice(0, 11)) await grantTokens(capped, reviewed, { userId: u.id });
    } finally {
      await capped.close();
    }
  });

  it("a user under 13 sees Roblox's page, no redirect", async () => {
    const outcome = await emu.oauth.consent(authorizeUrl(emu, app), {
      userId: emu.oauth.subjects.under13User.userId,
    });
    expect(outcome).toMatchObject({ kind: "page", status: 403 });
    expect(outcome.kind === "page" && outcome.html).toContain('data-error="under_13"');
  });
});

describe("the OAuth log", () => {
  it("records token requests and revokes without any secret, code or token", async () => {
    const { verifier, challenge } = pkcePair();
    const state = "state-that-must-not-leak";
    const nonce = "nonce-that-must-not-leak";
    const code = await approvedCode(emu, app, { userId: user().userId }, { challenge, state, nonce });
    const tokens = (await exchange(code, verifier)).body;
    await postForm(emu, "/oauth/v1/token", {
      ...clientFields(app),
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token as string,
    });
    await postForm(emu, "/oauth/v1/token/revoke", {
      ...clientFields(app),
      token: tokens.refresh_token as string,
    });
    const logged = JSON.stringify([emu.oauth.log, emu.requests]);
    for (const secret of [
      app.clientSecret,
      code,
      verifier,
      challenge,
      state,
      nonce,
      tokens.access_token,
      tokens.refresh_token,
      tokens.id_token,
    ]) {
      expect(logged).not.toContain(secret as string);
    }
    expect(emu.oauth.log.filter((e) => e.endpoint === "token").map((e) => e.grantType)).toEqual(
      expect.arrayContaining(["authorization_code", "refresh_token"]),
    );
  });

  it("refuses a body that is not form-urlencoded and an unknown grant type", async () => {
    const json = await fetch(`${emu.url}/oauth/v1/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...clientFields(app), grant_type: "refresh_token" }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: "invalid_request" });
    const grant = await postForm(emu, "/oauth/v1/token", { ...clientFields(app), grant_type: "password" });
    expect(grant).toMatchObject({ status: 400, body: { error: "unsupported_grant_type" } });
  });
});
