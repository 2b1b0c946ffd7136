import { setTimeout as delay } from "node:timers/promises";
import { type ApiContext, type CallOptions, callApi } from "./api.js";
import { OpenCloudError } from "./errors.js";
import {
  asRecord,
  badResponse,
  idSegment,
  optionalBoolean,
  optionalDate,
  optionalString,
  requireId,
  requireRecord,
  requireString,
} from "./parse.js";
import { callWeb } from "./web.js";

export interface RobloxUser {
  id: string;
  username: string;
  displayName: string;
  about: string;
  createTime: Date;
  premium: boolean;
  locale?: string;
  /** Only with the `user.advanced:read` scope. */
  idVerified?: boolean;
}

export function parseUser(value: unknown): RobloxUser {
  const raw = requireRecord(value, "user");
  const createTime = optionalDate(raw.createTime);
  if (createTime === undefined) throw badResponse("user.createTime");
  const user: RobloxUser = {
    id: requireId(raw.id, "user.id"),
    username: requireString(raw.name, "user.name"),
    displayName: optionalString(raw.displayName) ?? requireString(raw.name, "user.name"),
    about: optionalString(raw.about) ?? "",
    createTime,
    premium: optionalBoolean(raw.premium) ?? false,
  };
  const locale = optionalString(raw.locale);
  if (locale !== undefined) user.locale = locale;
  const idVerified = optionalBoolean(raw.idVerified);
  if (idVerified !== undefined) user.idVerified = idVerified;
  return user;
}

async function getUser(ctx: ApiContext, userId: string | number, options: CallOptions = {}) {
  const body = await callApi(
    ctx,
    { family: "users", method: "GET", host: "apis", path: `/cloud/v2/users/${idSegment(userId, "userId")}` },
    options,
  );
  return parseUser(body);
}

export interface ResolvedUsername {
  id: string;
  name: string;
  displayName: string;
}

/** users.roblox.com accepts up to 100 names per request. */
export const USERNAMES_PER_REQUEST = 100;

/**
 * Resolves usernames (current or previous) to users, in batches. The map is keyed by the
 * requested name in lower case; names Roblox does not know are absent.
 */
async function resolveUsernames(
  ctx: ApiContext,
  names: readonly string[],
  options: CallOptions = {},
): Promise<Map<string, ResolvedUsername>> {
  const unique = [
    ...new Set(names.map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0)),
  ];
  const result = new Map<string, ResolvedUsername>();
  for (let start = 0; start < unique.length; start += USERNAMES_PER_REQUEST) {
    const batch = unique.slice(start, start + USERNAMES_PER_REQUEST);
    const body = requireRecord(
      await callWeb(
        ctx,
        {
          family: "usernames",
          method: "POST",
          host: "users",
          path: "/v1/usernames/users",
          json: { usernames: batch, excludeBannedUsers: false },
          // A lookup changes nothing, so repeating it after a 5xx is safe; a 429 is not retried: the
          // limit is per IP (users.roblox.com throttles anonymous callers hard), so the caller backs off.
          retryUnavailable: true,
        },
        options,
      ),
      "usernames response",
    );
    for (const entry of Array.isArray(body.data) ? body.data : []) {
      const raw = asRecord(entry);
      if (!raw) continue;
      const requested = optionalString(raw.requestedUsername)?.toLowerCase();
      const name = requireString(raw.name, "username entry name");
      result.set(requested ?? name.toLowerCase(), {
        id: requireId(raw.id, "username entry id"),
        name,
        displayName: optionalString(raw.displayName) ?? name,
      });
    }
  }
  return result;
}

export type HeadshotSize = 48 | 50 | 60 | 75 | 100 | 110 | 150 | 180 | 352 | 420 | 720;

export interface HeadshotOptions extends CallOptions {
  size?: HeadshotSize;
  format?: "png" | "jpeg";
  shape?: "round" | "square";
  /** Give up polling the thumbnail operation after this long (default 10 s). */
  deadlineMs?: number;
}

function thumbnailUri(operation: Record<string, unknown>): string | undefined {
  if (operation.done !== true) return undefined;
  const error = asRecord(operation.error);
  if (error) {
    throw new OpenCloudError({
      kind: "unknown",
      status: 200,
      code: String(error.code ?? "OPERATION_FAILED"),
      message: `Thumbnail generation failed: ${optionalString(error.message) ?? "no message"}`,
    });
  }
  const uri = optionalString(asRecord(operation.response)?.imageUri);
  if (uri === undefined) throw badResponse("thumbnail imageUri");
  return uri;
}

/** The avatar headshot URL, through the generateThumbnail operation (inline result or polling). */
async function getHeadshotUrl(
  ctx: ApiContext,
  userId: string | number,
  options: HeadshotOptions = {},
): Promise<string> {
  const id = idSegment(userId, "userId");
  const first = requireRecord(
    await callApi(
      ctx,
      {
        family: "thumbnails",
        method: "GET",
        host: "apis",
        path: `/cloud/v2/users/${id}:generateThumbnail`,
        query: {
          size: options.size ?? 420,
          format: (options.format ?? "png").toUpperCase(),
          shape: (options.shape ?? "round").toUpperCase(),
        },
      },
      options,
    ),
    "thumbnail operation",
  );
  const inline = thumbnailUri(first);
  if (inline !== undefined) return inline;
  const path = requireString(first.path, "thumbnail operation path");
  const deadline = Date.now() + (options.deadlineMs ?? 10_000);
  for (let waitMs = 250; ; waitMs = Math.min(waitMs * 2, 2_000)) {
    if (Date.now() + waitMs > deadline) {
      throw new OpenCloudError({
        kind: "unavailable",
        status: 0,
        code: "DEADLINE_EXCEEDED",
        message: "Thumbnail generation did not finish in time",
      });
    }
    await delay(waitMs, undefined, options.signal === undefined ? undefined : { signal: options.signal });
    const operation = requireRecord(
      await callApi(
        ctx,
        { family: "thumbnails", method: "GET", host: "apis", path: `/cloud/v2/${encodeOperationPath(path)}` },
        options,
      ),
      "thumbnail operation",
    );
    const uri = thumbnailUri(operation);
    if (uri !== undefined) return uri;
  }
}

/** `users/1/operations/abc=` → each segment URL-encoded, slashes kept. */
function encodeOperationPath(path: string): string {
  return path
    .split("/")
    .filter((segment) => segment.length > 0)
    .map(encodeURIComponent)
    .join("/");
}

export const userEndpoints = { getUser, resolveUsernames, getHeadshotUrl };
