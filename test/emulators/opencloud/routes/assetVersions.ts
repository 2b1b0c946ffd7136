import { readJsonBody } from "../http/body.js";
import { badRequest, notFound, permissionDenied } from "../http/errors.js";
import { boundaryOf, parseMultipart } from "../http/multipart.js";
import { bindingHash, decodePageToken, encodePageToken, pageSize } from "../http/paging.js";
import { json, type Reply } from "../http/reply.js";
import type { Route, RouteContext } from "../route.js";
import type { WorldAsset, WorldAssetVersion } from "../world/model.js";
import { assetResource, mayManage, requireCredential } from "./assets.js";

const READ = ["asset:read"] as const;
const WRITE = ["asset:read", "asset:write"] as const;

/** The spec's AssetVersion: path, creationContext, moderationResult (published only applies to places). */
function versionResource(assetId: string, version: WorldAssetVersion): Record<string, unknown> {
  const creator =
    "userId" in version.creator ? { userId: version.creator.userId } : { groupId: version.creator.groupId };
  return {
    path: `assets/${assetId}/versions/${version.versionNumber}`,
    creationContext: { creator },
    moderationResult: { moderationState: version.moderationState },
  };
}

/** The asset, when the caller may manage it: 404 for an unknown asset, 403 for someone else's. */
function managedAsset(ctx: RouteContext): WorldAsset {
  const credential = requireCredential(ctx);
  const asset = ctx.state.world.getAsset(ctx.params.assetId ?? "");
  if (asset === undefined) throw notFound("Asset not found.");
  if (!mayManage(ctx, credential, asset)) throw permissionDenied("The API key cannot manage this asset.");
  return asset;
}

/** Newest first (the order the Creator Dashboard shows; the API reference does not say). */
function listVersions(ctx: RouteContext): Reply {
  const asset = managedAsset(ctx);
  const size = pageSize(ctx.query, 8, 50);
  const binding = bindingHash("asset-versions", asset.assetId);
  const cursor = decodePageToken(ctx.query.get("pageToken"), binding);
  const newestFirst = [...ctx.state.world.assetVersions(asset.assetId)].reverse();
  const page = newestFirst.slice(cursor, cursor + size);
  const next = cursor + size < newestFirst.length ? encodePageToken(cursor + size, binding) : "";
  return json({
    assetVersions: page.map((version) => versionResource(asset.assetId, version)),
    nextPageToken: next,
  });
}

function findVersion(asset: WorldAsset, versions: WorldAssetVersion[], raw: string): WorldAssetVersion {
  if (!/^\d{1,10}$/.test(raw)) throw badRequest("Invalid version number.");
  const version = versions.find((v) => v.versionNumber === Number(raw));
  if (version === undefined) throw notFound(`Version ${raw} of asset ${asset.assetId} not found.`);
  return version;
}

function getVersion(ctx: RouteContext): Reply {
  const asset = managedAsset(ctx);
  const versions = ctx.state.world.assetVersions(asset.assetId);
  return json(versionResource(asset.assetId, findVersion(asset, versions, ctx.params.versionNumber ?? "")));
}

/**
 * `assetVersion` from the body: the spec declares multipart/form-data, its curl sample and rblxopencloud
 * send JSON; both are read.
 */
async function readAssetVersionField(ctx: RouteContext): Promise<unknown> {
  const boundary = boundaryOf(ctx.req.headers["content-type"]);
  if (boundary === undefined) {
    const body = await readJsonBody(ctx.req);
    return typeof body === "object" && body !== null
      ? (body as Record<string, unknown>).assetVersion
      : undefined;
  }
  let value: string | undefined;
  await parseMultipart(ctx.req, boundary, (part) => {
    const chunks: Buffer[] = [];
    return {
      write: (chunk) => {
        if (part.name === "assetVersion") chunks.push(chunk);
      },
      end: () => {
        if (part.name === "assetVersion") value = Buffer.concat(chunks).toString("utf8");
      },
    };
  });
  return value;
}

/** A rollback commits a new version with the chosen version's content (rblxopencloud: "the new asset version"). */
async function rollback(ctx: RouteContext): Promise<Reply> {
  const field = await readAssetVersionField(ctx);
  const asset = managedAsset(ctx);
  if (typeof field !== "string") throw badRequest("assetVersion is required.");
  const match = /^assets\/(\d+)\/versions\/(\d+)$/.exec(field);
  if (match === null) throw badRequest("assetVersion must be assets/{assetId}/versions/{versionNumber}.");
  if (match[1] !== asset.assetId) throw badRequest("assetVersion names another asset than the path.");
  const target = findVersion(asset, ctx.state.world.assetVersions(asset.assetId), match[2] ?? "");
  const rolled: WorldAsset = {
    ...asset,
    revisionId: asset.revisionId + 1,
    revisionCreateTime: new Date().toISOString(),
    moderationState: target.moderationState,
    contentSize: target.contentSize,
    contentSha256: target.contentSha256,
    contentHead: target.contentHead,
  };
  delete rolled.review;
  ctx.state.world.putAsset(rolled);
  const versions = ctx.state.world.assetVersions(asset.assetId);
  return json(versionResource(asset.assetId, versions.at(-1) as WorldAssetVersion));
}

/** Archive and restore answer the Asset; doing either twice is not refused (UNCONFIRMED what Roblox does). */
function setState(state: WorldAsset["state"]) {
  return (ctx: RouteContext): Reply => {
    const asset = managedAsset(ctx);
    const updated: WorldAsset = { ...asset, state };
    ctx.state.world.putAsset(updated);
    return json(assetResource(updated));
  };
}

const ID = "(?<assetId>\\d+)";

export const assetVersionRoutes: Route[] = [
  {
    method: "GET",
    pattern: new RegExp(`^/assets/v1/assets/${ID}/versions$`),
    family: "asset-versions",
    auth: "apiKey",
    scopes: READ,
    style: "assets",
    handle: listVersions,
  },
  {
    method: "GET",
    pattern: new RegExp(`^/assets/v1/assets/${ID}/versions/(?<versionNumber>[^/:]+)$`),
    family: "asset-versions",
    auth: "apiKey",
    scopes: READ,
    style: "assets",
    handle: getVersion,
  },
  {
    method: "POST",
    pattern: new RegExp(`^/assets/v1/assets/${ID}/versions:rollback$`),
    family: "asset-versions",
    auth: "apiKey",
    scopes: WRITE,
    style: "assets",
    handle: rollback,
  },
  {
    method: "POST",
    pattern: new RegExp(`^/assets/v1/assets/${ID}:archive$`),
    family: "asset-versions",
    auth: "apiKey",
    scopes: WRITE,
    style: "assets",
    handle: setState("Archived"),
  },
  {
    method: "POST",
    pattern: new RegExp(`^/assets/v1/assets/${ID}:restore$`),
    family: "asset-versions",
    auth: "apiKey",
    scopes: WRITE,
    style: "assets",
    handle: setState("Active"),
  },
];
