import { readJsonBody } from "../http/body.js";
import { badRequest, notFound } from "../http/errors.js";
import { json, type Reply } from "../http/reply.js";
import type { Route, RouteContext } from "../route.js";
import { classicAssetTypeId } from "../world/assetTypes.js";
import { decodeBadge, decodeCatalogAsset, GAME_PASS_BASE, isGamePassId } from "../world/catalog.js";
import { derivedTime, hash32 } from "../world/random.js";

const MAX_USERNAMES = 100;
const MAX_CATALOG_ITEMS = 120;
const MAX_THUMBNAIL_IDS = 100;

function usernamesLookup(ctx: RouteContext, body: unknown): Reply {
  const request = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const names = request.usernames;
  if (!Array.isArray(names) || names.some((n) => typeof n !== "string")) {
    throw badRequest("usernames must be an array of strings.", 0);
  }
  if (names.length > MAX_USERNAMES) throw badRequest("Too many usernames.", 2);
  const data = (names as string[]).flatMap((requested) => {
    const user = ctx.state.world.findUserByName(requested);
    if (user === undefined) return [];
    return [
      {
        requestedUsername: requested,
        hasVerifiedBadge: user.hasVerifiedBadge,
        id: Number(user.id),
        name: user.name,
        displayName: user.displayName,
      },
    ];
  });
  return json({ data });
}

function catalogDetails(ctx: RouteContext, body: unknown): Reply {
  const request = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const items = request.items;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_CATALOG_ITEMS) {
    throw badRequest("Invalid count", 2);
  }
  const seed = ctx.state.world.seed;
  const data = items.flatMap((raw) => {
    const item = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const isAsset =
      item.itemType === 1 || (typeof item.itemType === "string" && /^asset$/i.test(item.itemType));
    const asset = isAsset ? decodeCatalogAsset(seed, String(item.id)) : undefined;
    if (asset === undefined) return [];
    const id = Number(asset.assetId);
    const detail: Record<string, unknown> = {
      id,
      itemType: 1,
      assetType: classicAssetTypeId(asset.assetType),
      name: asset.name,
      description: asset.description,
      productId: id + 1_000_000_000,
      itemStatus: [],
      itemRestrictions: asset.collectibleItemId === undefined ? [] : [3],
      creatorHasVerifiedBadge: true,
      creatorType: 0,
      creatorTargetId: 1,
      creatorName: "Roblox",
      price: asset.price,
      favoriteCount: hash32(seed, "favorites", id) % 100_000,
      isOffSale: asset.collectibleItemId !== undefined,
      itemCreatedUtc: asset.createTime,
      saleLocationType: 0,
    };
    if (asset.collectibleItemId !== undefined) {
      detail.collectibleItemId = asset.collectibleItemId;
      detail.totalQuantity = asset.limitedQuantity;
      detail.hasResellers = true;
      detail.lowestPrice = asset.price + 100;
    }
    return [detail];
  });
  return json({ data });
}

function idList(ctx: RouteContext, name: string): string[] {
  const raw = ctx.query.get(name);
  if (raw === null || raw.trim() === "")
    throw badRequest("The requested Ids are invalid, of an invalid type or missing.", 4);
  const ids = raw.split(",").map((s) => s.trim());
  if (ids.some((id) => !/^\d+$/.test(id)))
    throw badRequest("The requested Ids are invalid, of an invalid type or missing.", 4);
  if (ids.length > MAX_THUMBNAIL_IDS) throw badRequest("There are too many requested Ids.", 1);
  return ids;
}

/**
 * Roblox answers `Pending` with `imageUrl: null` until it has rendered a thumbnail; clients retry
 * later (pizzaboxer/roblox-set-archive#5, mfdlabs/grid-bot#272). About one item in four here.
 */
function stillRendering(ctx: RouteContext, kind: string, id: string): boolean {
  const state = ctx.state;
  if (state.pendingThumbnails <= 0 || hash32(state.world.seed, "pending", kind, id) % 4 !== 0) return false;
  const key = `${kind}:${id}`;
  const answered = state.thumbnailAnswers.get(key) ?? 0;
  if (answered >= state.pendingThumbnails) return false;
  state.thumbnailAnswers.set(key, answered + 1);
  return true;
}

