import { randomUUID } from "node:crypto";
import { canonicalAssetType, checkFile, readAssetUpload } from "../assetUpload.js";
import type { Credential } from "../auth.js";
import { readJsonBody } from "../http/body.js";
import { badRequest, HttpError, notFound, permissionDenied, refused } from "../http/errors.js";
import { json, type Reply } from "../http/reply.js";
import type { Route, RouteContext } from "../route.js";
import type { AssetOperation, AssetOutcome } from "../state.js";
import type { WorldAsset } from "../world/model.js";

const ASSET_SCOPES_WRITE = ["asset:read", "asset:write"] as const;
const READ_MASK_FIELDS = new Set([
  "path",
  "revisionId",
  "revisionCreateTime",
  "assetId",
  "displayName",
  "assetType",
  "creationContext",
  "moderationResult",
  "state",
  "description",
  "icon",
  "previews",
  "facebookSocialLink",
  "twitterSocialLink",
  "youtubeSocialLink",
  "twitchSocialLink",
  "discordSocialLink",
  "githubSocialLink",
  "robloxSocialLink",
  "guildedSocialLink",
  "devForumSocialLink",
  "tryAssetSocialLink",
]);

/** IDs are strings on the wire, as captured from real responses (see conformance/toleratedDifferences.ts). */
export function assetResource(asset: WorldAsset): Record<string, unknown> {
  const creator =
    "userId" in asset.creator ? { userId: asset.creator.userId } : { groupId: asset.creator.groupId };
  return {
    path: `assets/${asset.assetId}`,
    revisionId: String(asset.revisionId),
    revisionCreateTime: asset.revisionCreateTime,
    assetId: asset.assetId,
    displayName: asset.displayName,
    description: asset.description,
    assetType: asset.assetType,
    creationContext: { creator },
    moderationResult: { moderationState: asset.moderationState },
    state: asset.state,
  };
}

function operationBody(op: AssetOperation, includeDone: boolean): Record<string, unknown> {
  const base = { path: `operations/${op.id}`, operationId: op.id };
  if (op.pollsLeft > 0) return includeDone ? { ...base, done: false } : base;
  if (op.outcome.kind === "failed") return { ...base, done: true, error: op.outcome.error };
  return { ...base, done: true, response: assetResource(op.outcome.asset) };
}

function finishIfDue(ctx: RouteContext, op: AssetOperation): void {
  if (op.pollsLeft > 0 || op.applied) return;
  op.applied = true;
  if (op.outcome.kind !== "failed") ctx.state.world.putAsset(op.outcome.asset);
}

function idOf(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return String(value);
  if (typeof value === "string" && /^\d+$/.test(value)) return value;
  return undefined;
}

/**
 * A token from an OAuth grant reaches only the accounts the user picked at consent: "U" (their own) and
 * the groups listed by `v1/token/resources` (creator-docs `cloud/guides/usage-assets.md` §OAuth 2.0 apps).
 */
function grantAllows(credential: Credential, creator: WorldAsset["creator"]): boolean {
  const granted = credential.grantedCreators;
  if (granted === undefined) return true;
  return "userId" in creator ? granted.self : granted.groupIds.includes(creator.groupId);
}

/** The creator must be the key's owner, or a group the owner (or the group key) may upload to. */
function checkCreator(ctx: RouteContext, credential: Credential, creator: unknown): WorldAsset["creator"] {
  const c = (typeof creator === "object" && creator !== null ? creator : {}) as Record<string, unknown>;
  const userId = idOf(c.userId);
  const groupId = idOf(c.groupId);
  if ((userId === undefined) === (groupId === undefined)) {
    throw badRequest("creationContext.creator must contain exactly one of userId or groupId.");
  }
  if (userId !== undefined) {
    if (credential.ownerUserId !== userId)
      throw permissionDenied("The API key cannot create assets for this user.");
    if (!grantAllows(credential, { userId }))
      throw permissionDenied("The user did not grant this app access to their own account.");
    return { userId };
  }
  const gid = groupId as string;
  const allowed =
    credential.ownerGroupId === gid ||
    (credential.ownerUserId !== undefined && ctx.state.world.canUploadToGroup(credential.ownerUserId, gid));
  if (!allowed) throw permissionDenied("The API key's owner cannot create assets for this group.");
  if (!grantAllows(credential, { groupId: gid }))
    throw permissionDenied("The user did not grant this app access to this group.");
  return { groupId: gid };
}

