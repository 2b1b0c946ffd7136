import { type ApiContext, type CallOptions, callApi } from "./api.js";
import { authSecret } from "./auth.js";
import { asRecord, optionalBoolean, optionalString, requireRecord } from "./parse.js";

export interface KeyScope {
  /** `asset`, `group`, `user.inventory-item`, … */
  name: string;
  /** `read`, `write`, … */
  operations: string[];
}

export interface ApiKeyInfo {
  name: string;
  /** The user who created the key; absent for group-owned keys. */
  ownerUserId: string | undefined;
  scopes: KeyScope[];
  enabled: boolean;
  expired: boolean;
  expiresAt: Date | undefined;
}

/**
 * What Roblox knows about the client's own API key: owner, permissions, state. The key travels in
 * the body, never in a log.
 */
async function introspect(ctx: ApiContext, options: CallOptions = {}): Promise<ApiKeyInfo> {
  const apiKey = authSecret(ctx.defaultAuth);
  const body = requireRecord(
    await callApi(
      ctx,
      {
        family: "keys",
        method: "POST",
        host: "apis",
        path: "/api-keys/v1/introspect",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ apiKey }),
        idempotent: true,
        anonymous: true,
      },
      options,
    ),
    "introspection response",
  );
  const owner = body.authorizedUserId;
  const expiresAt = optionalString(body.expirationTimeUtc);
  return {
    name: optionalString(body.name) ?? "",
    ownerUserId: typeof owner === "number" && owner > 0 ? String(owner) : optionalString(owner),
    scopes: (Array.isArray(body.scopes) ? body.scopes : []).flatMap((entry) => {
      const scope = asRecord(entry);
      const name = optionalString(scope?.name);
      if (!scope || name === undefined) return [];
      const operations = Array.isArray(scope.operations)
        ? scope.operations.filter((op) => typeof op === "string")
        : [];
      return [{ name, operations }];
    }),
    enabled: optionalBoolean(body.enabled) ?? false,
    expired: optionalBoolean(body.expired) ?? false,
    expiresAt: expiresAt === undefined ? undefined : new Date(expiresAt),
  };
}

export const keyEndpoints = { introspect };
