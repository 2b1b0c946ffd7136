import { createHash, randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { OpenCloudEmulator } from "../index.js";
import type { ConsentChoice } from "./control.js";
import type { OAuthApp } from "./types.js";

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

export interface AuthorizeParams {
  scope?: string;
  state?: string;
  nonce?: string;
  challenge?: string;
  redirectUri?: string;
}

export function authorizeUrl(emu: OpenCloudEmulator, app: OAuthApp, params: AuthorizeParams = {}): string {
  const url = new URL("/oauth/v1/authorize", emu.url);
  url.searchParams.set("client_id", app.clientId);
  url.searchParams.set("redirect_uri", params.redirectUri ?? (app.redirectUris[0] as string));
  url.searchParams.set("scope", params.scope ?? "openid profile");
  url.searchParams.set("response_type", "code");
  url.searchParams.set("state", params.state ?? "state-1");
  if (params.nonce !== undefined) url.searchParams.set("nonce", params.nonce);
  if (params.challenge !== undefined) {
    url.searchParams.set("code_challenge", params.challenge);
    url.searchParams.set("code_challenge_method", "S256");
  }
  return url.toString();
}

/** Approves on the consent page and returns the `code` Roblox sent back. */
export async function approvedCode(
  emu: OpenCloudEmulator,
  app: OAuthApp,
  choice: ConsentChoice,
  params: AuthorizeParams = {},
): Promise<string> {
  const outcome = await emu.oauth.consent(authorizeUrl(emu, app, params), choice);
  if (outcome.kind !== "redirect") throw new Error(`no redirect: ${outcome.status} ${outcome.html}`);
  const code = outcome.location.searchParams.get("code");
  expect(code).toBeTruthy();
  return code as string;
}

export async function postForm(
  emu: OpenCloudEmulator,
  path: string,
  fields: Record<string, string>,
  basic?: { id: string; secret: string },
): Promise<{ status: number; body: Record<string, unknown>; text: string; headers: Headers }> {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (basic !== undefined) {
    headers.authorization = `Basic ${Buffer.from(`${basic.id}:${basic.secret}`).toString("base64")}`;
  }
  const res = await fetch(`${emu.url}${path}`, {
    method: "POST",
    headers,
    body: new URLSearchParams(fields).toString(),
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>),
    headers: res.headers,
  };
}

export const clientFields = (app: OAuthApp) => ({ client_id: app.clientId, client_secret: app.clientSecret });

export interface TokenSet {
  access_token: string;
  refresh_token: string;
  id_token?: string;
  scope: string;
  expires_in: number;
  token_type: string;
}

/** Consent, then the code exchanged with PKCE and the secret in the body. */
export async function grantTokens(
  emu: OpenCloudEmulator,
  app: OAuthApp,
  choice: ConsentChoice,
  params: AuthorizeParams = {},
): Promise<TokenSet> {
  const { verifier, challenge } = pkcePair();
  const code = await approvedCode(emu, app, choice, { ...params, challenge });
  const answer = await postForm(emu, "/oauth/v1/token", {
    ...clientFields(app),
    grant_type: "authorization_code",
    code,
    code_verifier: verifier,
  });
  expect(answer.status, answer.text).toBe(200);
  return answer.body as unknown as TokenSet;
}

export async function bearerGet(emu: OpenCloudEmulator, path: string, token: string) {
  const res = await fetch(`${emu.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: (text === "" ? {} : JSON.parse(text)) as Record<string, unknown>,
  };
}
