import type { ApiContext } from "./api.js";
import { asRecord, optionalId, optionalString } from "./parse.js";
import { callWeb } from "./web.js";

/**
 * The public Roblox web APIs that give inventory items their names and pictures: catalog item
 * details (with Roblox's x-csrf-token handshake), badge info, game-pass product info and the
 * thumbnails batch endpoints. No credentials are ever sent to them.
 */

export type ThumbnailKind = "asset" | "badge" | "gamePass";

/** A picture by ID: its URL, or `pending` while Roblox is still rendering it (ask again later). */
export type ThumbnailAnswer = { readonly url: string } | { readonly pending: true };

/** catalog.roblox.com takes at most 120 items per details request; thumbnails.roblox.com 100 IDs. */
export const CATALOG_BATCH = 120;
export const THUMBNAIL_BATCH = 100;

/** Public lookups answer quickly or not at all: a page is shown without names rather than late. */
const LOOKUP_HEADERS_TIMEOUT_MS = 5_000;

/** Thumbnail states worth asking about again soon; any other non-Completed state means "no picture". */
const RETRY_LATER_STATES = new Set(["Pending", "InReview", "TemporarilyUnavailable"]);

const THUMBNAIL_ROUTES: Record<ThumbnailKind, { path: string; param: string }> = {
  asset: { path: "/v1/assets", param: "assetIds" },
  badge: { path: "/v1/badges/icons", param: "badgeIds" },
  gamePass: { path: "/v1/game-passes", param: "gamePassIds" },
};

/** `type` of each kind in a thumbnails batch request. */
const BATCH_TYPES: Record<ThumbnailKind, string> = {
  asset: "Asset",
  badge: "BadgeIcon",
  gamePass: "GamePass",
};

/** A finished picture, `pending` while Roblox renders it, or undefined when there is none. */
function thumbnailAnswer(entry: Record<string, unknown>): ThumbnailAnswer | undefined {
  const url = text(entry.imageUrl);
  if (url !== undefined && entry.state === "Completed" && /^https:\/\//.test(url)) return { url };
  if (typeof entry.state === "string" && RETRY_LATER_STATES.has(entry.state)) return { pending: true };
  return undefined;
}

/** Names and URLs: an empty string counts as absent. */
function text(value: unknown): string | undefined {
  return optionalString(value) || undefined;
}

function dataArray(body: unknown): Record<string, unknown>[] {
  const data = asRecord(body)?.data;
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown): Record<string, unknown>[] => {
    const found = asRecord(entry);
    return found === undefined ? [] : [found];
  });
}

/** Names of catalog assets, by asset ID; assets the catalog does not know are absent. */
async function assetNames(ctx: ApiContext, assetIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < assetIds.length; start += CATALOG_BATCH) {
    const items = assetIds
      .slice(start, start + CATALOG_BATCH)
      .map((id) => ({ itemType: "Asset", id: Number(id) }));
    const body = await callWeb(ctx, {
      family: "catalog",
      method: "POST",
      host: "catalog",
      path: "/v1/catalog/items/details",
      json: { items },
      csrf: true,
      headersTimeoutMs: LOOKUP_HEADERS_TIMEOUT_MS,
    });
    for (const entry of dataArray(body)) {
      const id = optionalId(entry.id);
      const name = text(entry.name);
      if (id !== undefined && name !== undefined) names.set(id, name);
    }
  }
  return names;
}

/** A badge's display name; undefined when Roblox does not know the badge. */
async function badgeName(ctx: ApiContext, badgeId: string): Promise<string | undefined> {
  const body = await callWeb(ctx, {
    family: "badges",
    method: "GET",
    host: "badges",
    path: `/v1/badges/${encodeURIComponent(badgeId)}`,
    emptyOn: [400, 404],
    headersTimeoutMs: LOOKUP_HEADERS_TIMEOUT_MS,
  });
  const badge = asRecord(body);
  return text(badge?.displayName) ?? text(badge?.name);
}

/** A game pass's name; undefined when Roblox does not know the pass. */
async function gamePassName(ctx: ApiContext, gamePassId: string): Promise<string | undefined> {
  const body = await callWeb(ctx, {
    family: "gamePasses",
    method: "GET",
    host: "apis",
    path: `/game-passes/v1/game-passes/${encodeURIComponent(gamePassId)}/product-info`,
    emptyOn: [400, 404],
    headersTimeoutMs: LOOKUP_HEADERS_TIMEOUT_MS,
  });
  return text(asRecord(body)?.Name);
}

/**
 * Pictures by ID for one kind. Roblox answers `Pending` (imageUrl null) until it has rendered a
 * picture: those come back as `pending`. IDs Roblox has no picture for (Error, Blocked) are absent.
 */
async function thumbnails(
  ctx: ApiContext,
  kind: ThumbnailKind,
  ids: readonly string[],
): Promise<Map<string, ThumbnailAnswer>> {
  const route = THUMBNAIL_ROUTES[kind];
  const urls = new Map<string, ThumbnailAnswer>();
  for (let start = 0; start < ids.length; start += THUMBNAIL_BATCH) {
    const batch = ids.slice(start, start + THUMBNAIL_BATCH);
    const body = await callWeb(ctx, {
      family: "thumbnails",
      method: "GET",
      host: "thumbnails",
      path: route.path,
      query: { [route.param]: batch.join(","), size: "150x150", format: "Png", isCircular: "false" },
      headersTimeoutMs: LOOKUP_HEADERS_TIMEOUT_MS,
    });
    for (const entry of dataArray(body)) {
      const id = optionalId(entry.targetId);
      const answer = thumbnailAnswer(entry);
      if (id !== undefined && answer !== undefined) urls.set(id, answer);
    }
  }
  return urls;
}

/**
 * Pictures of items of any kinds in one request per 100 (thumbnails.roblox.com `POST /v1/batch`),
 * keyed by "kind:id"; same answers as `thumbnails`. Under Roblox's per-IP limit one mixed request
 * costs a third of one request per kind.
 */
async function thumbnailBatch(
  ctx: ApiContext,
  refs: ReadonlyArray<{ kind: ThumbnailKind; id: string }>,
): Promise<Map<string, ThumbnailAnswer>> {
  const answers = new Map<string, ThumbnailAnswer>();
  for (let start = 0; start < refs.length; start += THUMBNAIL_BATCH) {
    const batch = refs.slice(start, start + THUMBNAIL_BATCH);
    const byRequest = new Map(batch.map((ref) => [`${ref.kind}:${ref.id}`, ref]));
    const body = await callWeb(ctx, {
      family: "thumbnails",
      method: "POST",
      host: "thumbnails",
      path: "/v1/batch",
      json: batch.map((ref) => ({
        requestId: `${ref.kind}:${ref.id}`,
        targetId: Number(ref.id),
        type: BATCH_TYPES[ref.kind],
        size: "150x150",
        format: "Png",
        isCircular: false,
      })),
      headersTimeoutMs: LOOKUP_HEADERS_TIMEOUT_MS,
    });
    for (const entry of dataArray(body)) {
      const key = optionalString(entry.requestId);
      if (key === undefined || !byRequest.has(key)) continue;
      const answer = thumbnailAnswer(entry);
      if (answer !== undefined) answers.set(key, answer);
    }
  }
  return answers;
}

export const itemLookupEndpoints = { assetNames, badgeName, gamePassName, thumbnails, thumbnailBatch };
