import type { IncomingMessage } from "node:http";
import { ipAllowed } from "./ipAllowList.js";
import type { AuthorizationServer } from "./oauth/authorizationServer.js";
import type { GrantedCreators } from "./oauth/types.js";
import type { ScopeName } from "./world/model.js";
import type { World } from "./world/world.js";

export interface Credential {
  kind: "apiKey" | "oauth";
  /** "users/1" or "groups/7": whose rate budget the request spends. */
  owner: string;
  ownerUserId?: string;
  ownerGroupId?: string;
  scopes: readonly ScopeName[];
  /** Whose budget the rate limiter charges when it is not `owner`: one OAuth authorization (user × app). */
  rateKey?: string;
  /** For a token from an OAuth grant: the accounts the user granted on the consent page. */
  grantedCreators?: GrantedCreators;
  /** Identifies the single key or token, for per-key throttles; kept in memory, never logged. */
  keyId: string;
}

export type CredentialResult =
  | { ok: true; credential: Credential | undefined }
  | { ok: false; message: string };

/**
 * `Authorization: Bearer` → OAuth token; else `x-api-key`. Missing credentials give
 * `credential: undefined`; presented but unusable ones fail.
 */
export function resolveCredential(
  req: IncomingMessage,
  world: World,
  oauth?: AuthorizationServer,
): CredentialResult {
  const authorization = req.headers.authorization;
  if (typeof authorization === "string" && /^bearer\s+/i.test(authorization)) {
    const presented = authorization.replace(/^bearer\s+/i, "").trim();
    const granted = oauth?.activeAccess(presented);
    if (granted !== undefined) {
      const { grant } = granted;
      return {
        ok: true,
        credential: {
          kind: "oauth",
          owner: `users/${grant.userId}`,
          ownerUserId: grant.userId,
          scopes: grant.scopes,
          rateKey: `oauth/${grant.id}`,
          keyId: `oauth/${grant.id}`,
          grantedCreators: grant.creators,
        },
      };
    }
    const token = world.findOAuthToken(presented);
    if (token === undefined) return { ok: false, message: "Invalid OAuth token" };
    return {
      ok: true,
      credential: {
        kind: "oauth",
        owner: `users/${token.userId}`,
        ownerUserId: token.userId,
        scopes: token.scopes,
        keyId: `oauth:${token.token}`,
      },
    };
  }
  const header = req.headers["x-api-key"];
  const presented = Array.isArray(header) ? header[0] : header;
  if (presented === undefined || presented === "") return { ok: true, credential: undefined };
  const key = world.findApiKey(presented.trim());
  if (key === undefined || !key.enabled || key.expired) return { ok: false, message: "Invalid API Key" };
  // The Creator Dashboard's "Accepted IP Addresses" (creator-docs cloud/auth/api-keys.md, "CIDR format").
  // What Roblox answers from another address is not documented: the same 401 as a bad key.
  if (key.allowedIps !== undefined && !ipAllowed(req.socket.remoteAddress, key.allowedIps)) {
    return { ok: false, message: "Invalid API Key" };
  }
  // "Group API keys are being deprecated and will not be supported after January 30, 2026"
  // (creator-docs cloud/auth/api-keys.md, commit 0478af3fd of 2025-11-17): a group-owned key is refused.
  if (key.owner.type === "group") return { ok: false, message: "Invalid API Key" };
  const userId = key.owner.userId;
  return {
    ok: true,
    credential: {
      kind: "apiKey",
      owner: `users/${userId}`,
      ownerUserId: userId,
      scopes: key.scopes,
      keyId: `key:${key.key}`,
    },
  };
}

export function hasScope(credential: Credential | undefined, scope: ScopeName): boolean {
  return credential?.scopes.includes(scope) ?? false;
}

export function missingScopes(credential: Credential, scopes: readonly ScopeName[]): ScopeName[] {
  return scopes.filter((scope) => !credential.scopes.includes(scope));
}
