import { hasScope } from "../auth.js";
import { badRequest, notFound } from "../http/errors.js";
import { json } from "../http/reply.js";
import type { Route, RouteContext } from "../route.js";
import type { ThumbnailOperation } from "../state.js";
import type { WorldUser } from "../world/model.js";
import { hash32 } from "../world/random.js";

const THUMBNAIL_SIZES = new Set([48, 50, 60, 75, 100, 110, 150, 180, 352, 420, 720]);

export function requireUser(ctx: RouteContext): WorldUser {
  const userId = ctx.params.userId ?? "";
  if (!/^\d+$/.test(userId)) throw badRequest("Invalid user ID.");
  const user = ctx.state.world.getUser(userId);
  if (user === undefined) throw notFound("User not found.");
  return user;
}

function userResource(ctx: RouteContext, user: WorldUser): Record<string, unknown> {
  const body: Record<string, unknown> = {
    path: `users/${user.id}`,
    createTime: user.createTime,
    id: user.id,
    name: user.name,
    displayName: user.displayName,
    about: user.about,
    locale: user.locale,
    premium: user.premium,
  };
  if (hasScope(ctx.credential, "user.advanced:read")) body.idVerified = user.idVerified;
  if (hasScope(ctx.credential, "user.social:read"))
    body.socialNetworkProfiles = { ...user.socialNetworkProfiles };
  return body;
}

function thumbnailOperationBody(op: ThumbnailOperation): Record<string, unknown> {
  const path = `users/${op.userId}/operations/${op.id}`;
  if (op.pollsLeft > 0) return { path, done: false };
  return {
    path,
    done: true,
    response: {
      "@type": "apis.roblox.com/roblox.open_cloud.cloud.v2.GenerateUserThumbnailResponse",
      imageUri: op.imageUri,
    },
  };
}

export const userRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/cloud\/v2\/users\/(?<userId>[^/:]+)$/,
    family: "users",
    auth: "apiKey",
    style: "v2",
    handle: (ctx) => json(userResource(ctx, requireUser(ctx))),
  },
  {
    method: "GET",
    pattern: /^\/cloud\/v2\/users\/(?<userId>[^/:]+):generateThumbnail$/,
    family: "thumbnails",
    auth: "apiKey",
    style: "v2",
    handle: (ctx) => {
      const user = requireUser(ctx);
      const size = Number(ctx.query.get("size") ?? "420");
      if (!THUMBNAIL_SIZES.has(size)) throw badRequest("Invalid size.");
      const format = (ctx.query.get("format") ?? "PNG").toUpperCase();
      if (!["PNG", "JPEG", "FORMAT_UNSPECIFIED"].includes(format)) throw badRequest("Invalid format.");
      const shape = (ctx.query.get("shape") ?? "ROUND").toUpperCase();
      if (!["ROUND", "SQUARE", "SHAPE_UNSPECIFIED"].includes(shape)) throw badRequest("Invalid shape.");
      const nonce = ctx.state.thumbnailOperations.size;
      const id = Buffer.from(
        JSON.stringify({
          Nonce: nonce,
          Type: "GenerateUserThumbnailRequest",
          Path: `users/${user.id}`,
          Size: String(size),
        }),
      ).toString("base64url");
      const fileFormat = format === "JPEG" ? "Jpeg" : "Png";
      const hash = hash32(ctx.state.world.seed, "headshot", user.id).toString(16);
      const op: ThumbnailOperation = {
        id,
        userId: user.id,
        // Even user IDs are rendered at once; odd ones need polls, as the real service sometimes does.
        pollsLeft: Number(user.id) % 2 === 0 ? 0 : ctx.state.thumbnailPolls,
        imageUri: `https://tr.rbxcdn.com/30DAY-AvatarHeadshot-${hash}-${fileFormat}/${size}/${size}/AvatarHeadshot/${fileFormat}/${shape === "SQUARE" ? "noFilter" : "isCircular"}`,
      };
      ctx.state.thumbnailOperations.set(id, op);
      return json(thumbnailOperationBody(op));
    },
  },
  {
    method: "GET",
    pattern: /^\/cloud\/v2\/users\/(?<userId>[^/:]+)\/operations\/(?<operationId>[^/]+)$/,
    family: "thumbnails",
    auth: "apiKey",
    style: "v2",
    handle: (ctx) => {
      const user = requireUser(ctx);
      const op = ctx.state.thumbnailOperations.get(ctx.params.operationId ?? "");
      if (op === undefined || op.userId !== user.id) throw notFound("Operation not found.");
      const body = thumbnailOperationBody(op);
      if (op.pollsLeft > 0) op.pollsLeft--;
      return json(body);
    },
  },
];
