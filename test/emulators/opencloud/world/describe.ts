import type { WorldSubjects } from "./seed.js";
import type { World } from "./world.js";

/** The JSON served at GET /_emulator/world: subjects first, then every user, group and credential. */
export function describeWorld(world: World, subjects: WorldSubjects): Record<string, unknown> {
  return {
    seed: world.seed,
    subjects: {
      ...Object.fromEntries(
        Object.entries(subjects).map(([name, value]) => {
          if (typeof value === "object" && value !== null && "userId" in value) {
            const userId = (value as { userId: string }).userId;
            return [
              name,
              {
                ...value,
                itemCount: world.inventorySize(userId),
                groupCount: world.membershipsOfUser(userId).length,
                inventoryPublic: world.getUser(userId)?.inventoryPublic ?? false,
              },
            ];
          }
          if (typeof value === "object" && value !== null && "groupId" in value) {
            const group = world.getGroup((value as { groupId: string }).groupId);
            return [name, { ...value, roleCount: group?.roles.length ?? 0, ownerId: group?.ownerId ?? null }];
          }
          return [name, value];
        }),
      ),
    },
    users: world.listUsers().map((u) => ({
      userId: u.id,
      username: u.name,
      displayName: u.displayName,
      inventoryPublic: u.inventoryPublic,
      itemCount: world.inventorySize(u.id),
      groupCount: world.membershipsOfUser(u.id).length,
    })),
    groups: world.listGroups().map((g) => ({
      groupId: g.id,
      name: g.name,
      ownerId: g.ownerId ?? null,
      roleCount: g.roles.length,
      memberCount: world.membershipsOfGroup(g.id).length,
      locked: g.locked,
    })),
    apiKeys: world.listApiKeys().map((k) => ({
      name: k.name,
      key: k.key,
      owner: k.owner.type === "user" ? `users/${k.owner.userId}` : `groups/${k.owner.groupId}`,
      scopes: k.scopes,
      enabled: k.enabled,
      expired: k.expired,
    })),
    oauthTokens: world
      .listOAuthTokens()
      .map((t) => ({ token: t.token, owner: `users/${t.userId}`, scopes: t.scopes })),
    assets: [...world.assets.values()].map((a) => ({
      assetId: a.assetId,
      assetType: a.assetType,
      displayName: a.displayName,
      revisionId: a.revisionId,
      moderationState: a.moderationState,
    })),
  };
}
