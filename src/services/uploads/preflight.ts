import type { UploadCreator } from "../../config.js";
import { userError } from "../../errors.js";
import type { LocaleId } from "../../i18n/locales.js";
import { noNewVersions, type RequestedType } from "./assetTypes.js";
import type { InspectionInput } from "./inspect.js";
import type { UploadJob } from "./jobs.js";
import type { UploadPolicy } from "./policy.js";

/** Roblox's cap on one create or update call (usage-assets guide). */
const ROBLOX_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_DISPLAY_NAME = 50;
export const MAX_DESCRIPTION = 1000;

export interface AttachmentInfo {
  readonly url: string;
  readonly name: string;
  /** The size Discord declares for the attachment. */
  readonly size: number;
}

export interface UploadRequest {
  readonly interactionId: string;
  readonly applicationId: string;
  readonly interactionToken: string;
  /** Discord's creation time of the interaction (from its ID), ms. */
  readonly interactionCreatedAt: number;
  readonly userId: string;
  readonly guildId: string | null;
  /** Whether the member has Manage Expressions in this server, from the interaction's member permissions. */
  readonly memberMayUpload: boolean;
  /** The member's roles in this server, from the interaction. */
  readonly memberRoleIds: readonly string[];
  readonly attachment: AttachmentInfo;
  /** `attachment_size_limit` of the interaction, if Discord sent it. */
  readonly attachmentSizeLimit: number | undefined;
  readonly type: RequestedType;
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  readonly assetId?: string | undefined;
  /** The language of the reply (the member's when private, the server's when public). */
  readonly locale: LocaleId;
  /** The server's language (`guild_locale`). */
  readonly guildLocale: LocaleId;
  /** Whose account: the member's own ("me", with their grant) or the operator's; unset, the server's default. */
  readonly to?: "me" | "server" | undefined;
  /** The member's own language (`locale`), for a DM sent later. */
  readonly memberLocale: LocaleId;
}

/** What the operator configured for uploads. */
export interface PreflightRules {
  readonly policy: UploadPolicy;
  readonly creator: UploadCreator | undefined;
  readonly cdnHosts: readonly string[];
  /** The largest zip (its files are uploaded one by one); absent: zips are not taken. */
  readonly zipMaxBytes?: number | undefined;
}

/** A request that passed every check, with what the later steps need of it. */
export interface Preflight {
  readonly guildId: string;
  readonly url: URL;
  readonly description: string;
  /** The upload's record as it is created, before anything is downloaded. */
  readonly job: UploadJob;
  readonly inspection: InspectionInput;
  /** A zip named so: its files are uploaded one by one (the bytes are checked to be a zip when read). */
  readonly zip: boolean;
}

/**
 * The upload's first step, before any I/O: who may upload where, the declared size, type, name,
 * description and asset_id, and the attachment's link. A refusal throws UserError; nothing changed.
 */
export function preflight(
  request: UploadRequest,
  rules: PreflightRules,
  now: number,
  self?: SelfUpload,
): Preflight {
  // To the member's own account: their grant, their risk; the operator's allow-list is not asked.
  const guildId = self === undefined ? checkUploadAllowed(rules.policy, request) : inServer(request);
  const creator = self === undefined ? rules.creator : { userId: self.robloxUserId };
  if (creator === undefined) {
    throw userError("upload.noCreator");
  }
  const { assetId, attachment } = request;
  const extension = extensionOf(attachment.name);
  if (assetId !== undefined) {
    checkAssetId(assetId);
    noNewVersions(request.type);
    // "Currently, you can only update the asset content for `.fbx` files" (creator-docs
    // cloud/guides/usage-assets.md): refused by name here, and again by the bytes once read.
    if (extension !== ".fbx") throw userError("upload.fbxOnly");
  }
  const description = checkDescription(request.description);
  const zip = extension === ".zip" && assetId === undefined && rules.zipMaxBytes !== undefined;
  checkDeclaredSize(
    attachment.size,
    zip
      ? zipSizeLimit(request.attachmentSizeLimit, rules.zipMaxBytes ?? 0)
      : sizeLimit(request.attachmentSizeLimit),
  );
  const url = checkAttachmentUrl(attachment.url, rules.cdnHosts);
  const job: UploadJob = {
    id: request.interactionId,
    userId: request.userId,
    guildId,
    applicationId: request.applicationId,
    interactionToken: request.interactionToken,
    interactionCreatedAt: request.interactionCreatedAt,
    createdAt: now,
    fileName: attachment.name,
    size: attachment.size,
    displayName: displayNameFor(request.name, attachment.name),
    locale: request.locale,
    guildLocale: request.guildLocale,
    memberLocale: request.memberLocale,
    creator,
    ...(self === undefined ? {} : { grantOf: request.userId }),
    ...(assetId === undefined ? {} : { targetAssetId: assetId }),
    stage: "downloading",
    replyOpen: true,
    updatedAt: now,
  };
  const inspection = {
    requested: request.type,
    fileName: attachment.name,
    extension,
    targetAssetId: assetId,
  };
  return { guildId, url, description, job, inspection, zip };
}