function thumbnails(
  ctx: RouteContext,
  idParam: string,
  kind: string,
  exists: (id: string) => boolean,
): Reply {
  const ids = idList(ctx, idParam);
  const size = ctx.query.get("size") ?? (kind === "Asset" ? "30x30" : "150x150");
  if (!/^\d+x\d+$/.test(size)) throw badRequest("The requested size is invalid.", 3);
  const format = ctx.query.get("format") ?? "Png";
  if (!["png", "jpeg", "webp"].includes(format.toLowerCase()))
    throw badRequest("The requested image format is invalid.", 2);
  const data = ids.map((id) => {
    if (!exists(id)) return { targetId: Number(id), state: "Error", imageUrl: "", version: "" };
    return { targetId: Number(id), ...thumbnailEntry(ctx, kind, id, size, format) };
  });
  return json({ data });
}

/** One item's answer: Pending first for some, then Completed with its CDN URL. */
function thumbnailEntry(ctx: RouteContext, kind: string, id: string, size: string, format: string) {
  if (stillRendering(ctx, kind, id)) return { state: "Pending", imageUrl: null, version: "" };
  const hash = hash32(ctx.state.world.seed, kind, id).toString(16);
  if (!ctx.state.picturesServed.has(`${kind}:${id}`))
    ctx.state.picturesServed.set(`${kind}:${id}`, Date.now());
  return {
    state: "Completed",
    imageUrl: `https://tr.rbxcdn.com/180DAY-${hash}/${size.replace("x", "/")}/${kind}/${format}/noFilter`,
    version: "TN3",
  };
}

const BATCH_KINDS: Record<string, (ctx: RouteContext, id: string) => boolean> = {
  Asset: (ctx, id) => decodeCatalogAsset(ctx.state.world.seed, id) !== undefined,
  BadgeIcon: (ctx, id) => decodeBadge(ctx.state.world.seed, id) !== undefined,
  GamePass: (_ctx, id) => isGamePassId(id),
  AvatarHeadShot: (ctx, id) => ctx.state.world.getUser(id) !== undefined,
};

/** thumbnails.roblox.com `POST /v1/batch`: mixed kinds, at most 100 requests, answered per requestId. */
function thumbnailBatch(ctx: RouteContext, body: unknown): Reply {
  if (!Array.isArray(body) || body.length === 0) throw badRequest("The request body is invalid.", 0);
  if (body.length > MAX_THUMBNAIL_IDS) throw badRequest("There are too many requested Ids.", 1);
  const data = body.map((raw) => {
    const item = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const requestId = typeof item.requestId === "string" ? item.requestId : "";
    const id = String(item.targetId ?? "");
    const type = typeof item.type === "string" ? item.type : "";
    const size = typeof item.size === "string" && /^\d+x\d+$/.test(item.size) ? item.size : "150x150";
    const format = typeof item.format === "string" ? item.format : "Png";
    const exists = BATCH_KINDS[type];
    const base = { requestId, errorCode: 0, errorMessage: "", targetId: Number(id) };
    if (exists === undefined || !/^\d+$/.test(id) || !exists(ctx, id)) {
      return { ...base, state: "Error", imageUrl: null, version: null };
    }
    return { ...base, ...thumbnailEntry(ctx, type, id, size, format) };
  });
  return json({ data });
}

