import type { AuthorizationServer } from "./authorizationServer.js";
import type { Grant, OAuthApp, OAuthAppInput, OAuthLogEntry, OAuthSettings } from "./types.js";

/** Scopes of the default app: identity, plus what the bot's inventory and upload features ask for. */
export const DEFAULT_APP_SCOPES = [
  "openid",
  "profile",
  "user.inventory-item:read",
  "asset:read",
  "asset:write",
  "group:read",
];

export type ConsentOutcome =
  /** Roblox sent the browser back to the app. */
  | { kind: "redirect"; location: URL }
  /** Roblox kept the browser on one of its own pages (sign-in, error, expired request). */
  | { kind: "page"; status: number; html: string };

export interface ConsentChoice {
  /** Who is signed in to Roblox (a user of the world). */
  userId: string;
  decision?: "approve" | "deny";
  /** Accounts granted for asset scopes: "U" (own account) and/or group IDs. Default: own account only. */
  creators?: Array<"U" | string>;
}

/** `emu.oauth`: apps, grants, the OAuth log, and a browser-free way through the consent page. */
export interface OAuthControl {
  /**
   * The first registered app: the built-in one (unreviewed, every scope of DEFAULT_APP_SCOPES, redirect
   * http://localhost:3000/oauth/callback), or the first of `oauth.apps` when given.
   */
  defaultApp: OAuthApp | undefined;
  subjects: { under13User: { userId: string; username: string } };
  settings: OAuthSettings;
  /** Every /oauth/* request: endpoint, client, outcome, token kind and fingerprint, never a secret. */
  log: OAuthLogEntry[];
  registerApp(app: OAuthAppInput): OAuthApp;
  grants(clientId?: string): Grant[];
  /**
   * Every secret the server issued or was sent: client secrets, states, nonces, PKCE challenges and
   * verifiers, codes, access, refresh and ID tokens. None may appear in a client's logs, pages or messages.
   */
  secretsSeen(): string[];
  /** Follows an authorize URL as a signed-in user would, over HTTP: consent page, then Approve or Deny. */
  consent(authorizeUrl: string, choice: ConsentChoice): Promise<ConsentOutcome>;
}

export function createOAuthControl(
  baseUrl: string,
  oauth: AuthorizationServer,
  defaultApp: OAuthApp | undefined,
  under13User: { userId: string; username: string },
): OAuthControl {
  return {
    defaultApp,
    subjects: { under13User },
    settings: oauth.settings,
    log: oauth.log,
    registerApp: (app) => oauth.registerApp(app),
    grants: (clientId) => oauth.grantsOf(clientId),
    secretsSeen: () => [...oauth.secrets],
    consent: (authorizeUrl, choice) => consent(baseUrl, authorizeUrl, choice),
  };
}

async function consent(
  baseUrl: string,
  authorizeUrl: string,
  choice: ConsentChoice,
): Promise<ConsentOutcome> {
  const url = new URL(authorizeUrl, baseUrl);
  const target = new URL(`${url.pathname}${url.search}`, baseUrl);
  target.searchParams.set("as_user", choice.userId);
  const page = await fetch(target, { redirect: "manual" });
  const outcome = await asOutcome(page);
  if (outcome.kind === "redirect") return outcome;
  const requestId = /name="request_id" value="([^"]+)"/.exec(outcome.html)?.[1];
  if (requestId === undefined) return outcome;
  const form = new URLSearchParams({ request_id: requestId, decision: choice.decision ?? "approve" });
  for (const creator of choice.creators ?? ["U"])
    form.append("creator", creator === "U" ? "U" : `G${creator}`);
  const answer = await fetch(new URL("/oauth/v1/authorize", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
    redirect: "manual",
  });
  return asOutcome(answer);
}

async function asOutcome(res: Response): Promise<ConsentOutcome> {
  const location = res.headers.get("location");
  if (res.status === 302 && location !== null) {
    await res.body?.cancel();
    return { kind: "redirect", location: new URL(location) };
  }
  return { kind: "page", status: res.status, html: await res.text() };
}
