import { notFound } from "../http/errors.js";
import { json } from "../http/reply.js";
import type { Route } from "../route.js";
import { GAME_PASS_BASE, isGamePassId, MAX_ITEM_NAME_LENGTH } from "../world/catalog.js";
import { derivedTime, hash32 } from "../world/random.js";

const WORDS = ["VIP", "Double Coins", "Speed Boost", "Radio", "Extra Slots", "Golden Sword", "Pet Pack"];
const LONG_STEM = "Ünïcødé Ultimate Mega Pass [Deluxe] *Edition*";

/** A seeded game pass's name; one in eleven uses all 50 characters Roblox allows, with markdown and brackets. */
export function gamePassName(seed: number, gamePassId: string): string {
  const h = hash32(seed, "pass-name", gamePassId);
  if (h % 11 === 0)
    return `${LONG_STEM} ${gamePassId}`.padEnd(MAX_ITEM_NAME_LENGTH, "✦").slice(0, MAX_ITEM_NAME_LENGTH);
  return `${WORDS[h % WORDS.length]} ${Number(gamePassId) - GAME_PASS_BASE}`;
}

/**
 * `GET apis.roblox.com/game-passes/v1/game-passes/{id}/product-info`: the public product info of a
 * game pass (PascalCase, as Roblox answers it). Not in the Open Cloud spec; shape from real traffic.
 */
export const gamePassInfoRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/game-passes\/v1\/game-passes\/(?<gamePassId>\d+)\/product-info$/,
    family: "public-lookups",
    auth: "none",
    style: "legacy",
    handle: (ctx) => {
      const id = ctx.params.gamePassId ?? "";
      if (!isGamePassId(id)) throw notFound("The game pass does not exist.", 1);
      const seed = ctx.state.world.seed;
      const n = Number(id) - GAME_PASS_BASE;
      const created = derivedTime(seed, "pass-created", n);
      return json({
        TargetId: Number(id),
        ProductType: "Game Pass",
        AssetId: 0,
        ProductId: 900_000_000 + n,
        Name: gamePassName(seed, id),
        Description: "A pass of an emulated experience.",
        AssetTypeId: 0,
        Creator: {
          Id: 1,
          Name: "Roblox",
          CreatorType: "User",
          CreatorTargetId: 1,
          HasVerifiedBadge: true,
        },
        IconImageAssetId: 700_000_000 + n,
        Created: created,
        Updated: created,
        PriceInRobux: (hash32(seed, "pass-price", n) % 100) * 5 + 25,
        PriceInTickets: null,
        Sales: 0,
        IsNew: false,
        IsForSale: true,
        IsPublicDomain: false,
        IsLimited: false,
        IsLimitedUnique: false,
        Remaining: null,
        MinimumMembershipLevel: 0,
      });
    },
  },
];