/** Public web APIs on other hosts (users., catalog., badges., thumbnails.roblox.com), served on the same origin. */
export const webApiRoutes: Route[] = [
  {
    method: "POST",
    pattern: /^\/v1\/usernames\/users$/,
    family: "usernames",
    webFamily: "usernames",
    auth: "none",
    style: "legacy",
    handle: async (ctx) => usernamesLookup(ctx, await readJsonBody(ctx.req)),
  },
  {
    method: "POST",
    pattern: /^\/v1\/catalog\/items\/details$/,
    family: "public-lookups",
    webFamily: "catalog",
    auth: "none",
    style: "legacy",
    handle: async (ctx) => {
      const body = await readJsonBody(ctx.req);
      if (ctx.state.catalogCsrf && ctx.req.headers["x-csrf-token"] !== ctx.state.csrfToken) {
        // Roblox's XSRF dance: answer 403 with the token to send on the retry.
        const reply: Reply = {
          status: 403,
          body: { errors: [{ code: 0, message: "Token Validation Failed" }] },
          headers: { "x-csrf-token": ctx.state.csrfToken },
        };
        return reply;
      }
      return catalogDetails(ctx, body);
    },
  },
  {
    method: "GET",
    pattern: /^\/v1\/badges\/(?<badgeId>\d+)$/,
    family: "public-lookups",
    webFamily: "badges",
    auth: "none",
    style: "legacy",
    handle: (ctx) => {
      const badge = decodeBadge(ctx.state.world.seed, ctx.params.badgeId ?? "");
      if (badge === undefined) throw notFound("Badge is invalid or does not exist.", 1);
      const id = Number(badge.badgeId);
      const awarded = hash32(ctx.state.world.seed, "awarded", id) % 1_000_000;
      return json({
        id,
        name: badge.name,
        description: badge.description,
        displayName: badge.name,
        displayDescription: badge.description,
        enabled: true,
        iconImageId: id % 1_000_000_000,
        displayIconImageId: id % 1_000_000_000,
        created: badge.createTime,
        updated: badge.createTime,
        statistics: {
          pastDayAwardedCount: awarded % 1000,
          awardedCount: awarded,
          winRatePercentage: (awarded % 100) / 100,
        },
        awardingUniverse: { id: badge.universeId, name: badge.universeName, rootPlaceId: badge.rootPlaceId },
      });
    },
  },
  {
    // Not in the spec (only cookie-authenticated game-pass routes are); PascalCase as the live API answers.
    method: "GET",
    pattern: /^\/game-passes\/v1\/game-passes\/(?<gamePassId>\d+)\/product-info$/,
    family: "public-lookups",
    webFamily: "gamePasses",
    auth: "none",
    style: "legacy",
    handle: (ctx) => {
      const id = ctx.params.gamePassId ?? "";
      if (!isGamePassId(id)) throw notFound("The game pass is invalid or does not exist.", 1);
      const n = Number(id) - GAME_PASS_BASE;
      const seed = ctx.state.world.seed;
      const created = derivedTime(seed, "pass", n);
      return json({
        TargetId: Number(id),
        ProductType: "Game Pass",
        AssetId: 0,
        ProductId: 1_500_000_000 + n,
        Name: `Pass ${n}: ${["VIP", "Double Coins", "Speed Boost", "Ünïcødé Perk ✨"][n % 4]}`,
        Description: "A game pass from the emulator.",
        AssetTypeId: 0,
        Creator: { Id: 1, Name: "Roblox", CreatorType: "User", CreatorTargetId: 1, HasVerifiedBadge: true },
        IconImageAssetId: 900_000 + n,
        Created: created,
        Updated: created,
        PriceInRobux: (hash32(seed, "pass-price", n) % 100) * 5,
        IsForSale: true,
      });
    },
  },
  {
    method: "GET",
    pattern: /^\/v1\/assets$/,
    family: "public-lookups",
    webFamily: "thumbnails",
    auth: "none",
    style: "legacy",
    handle: (ctx) =>
      thumbnails(
        ctx,
        "assetIds",
        "Asset",
        (id) => decodeCatalogAsset(ctx.state.world.seed, id) !== undefined,
      ),
  },
  {
    method: "GET",
    pattern: /^\/v1\/badges\/icons$/,
    family: "public-lookups",
    webFamily: "thumbnails",
    auth: "none",
    style: "legacy",
    handle: (ctx) =>
      thumbnails(ctx, "badgeIds", "BadgeIcon", (id) => decodeBadge(ctx.state.world.seed, id) !== undefined),
  },
  {
    method: "GET",
    pattern: /^\/v1\/game-passes$/,
    family: "public-lookups",
    webFamily: "thumbnails",
    auth: "none",
    style: "legacy",
    handle: (ctx) => thumbnails(ctx, "gamePassIds", "GamePass", isGamePassId),
  },
  {
    method: "POST",
    pattern: /^\/v1\/batch$/,
    family: "public-lookups",
    webFamily: "thumbnails",
    auth: "none",
    style: "legacy",
    handle: async (ctx) => thumbnailBatch(ctx, await readJsonBody(ctx.req)),
  },
  {
    method: "GET",
    pattern: /^\/v1\/users\/avatar-headshot$/,
    family: "public-lookups",
    webFamily: "thumbnails",
    auth: "none",
    style: "legacy",
    handle: (ctx) =>
      thumbnails(ctx, "userIds", "AvatarHeadshot", (id) => ctx.state.world.getUser(id) !== undefined),
  },
];
