import { randomBytes } from "node:crypto";
import { systemClock } from "../../clock.js";
import type { Config } from "../../config.js";
import type { OAuthAppConfig } from "../../linkingConfig.js";
import { AUTHORIZED_USERS_KEY, LINK_SCOPES, pkceChallenge } from "../../services/linking/index.js";
import { createStores } from "../../store/index.js";
import { openPrimitives } from "../../store/primitives/index.js";
import type { DoctorFinding } from "./finding.js";

/** Unreviewed apps are in "private mode with a limit of 10 unique users" (creator-docs oauth2-registration.md). */
export const UNREVIEWED_USER_CAP = 10;
const WARN_AT = 8;
/** Redirect URLs may be at most 256 characters (oauth2-registration.md). */
const MAX_REDIRECT_LENGTH = 256;
const TIMEOUT_MS = 10_000;

const SUBJECT = "Roblox OAuth app";

/**
 * A token request with a code that cannot exist: Roblox checks the client first (400 invalid_client
 * for a bad id or secret), so any other refusal means the id and secret were accepted.
 */
async function checkClient(apisUrl: string, linking: OAuthAppConfig): Promise<DoctorFinding> {
  const basic = Buffer.from(
    `${encodeURIComponent(linking.clientId)}:${encodeURIComponent(linking.clientSecret)}`,
  ).toString("base64");
  let response: Response;
  try {
    response = await fetch(`${apisUrl}/oauth/v1/token`, {
      method: "POST",
      headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: `doctor-${randomBytes(12).toString("hex")}`,
        code_verifier: randomBytes(32).toString("base64url"),
        redirect_uri: linking.redirectUri,
      }).toString(),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return {
      ok: false,
      subject: SUBJECT,
      detail: "Roblox's OAuth server could not be reached",
      fix: "Check the network, or ROBLOX_APIS_URL if you changed it.",
    };
  }
  const body = (await response.json().catch(() => ({}))) as { error?: unknown };
  if (body.error === "invalid_client") {
    return {
      ok: false,
      subject: SUBJECT,
      detail: "Roblox refused ROBLOX_OAUTH_CLIENT_ID or ROBLOX_OAUTH_CLIENT_SECRET",
      fix: "Copy the client ID again from the app's page on create.roblox.com/dashboard/credentials (OAuth 2.0 Apps), and generate a new secret there if you lost it.",
    };
  }
  return { ok: true, subject: SUBJECT, detail: `Roblox accepts client ${linking.clientId} and its secret` };
}

/** The authorize request /link's button makes, without signing in: Roblox refuses an unknown redirect URL or scope. */
async function checkAuthorize(apisUrl: string, linking: OAuthAppConfig): Promise<DoctorFinding> {
  const subject = "OAuth redirect URL";
  const url = new URL(`${apisUrl}/oauth/v1/authorize`);
  url.search = new URLSearchParams({
    client_id: linking.clientId,
    redirect_uri: linking.redirectUri,
    scope: LINK_SCOPES.join(" "),
    response_type: "code",
    state: randomBytes(16).toString("base64url"),
    code_challenge: pkceChallenge(randomBytes(32).toString("base64url")),
    code_challenge_method: "S256",
  }).toString();
  const register = `Register exactly ${linking.redirectUri} as a redirect URL of the app and give it the scopes ${LINK_SCOPES.join(" and ")}.`;
  if (linking.redirectUri.length > MAX_REDIRECT_LENGTH) {
    return {
      ok: false,
      subject,
      detail: `${linking.redirectUri} is longer than Roblox's 256 characters`,
      fix: "Use a shorter PUBLIC_URL.",
    };
  }
  let response: Response;
  try {
    response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
    await response.body?.cancel();
  } catch {
    return {
      ok: false,
      subject,
      detail: "Roblox's authorize page could not be reached",
      fix: "Check the network.",
    };
  }
  const location = response.headers.get("location");
  const back = location === null ? undefined : new URL(location, url);
  if (back?.href.startsWith(linking.redirectUri)) {
    const error = back.searchParams.get("error") ?? "unknown";
    return {
      ok: false,
      subject,
      detail: `Roblox refuses the sign-in the button starts (${error === "invalid_scope" ? "the app lacks the scopes openid and profile" : error})`,
      fix: register,
    };
  }
  if (response.status >= 400) {
    return {
      ok: false,
      subject,
      detail: `Roblox does not take ${linking.redirectUri} for this app`,
      fix: register,
    };
  }
  return {
    ok: true,
    subject,
    detail: `${linking.redirectUri} (PUBLIC_URL + /oauth/callback), scopes ${LINK_SCOPES.join(" ")}: identity only, no token kept`,
  };
}

/** Roblox users who signed in at least once, as the store remembers them. */
async function authorizedUsers(config: Config): Promise<number | undefined> {
  try {
    const stores = await createStores(config.storeUrl);
    const primitives = openPrimitives(config.storeUrl, stores.redis, systemClock);
    try {
      return (await primitives.setMembers(AUTHORIZED_USERS_KEY)).length;
    } finally {
      await primitives.close();
      await stores.close();
    }
  } catch {
    return undefined;
  }
}

function describeCap(linking: OAuthAppConfig, users: number | undefined): DoctorFinding {
  const subject = "OAuth app review";
  if (linking.reviewed)
    return { ok: true, subject, detail: "reviewed (ROBLOX_OAUTH_REVIEWED=true): no user limit" };
  const count = users === undefined ? "an unknown number" : String(users);
  const detail = `not reviewed: ${count} of the ${UNREVIEWED_USER_CAP} Roblox users an unreviewed app may have have signed in`;
  if (users !== undefined && users >= WARN_AT) {
    return {
      ok: false,
      subject,
      detail,
      fix: "Submit the app for review on create.roblox.com (see the README, Account linking): past 10 users Roblox shows its own error page and never sends members back. Set ROBLOX_OAUTH_REVIEWED=true once it passes.",
    };
  }
  return { ok: true, subject, detail };
}

/** /link's app: client credentials, redirect URL and scopes, and how close an unreviewed app is to its cap. */
export async function checkLinking(config: Config): Promise<DoctorFinding[]> {
  const linking = config.linking?.oauth;
  if (config.linking !== undefined && linking === undefined)
    return [
      { ok: true, subject: "/link", detail: "profile phrase only (ROBLOX_OAUTH_CLIENT_ID is not set)" },
    ];
  if (linking === undefined)
    return [{ ok: true, subject: "/link", detail: "off (ROBLOX_OAUTH_CLIENT_ID is not set)" }];
  const [client, authorize, users] = await Promise.all([
    checkClient(config.roblox.apisUrl, linking),
    checkAuthorize(config.roblox.apisUrl, linking),
    authorizedUsers(config),
  ]);
  return [client, authorize, describeCap(linking, users)];
}
