import type { Credential } from "../auth.js";
import { refused } from "../http/errors.js";
import { bindingHash, decodePageToken, pageSize, takePage } from "../http/paging.js";
import { json } from "../http/reply.js";
import { asksForRestricted, filterKeeps, parseInventoryFilter } from "../inventoryFilter.js";
import type { Route } from "../route.js";
import { type InventoryEntry, inventoryItemId } from "../world/inventory.js";
import type { WorldUser } from "../world/model.js";
import { requireUser } from "./users.js";

/** Only the user's own key with Inventory:Read (or a token they granted with that scope) may read private data. */
function isOwnerWithInventoryRead(credential: Credential | undefined, user: WorldUser): boolean {
  return credential?.ownerUserId === user.id && credential.scopes.includes("user.inventory-item:read");
}

function itemResource(userId: string, entry: InventoryEntry): Record<string, unknown> {
  const path = `users/${userId}/inventory-items/${inventoryItemId(entry)}`;
  switch (entry.kind) {
    case "asset": {
      const assetDetails: Record<string, unknown> = {
        assetId: entry.assetId,
        inventoryItemAssetType: entry.assetType,
        instanceId: entry.instanceId,
      };
      if (entry.collectible !== undefined) assetDetails.collectibleDetails = { ...entry.collectible };
      return { path, assetDetails, addTime: entry.addTime };
    }
    case "badge":
      return { path, badgeDetails: { badgeId: entry.badgeId }, addTime: entry.addTime };
    case "gamePass":
      return { path, gamePassDetails: { gamePassId: entry.gamePassId } };
    case "privateServer":
      return {
        path,
        privateServerDetails: { privateServerId: entry.privateServerId },
        addTime: entry.addTime,
      };
  }
}

export const inventoryRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/cloud\/v2\/users\/(?<userId>[^/:]+)\/inventory-items$/,
    family: "inventory",
    auth: "apiKey",
    style: "v2",
    handle: (ctx) => {
      const user = requireUser(ctx);
      const mayReadPrivate = isOwnerWithInventoryRead(ctx.credential, user);
      if (!user.inventoryPublic && !mayReadPrivate) {
        throw refused(
          ctx.state.permissionFailures,
          "The user's inventory is private. It can only be read with their own credential.",
        );
      }
      const filter = parseInventoryFilter(ctx.query.get("filter"));
      if (asksForRestricted(filter) && !mayReadPrivate) {
        throw refused(
          ctx.state.permissionFailures,
          "Listing private servers or purchased places needs the inventory read permission.",
        );
      }
      const size = pageSize(ctx.query, 10, 100);
      const binding = bindingHash("inventory", user.id, filter.canonical);
      const cursor = decodePageToken(ctx.query.get("pageToken"), binding);
      const items = ctx.state.world.inventoryOf(user.id);
      const { page, nextPageToken } = takePage(
        items,
        cursor,
        size,
        (entry) => filterKeeps(filter, entry, mayReadPrivate),
        binding,
        ctx.state.trailingEmptyPage,
      );
      return json({ inventoryItems: page.map((entry) => itemResource(user.id, entry)), nextPageToken });
    },
  },
];
