import { readJsonBody } from "../http/body.js";
import { badRequest, HttpError } from "../http/errors.js";
import { json } from "../http/reply.js";
import type { Route } from "../route.js";
import { describeWorld } from "../world/describe.js";

/** `asset:read` + `asset:write` → `{ name: "asset", operations: ["read", "write"] }`, as introspection reports. */
function groupScopes(scopes: readonly string[]): Array<{ name: string; operations: string[] }> {
  const byName = new Map<string, string[]>();
  for (const scope of scopes) {
    const [name = scope, operation = "read"] = scope.split(":");
    byName.set(name, [...(byName.get(name) ?? []), operation]);
  }
  return [...byName].map(([name, operations]) => ({ name, operations }));
}

export const metaRoutes: Route[] = [
  {
    method: "POST",
    pattern: /^\/api-keys\/v1\/introspect$/,
    family: "introspect",
    auth: "none",
    style: "legacy",
    handle: async (ctx) => {
      const body = (await readJsonBody(ctx.req)) as Record<string, unknown>;
      if (typeof body.apiKey !== "string" || body.apiKey === "") throw badRequest("apiKey is required.");
      const key = ctx.state.world.findApiKey(body.apiKey);
      // Group-owned keys were retired on 2026-01-30 (auth.ts): Roblox no longer knows them.
      if (key === undefined || key.owner.type === "group") {
        throw new HttpError(401, "UNAUTHENTICATED", "Invalid API Key");
      }
      const ids = { userIds: [key.owner.userId] };
      return json({
        name: key.name,
        authorizedUserId: Number(key.owner.userId),
        scopes: groupScopes(key.scopes).map((scope) => ({ ...scope, ...ids })),
        enabled: key.enabled,
        expired: key.expired,
        expirationTimeUtc: key.expirationTimeUtc ?? null,
      });
    },
  },
  {
    method: "GET",
    pattern: /^\/_emulator\/world$/,
    family: "emulator",
    auth: "none",
    style: "legacy",
    handle: (ctx) => json(describeWorld(ctx.state.world, ctx.state.subjects)),
  },
];