export function mayManage(ctx: RouteContext, credential: Credential, asset: WorldAsset): boolean {
  if (!grantAllows(credential, asset.creator)) return false;
  if ("userId" in asset.creator) return credential.ownerUserId === asset.creator.userId;
  const gid = asset.creator.groupId;
  return (
    credential.ownerGroupId === gid ||
    (credential.ownerUserId !== undefined && ctx.state.world.canUploadToGroup(credential.ownerUserId, gid))
  );
}

/** Outcome chosen by the display name so tests can pick it: "moderated" → rejected, "fail" → failed. */
function outcomeFor(displayName: string, asset: WorldAsset, reviewingReads: number): AssetOutcome {
  const name = displayName.toLowerCase();
  // The operation can be done while moderation still says `Reviewing` (assets v1.json: the state "Can be
  // `Reviewing`, `Rejected`, or `Approved`"); the asset's later reads tell the verdict.
  if (name.includes("reviewing")) {
    const verdict = name.includes("reviewing-rejected") ? "Rejected" : "Approved";
    return {
      kind: "approved",
      asset: { ...asset, moderationState: "Reviewing", review: { readsLeft: reviewingReads, verdict } },
    };
  }
  if (name.includes("moderated"))
    return { kind: "rejected", asset: { ...asset, moderationState: "Rejected" } };
  if (name.includes("fail")) {
    return {
      kind: "failed",
      error: { code: 400, message: "Asset processing failed: the file could not be converted." },
    };
  }
  return { kind: "approved", asset };
}

function startOperation(ctx: RouteContext, outcome: AssetOutcome, polls: number): AssetOperation {
  const op: AssetOperation = { id: randomUUID(), pollsLeft: polls, outcome, applied: false };
  ctx.state.assetOperations.set(op.id, op);
  finishIfDue(ctx, op);
  return op;
}

export function requireCredential(ctx: RouteContext): Credential {
  if (ctx.credential === undefined) throw permissionDenied("Authentication required.");
  return ctx.credential;
}

async function createAsset(ctx: RouteContext): Promise<Reply> {
  const credential = requireCredential(ctx);
  const { request, file } = await readAssetUpload(ctx.req, ctx.state.requestPart);
  const assetType = canonicalAssetType(request.assetType);
  if (assetType === undefined)
    throw badRequest(`Unsupported assetType ${JSON.stringify(request.assetType)}.`);
  const displayName = request.displayName;
  if (typeof displayName !== "string" || displayName.trim() === "")
    throw badRequest("displayName is required.");
  if (displayName.length > 50) throw badRequest("displayName is longer than 50 characters.");
  const description = request.description ?? "";
  if (typeof description !== "string") throw badRequest("description must be a string.");
  if (description.length > 1000) throw badRequest("description is longer than 1000 characters.");
  const context = (request.creationContext ?? {}) as Record<string, unknown>;
  const creator = checkCreator(ctx, credential, context.creator);
  if (file === undefined) throw badRequest('The multipart field "fileContent" is required.');
  checkFile(file, assetType);
  if (/badname/i.test(displayName)) throw badRequest("AssetName is moderated.");
  if (assetType === "Audio" && credential.ownerUserId !== undefined) {
    // errors.md: RESOURCE_EXHAUSTED (429) "You don't have enough quota to perform the operation".
    // The exact words Roblox uses for a spent upload quota are not documented.
    const now = ctx.state.oauth.clock.now();
    if (!ctx.state.quotas.takeAudio(credential.ownerUserId, now)) {
      const quota = ctx.state.quotas.audio(credential.ownerUserId, now);
      throw new HttpError(
        429,
        "RESOURCE_EXHAUSTED",
        `Upload quota exceeded: ${quota.usage} of ${quota.capacity} Audio uploads this month. It resets at ${quota.usageResetTime}.`,
      );
    }
  }
  if (/baddescription/i.test(description)) throw badRequest("AssetDescription is moderated.");
  const asset: WorldAsset = {
    assetId: ctx.state.world.allocateAssetId(),
    assetType,
    displayName,
    description,
    creator,
    revisionId: 1,
    revisionCreateTime: new Date().toISOString(),
    moderationState: "Approved",
    state: "Active",
    contentSize: file.size,
    contentSha256: file.sha256,
    contentHead: file.head,
  };
  const op = startOperation(
    ctx,
    outcomeFor(displayName, asset, ctx.state.reviewingReads),
    ctx.state.operationPolls,
  );
  return json(operationBody(op, true));
}

