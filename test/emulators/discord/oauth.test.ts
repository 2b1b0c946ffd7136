import { createHash, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";

const REDIRECT = "http://127.0.0.1:9/discord/callback";
const MEMBER = { id: "200000000000000002", username: "member", globalName: "Member" };

let emu: DiscordEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

function pkce() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

function authorizeUrl(e: DiscordEmulator, params: Record<string, string> = {}): string {
  const url = new URL(e.oauthAuthorizeUrl);
  const query = {
    client_id: e.oauth.clientId,
    response_type: "code",
    redirect_uri: REDIRECT,
    scope: "identify",
    state: "s-123",
    ...params,
  };
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}

async function token(e: DiscordEmulator, form: Record<string, string>, basic = true) {
  const body = new URLSearchParams(
    basic ? form : { ...form, client_id: e.oauth.clientId, client_secret: e.oauth.clientSecret },
  );
  const response = await fetch(`${e.apiUrl}/v10/oauth2/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...(basic
        ? {
            authorization: `Basic ${Buffer.from(`${e.oauth.clientId}:${e.oauth.clientSecret}`).toString("base64")}`,
          }
        : {}),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

const me = (e: DiscordEmulator, accessToken: string) =>
  fetch(`${e.apiUrl}/v10/users/@me`, { headers: { authorization: `Bearer ${accessToken}` } });

describe("Discord OAuth2", () => {
  it("runs the browser flow: consent page for the signed-in cookie, PKCE code, token, users/@me, refresh, revoke", async () => {
    emu = await startDiscordEmulator({ oauth: { redirectUris: [REDIRECT] } });
    emu.oauth.addUser(MEMBER);
    const { verifier, challenge } = pkce();
    const url = authorizeUrl(emu, { code_challenge: challenge, code_challenge_method: "S256" });
    const page = await fetch(url, { headers: { cookie: `discord_emulator_user=${MEMBER.id}` } });
    const html = await page.text();
    expect(html).toContain(`data-user-id="${MEMBER.id}"`);
    const requestId = /name="request" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const decision = await fetch(`${emu.url}/oauth2/authorize`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: `discord_emulator_user=${MEMBER.id}`,
      },
      body: new URLSearchParams({ request: requestId, decision: "approve" }),
    });
    expect(decision.status).toBe(302);
    const location = new URL(decision.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get("state")).toBe("s-123");
    const code = location.searchParams.get("code") ?? "";

    const exchanged = await token(emu, {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toMatchObject({ token_type: "Bearer", expires_in: 604800, scope: "identify" });
    const user = (await (await me(emu, exchanged.body.access_token ?? "")).json()) as { id: string };
    expect(user.id).toBe(MEMBER.id);

    // Single use: the same code again is refused.
    const again = await token(emu, {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(again).toMatchObject({ status: 400, body: { error: "invalid_grant" } });

    const second = await token(emu, {
      grant_type: "authorization_code",
      code: new URL(emu.oauth.consent(url, { user: MEMBER })).searchParams.get("code") ?? "",
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    const refreshed = await token(
      emu,
      { grant_type: "refresh_token", refresh_token: second.body.refresh_token ?? "" },
      false,
    );
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(second.body.refresh_token);
    const stale = await token(emu, {
      grant_type: "refresh_token",
      refresh_token: second.body.refresh_token ?? "",
    });
    expect(stale).toMatchObject({ status: 400, body: { error: "invalid_grant" } });

    const revoke = await fetch(`${emu.apiUrl}/v10/oauth2/token/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        token: refreshed.body.access_token ?? "",
        client_id: emu.oauth.clientId,
        client_secret: emu.oauth.clientSecret,
      }),
    });
    expect(revoke.status).toBe(200);
    expect((await me(emu, refreshed.body.access_token ?? "")).status).toBe(401);
  });

  it("checks the redirect URI exactly, PKCE, the code's lifetime and the client secret", async () => {
    emu = await startDiscordEmulator({ oauth: { redirectUris: [REDIRECT] } });
    emu.oauth.signIn(MEMBER);
    const wrongRedirect = await fetch(authorizeUrl(emu, { redirect_uri: `${REDIRECT}/` }));
    expect(wrongRedirect.status).toBe(400);
    expect(await wrongRedirect.text()).toContain("Invalid OAuth2 redirect_uri");

    const { verifier, challenge } = pkce();
    const codeFor = () =>
      new URL(
        emu?.oauth.consent(authorizeUrl(emu, { code_challenge: challenge, code_challenge_method: "S256" })) ??
          "",
      ).searchParams.get("code") ?? "";
    const badVerifier = await token(emu, {
      grant_type: "authorization_code",
      code: codeFor(),
      redirect_uri: REDIRECT,
      code_verifier: pkce().verifier,
    });
    expect(badVerifier).toMatchObject({ status: 400, body: { error: "invalid_grant" } });

    const late = codeFor();
    emu.clock.advance(10 * 60_000 + 1);
    const expired = await token(emu, {
      grant_type: "authorization_code",
      code: late,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(expired).toMatchObject({ status: 400, body: { error: "invalid_grant" } });

    const wrongSecret = await fetch(`${emu.apiUrl}/v10/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: "x",
        client_id: emu.oauth.clientId,
        client_secret: "nope",
      }),
    });
    expect(wrongSecret.status).toBe(401);
    expect(((await wrongSecret.json()) as { error: string }).error).toBe("invalid_client");
  });

  it("lets tests consent or deny over plain HTTP, and says when nobody is signed in", async () => {
    emu = await startDiscordEmulator({ oauth: { redirectUris: [REDIRECT] } });
    const notSignedIn = await (await fetch(authorizeUrl(emu))).text();
    expect(notSignedIn).toContain("not signed in");
    const consent = async (body: unknown) =>
      (await (
        await fetch(`${emu?.url}/_emulator/oauth/consent`, { method: "POST", body: JSON.stringify(body) })
      ).json()) as { location: string };
    const denied = new URL(
      (await consent({ url: authorizeUrl(emu), user: MEMBER, approve: false })).location,
    );
    expect(denied.searchParams.get("error")).toBe("access_denied");
    expect(denied.searchParams.get("state")).toBe("s-123");
    const approved = new URL((await consent({ url: authorizeUrl(emu), user: MEMBER })).location);
    const exchanged = await token(emu, {
      grant_type: "authorization_code",
      code: approved.searchParams.get("code") ?? "",
      redirect_uri: REDIRECT,
    });
    expect(exchanged.status).toBe(200);
    expect(emu.oauth.tokenRequests.map((request) => request.status)).toEqual([200]);
  });
});
