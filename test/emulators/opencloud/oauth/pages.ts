import type { Reply } from "../http/reply.js";
import type { WorldGroup, WorldUser } from "../world/model.js";
import type { AuthorizationRequest, OAuthApp } from "./types.js";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * `formActionOrigins`: where a form's answer may redirect besides this origin. Browsers apply
 * `form-action` to the redirects a submission follows (CSP Level 3 §6.4.2), so the consent page must
 * name the app's redirect URI, as Roblox's must for its Approve and Deny to reach the app at all.
 */
function page(status: number, title: string, body: string, formActionOrigins: readonly string[] = []): Reply {
  const text = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${escapeHtml(title)}</h1>
${body}
</main></body></html>
`;
  return {
    status,
    raw: { contentType: "text/html; charset=utf-8", text },
    headers: {
      "cache-control": "no-store",
      "content-security-policy": `default-src 'none'; form-action ${["'self'", ...formActionOrigins].join(" ")}`,
    },
  };
}

const hidden = (name: string, value: string | undefined) =>
  value === undefined ? "" : `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

/**
 * Roblox's own error page: the user stays on Roblox and is never sent back to the app (issue facts:
 * an unreviewed app at its 10-user cap, or a user under 13; `oauth2-registration.md`, `oauth2-overview.md`).
 */
export function robloxErrorPage(
  reason: "invalid_client" | "invalid_redirect" | "under_13" | "user_cap" | "expired",
): Reply {
  const text: Record<typeof reason, string> = {
    invalid_client: "This app is not registered.",
    invalid_redirect: "The redirect URL does not match one registered for this app.",
    under_13: "You must be 13 or older to authorize third-party apps.",
    user_cap: "This app has reached its limit of users. Please contact the app's creator.",
    expired: "This authorization request has expired. Go back to the app and start again.",
  };
  const status = reason === "under_13" || reason === "user_cap" ? 403 : 400;
  return page(status, "Something went wrong", `<p data-error="${reason}">${escapeHtml(text[reason])}</p>`);
}

/**
 * Stand-in for Roblox's login: pick a seeded user; the form GETs the same authorize URL with `as_user`,
 * and a session cookie keeps that browser signed in.
 */
export function signInPage(query: URLSearchParams, users: readonly WorldUser[]): Reply {
  const fields = [...query]
    .filter(([name]) => name !== "as_user")
    .map(([name, value]) => hidden(name, value))
    .join("");
  const options = users
    .map(
      (user) =>
        `<option value="${escapeHtml(user.id)}">${escapeHtml(user.displayName)} (@${escapeHtml(user.name)})</option>`,
    )
    .join("");
  return page(
    200,
    "Sign in to Roblox",
    `<form method="get" action="/oauth/v1/authorize">${fields}
<label>Account <select name="as_user">${options}</select></label>
<button type="submit">Continue</button></form>`,
  );
}

/** The consent page: which app, which scopes, which accounts to grant (for asset scopes), Approve or Deny. */
export function consentPage(
  app: OAuthApp,
  request: AuthorizationRequest,
  user: WorldUser,
  uploadGroups: readonly WorldGroup[],
): Reply {
  const scopes = request.scopes.map((scope) => `<li>${escapeHtml(scope)}</li>`).join("");
  const asksForAssets = request.scopes.some((scope) => scope.startsWith("asset:"));
  const accounts = asksForAssets
    ? `<fieldset><legend>Accounts this app may use</legend>
<label><input type="checkbox" name="creator" value="U" checked> ${escapeHtml(user.displayName)} (your account)</label>
${uploadGroups
  .map(
    (group) =>
      `<label><input type="checkbox" name="creator" value="G${escapeHtml(group.id)}"> ${escapeHtml(group.name)} (group)</label>`,
  )
  .join("\n")}
</fieldset>`
    : "";
  return page(
    200,
    `${app.name} wants to access your Roblox account`,
    `<p>Signed in as <strong data-user-id="${escapeHtml(user.id)}">${escapeHtml(user.displayName)}</strong> (@${escapeHtml(user.name)})</p>
<p>Permissions:</p><ul>${scopes}</ul>
<form method="post" action="/oauth/v1/authorize">${hidden("request_id", request.id)}
${accounts}
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button></form>`,
    [new URL(request.redirectUri).origin],
  );
}