async function updateAsset(ctx: RouteContext): Promise<Reply> {
  const credential = requireCredential(ctx);
  const asset = ctx.state.world.getAsset(ctx.params.assetId ?? "");
  const contentType = ctx.req.headers["content-type"] ?? "";
  const { request, file } = /^application\/json/i.test(contentType)
    ? { request: (await readJsonBody(ctx.req)) as Record<string, unknown>, file: undefined }
    : await readAssetUpload(ctx.req, ctx.state.requestPart);
  if (asset === undefined) throw notFound("Asset not found.");
  if (!mayManage(ctx, credential, asset)) throw permissionDenied("The API key cannot update this asset.");
  const bodyId = request.assetId === undefined ? asset.assetId : idOf(request.assetId);
  if (bodyId !== asset.assetId) throw badRequest("assetId in the request does not match the path.");
  const mask = ctx.query.get("updateMask");
  const fields = mask === null || mask === "" ? undefined : new Set(mask.split(",").map((f) => f.trim()));
  const updated: WorldAsset = { ...asset };
  for (const field of ["displayName", "description"] as const) {
    const value = request[field];
    if ((fields === undefined || fields.has(field)) && typeof value === "string") updated[field] = value;
  }
  if (file === undefined) {
    ctx.state.world.putAsset(updated);
    return json(operationBody(startOperation(ctx, { kind: "approved", asset: updated }, 0), true));
  }
  if (asset.assetType !== "Model") {
    throw badRequest(
      `Updating the content of a ${asset.assetType} asset is not supported. Only Models can be updated.`,
    );
  }
  checkFile(file, "Model");
  // "Currently, you can only update the asset content for `.fbx` files" (creator-docs
  // cloud/guides/usage-assets.md, "Update an asset"); other model formats are refused.
  if (file.contentType !== "model/fbx") {
    throw badRequest(`Updating asset content is only supported for .fbx files, not ${file.contentType}.`);
  }
  Object.assign(updated, {
    revisionId: asset.revisionId + 1,
    revisionCreateTime: new Date().toISOString(),
    contentSize: file.size,
    contentSha256: file.sha256,
    contentHead: file.head,
  });
  const op = startOperation(
    ctx,
    outcomeFor(updated.displayName, updated, ctx.state.reviewingReads),
    ctx.state.operationPolls,
  );
  return json(operationBody(op, true));
}