/** An upload to the member's own Roblox account, with their grant. */
export interface SelfUpload {
  readonly robloxUserId: string;
}

function inServer(request: Pick<UploadRequest, "guildId">): string {
  if (request.guildId === null) throw userError("upload.serverOnly");
  return request.guildId;
}

/**
 * Whether this member may upload to the operator's account here, and the server's ID. Checked first
 * (no download, no cooldown or cap taken, no Roblox request): a public bot can be added to any
 * server, and the administrator of that server holds Manage Expressions there.
 */
export function checkUploadAllowed(
  policy: UploadPolicy,
  request: Pick<UploadRequest, "guildId" | "memberMayUpload" | "memberRoleIds">,
): string {
  if (request.guildId === null) throw userError("upload.serverOnly");
  if (!policy.guildIds.includes(request.guildId)) {
    throw userError(policy.guildIds.length === 0 ? "upload.offEverywhere" : "upload.offHere");
  }
  if (!request.memberMayUpload) throw userError("upload.needPermission");
  if (policy.roleIds.length > 0 && !policy.roleIds.some((roleId) => request.memberRoleIds.includes(roleId))) {
    const roles = policy.roleIds.map((roleId) => `<@&${roleId}>`).join(", ");
    throw userError("upload.needRole", { roles });
  }
  return request.guildId;
}

/** The largest file this upload may be: Discord's limit for this interaction, and Roblox's 20 MB. */
export function sizeLimit(attachmentSizeLimit: number | undefined): number {
  return attachmentSizeLimit !== undefined && attachmentSizeLimit > 0
    ? Math.min(attachmentSizeLimit, ROBLOX_MAX_UPLOAD_BYTES)
    : ROBLOX_MAX_UPLOAD_BYTES;
}

/** The largest zip this upload may be: Discord's limit for this interaction, and the operator's. */
function zipSizeLimit(attachmentSizeLimit: number | undefined, zipMaxBytes: number): number {
  return attachmentSizeLimit !== undefined && attachmentSizeLimit > 0
    ? Math.min(attachmentSizeLimit, zipMaxBytes)
    : zipMaxBytes;
}

export function checkDeclaredSize(size: number, limit: number): void {
  if (!Number.isSafeInteger(size) || size <= 0) throw userError("upload.empty");
  if (size > limit) throw userError("upload.tooBig", { size: { bytes: size }, limit: { bytes: limit } });
}

function hostMatches(url: URL, allowed: readonly string[]): boolean {
  const host = url.host.toLowerCase();
  const hostname = url.hostname.toLowerCase();
  // "host:port" entries must match exactly; a bare host name matches only the scheme's default port.
  return allowed.some((entry) =>
    entry.includes(":") ? entry === host : entry === hostname && url.port === "",
  );
}

/**
 * The attachment URL as a URL, if it points at one of Discord's CDN hosts (or the configured stand-in).
 * Anything else, including loopback and private addresses not in the list, is refused before any request.
 */
export function checkAttachmentUrl(raw: string, cdnHosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw userError("upload.noLink");
  }
  const schemeOk = url.protocol === "https:" || url.protocol === "http:";
  if (!schemeOk || url.username !== "" || url.password !== "" || !hostMatches(url, cdnHosts)) {
    throw userError("upload.notOnCdn");
  }
  return url;
}

/** The file's extension when it is a plain one (safe to show back), else "". */
function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name);
  return match ? `.${match[1]?.toLowerCase()}` : "";
}

/** The largest Roblox ID: asset IDs are positive int64 values. */
const MAX_ROBLOX_ID = 9_223_372_036_854_775_807n;

export function checkAssetId(assetId: string): void {
  if (!/^\d{1,20}$/.test(assetId)) throw userError("upload.assetIdNotNumeric");
  if (!/^[1-9]/.test(assetId) || BigInt(assetId) > MAX_ROBLOX_ID) {
    throw userError("upload.assetIdInvalid", { id: assetId });
  }
}

/** The display name: the one given, or the file name without its extension; cut to Roblox's limit. */
export function displayNameFor(given: string | undefined, fileName: string): string {
  const base = (given ?? fileName.replace(/\.[^.]*$/, "")).replace(/[\r\n\t]+/g, " ").trim();
  const name = base.length > 0 ? base : "Upload";
  return Array.from(name).slice(0, MAX_DISPLAY_NAME).join("");
}

function checkDescription(description: string | undefined): string {
  const text = description ?? "";
  if (text.length > MAX_DESCRIPTION) throw userError("upload.descriptionTooLong", { max: MAX_DESCRIPTION });
  return text;
}