export const assetRoutes: Route[] = [
  {
    method: "POST",
    pattern: /^\/assets\/v1\/assets$/,
    family: "assets-write",
    auth: "apiKey",
    scopes: ASSET_SCOPES_WRITE,
    style: "assets",
    handle: createAsset,
  },
  {
    method: "PATCH",
    pattern: /^\/assets\/v1\/assets\/(?<assetId>\d+)$/,
    family: "assets-write",
    auth: "apiKey",
    scopes: ASSET_SCOPES_WRITE,
    style: "assets",
    handle: updateAsset,
  },
  {
    method: "GET",
    pattern: /^\/assets\/v1\/assets\/(?<assetId>\d+)$/,
    family: "assets-read",
    auth: "apiKey",
    scopes: ["asset:read"],
    style: "assets",
    handle: (ctx) => {
      const credential = requireCredential(ctx);
      const asset = ctx.state.world.getAsset(ctx.params.assetId ?? "");
      if (asset === undefined) throw notFound("Asset not found.");
      if (!mayManage(ctx, credential, asset)) throw permissionDenied("The API key cannot read this asset.");
      if (asset.review !== undefined) {
        if (asset.review.readsLeft > 0) asset.review.readsLeft--;
        else {
          asset.moderationState = asset.review.verdict;
          delete asset.review;
        }
      }
      const resource = assetResource(asset);
      const mask = ctx.query.get("readMask");
      if (mask === null || mask === "") return json(resource);
      const fields = mask.split(",").map((f) => f.trim());
      const unknown = fields.filter((f) => !READ_MASK_FIELDS.has(f));
      if (unknown.length > 0) throw badRequest(`Invalid readMask field(s): ${unknown.join(", ")}.`);
      return json(Object.fromEntries(Object.entries(resource).filter(([key]) => fields.includes(key))));
    },
  },
  {
    method: "GET",
    pattern: /^\/assets\/v1\/operations\/(?<operationId>[^/]+)$/,
    family: "operations",
    auth: "apiKey",
    scopes: ["asset:read"],
    style: "assets",
    handle: (ctx) => {
      const op = ctx.state.assetOperations.get(ctx.params.operationId ?? "");
      if (op === undefined) throw notFound("Operation not found.");
      if (op.pollsLeft > 0) {
        // Pending polls omit `done` (proto3 drops false booleans), as real clients report.
        const body = operationBody(op, false);
        op.pollsLeft--;
        return json(body);
      }
      finishIfDue(ctx, op);
      return json(operationBody(op, true));
    },
  },
];

/** `quotaType == RateLimitUpload && assetType == Audio` (spec example), enum spellings too. */
function quotaFilterKeeps(raw: string | null): boolean {
  if (raw === null || raw.trim() === "") return true;
  const clauses = raw.split("&&").map((clause) => clause.trim());
  let keeps = true;
  for (const clause of clauses) {
    const match = /^(quotaType|assetType)\s*==\s*['"]?([A-Za-z_]+)['"]?$/.exec(clause);
    if (match === null) throw badRequest("Invalid filter. Supported: quotaType == X && assetType == Y.");
    const value = (match[2] ?? "").replace(/_/g, "").toLowerCase();
    if (match[1] === "quotaType") keeps &&= value === "ratelimitupload";
    else keeps &&= value === "audio";
  }
  return keeps;
}

/** Only the user's own credential sees their quotas. */
export const assetQuotaRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/cloud\/v2\/users\/(?<userId>[^/:]+)\/asset-quotas$/,
    family: "asset-quotas",
    auth: "apiKey",
    scopes: ["asset:read"],
    style: "v2",
    handle: (ctx) => {
      const userId = ctx.params.userId ?? "";
      if (!/^\d+$/.test(userId)) throw badRequest("Invalid user ID.");
      if (ctx.state.world.getUser(userId) === undefined) throw notFound("User not found.");
      if (ctx.credential?.ownerUserId !== userId) {
        throw refused(
          ctx.state.permissionFailures,
          "Asset quotas can only be read with the user's own credential.",
        );
      }
      const quota = ctx.state.quotas.audio(userId, ctx.state.oauth.clock.now());
      const assetQuotas = quotaFilterKeeps(ctx.query.get("filter"))
        ? [{ path: `users/${userId}/asset-quotas/audio-upload`, ...quota }]
        : [];
      return json({ assetQuotas, nextPageToken: "" });
    },
  },
];
