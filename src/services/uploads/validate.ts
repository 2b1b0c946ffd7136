import { UserError, userError } from "../../errors.js";
import { message } from "../../i18n/types.js";
import type { FileFamily, FileKind, UnknownBytes } from "./sniff.js";

/** Roblox's cap on one create or update call (usage-assets guide). */
export const ROBLOX_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_DISPLAY_NAME = 50;
export const MAX_DESCRIPTION = 1000;

export type RequestedType = "Auto" | "Decal" | "Audio" | "Model";
export type UploadAssetType = Exclude<RequestedType, "Auto">;

const TYPE_OF_FAMILY: Record<FileFamily, UploadAssetType> = {
  image: "Decal",
  audio: "Audio",
  model: "Model",
};

export interface AttachmentInfo {
  readonly url: string;
  readonly name: string;
  /** The size Discord declares for the attachment. */
  readonly size: number;
}

/** The largest file this upload may be: Discord's limit for this interaction, and Roblox's 20 MB. */
export function sizeLimit(attachmentSizeLimit: number | undefined): number {
  return attachmentSizeLimit !== undefined && attachmentSizeLimit > 0
    ? Math.min(attachmentSizeLimit, ROBLOX_MAX_UPLOAD_BYTES)
    : ROBLOX_MAX_UPLOAD_BYTES;
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

/** The Roblox asset type for the sniffed file; an explicit type that does not fit the bytes is refused. */
export function resolveAssetType(requested: RequestedType, kind: FileKind): UploadAssetType {
  const fits = TYPE_OF_FAMILY[kind.family];
  if (requested === "Auto" || requested === fits) return fits;
  throw userError("upload.typeMismatch", {
    requested: { message: message(`assetType.${requested}`) },
    actual: { message: message(`file.${kind.id}`) },
    needs: { message: message(`upload.needs.${requested}`) },
  });
}

/** Explains why a file that sniffing did not recognise cannot be uploaded. */
export function unsupportedFile(bytes: UnknownBytes, name: string): UserError {
  const extension = extensionOf(name);
  const description = { message: message(`file.${bytes}`) };
  return extension === ""
    ? userError("upload.unsupported", { description })
    : userError("upload.unsupportedNamed", { description, extension });
}

/** The file's extension when it is a plain one (safe to show back), else "". */
function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name);
  return match ? `.${match[1]?.toLowerCase()}` : "";
}

/** Only Models take new versions; say so before anything is downloaded. */
export function checkUpdatable(requested: RequestedType): void {
  if (requested === "Decal" || requested === "Audio") {
    throw userError("upload.noVersions", { type: { message: message(`assetType.${requested}`) } });
  }
}

/**
 * "Currently, you can only update the asset content for `.fbx` files" (creator-docs
 * cloud/guides/usage-assets.md): other model formats are refused before anything is downloaded,
 * by name, and again by the bytes once they are read.
 */
export function checkVersionFileName(fileName: string): void {
  if (extensionOf(fileName) !== ".fbx") throw userError("upload.fbxOnly");
}

/** The largest Roblox ID: asset IDs are positive int64 values. */
const MAX_ROBLOX_ID = 9_223_372_036_854_775_807n;

export function checkAssetId(assetId: string): void {
  if (!/^\d{1,20}$/.test(assetId))
    throw userError("upload.assetIdNotNumeric");
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

export function checkDescription(description: string | undefined): string {
  const text = description ?? "";
  if (text.length > MAX_DESCRIPTION)
    throw userError("upload.descriptionTooLong", { max: MAX_DESCRIPTION });
  return text;
}

/** The name the file is sent to Roblox under: its base name with the extension of what it really is. */
export function uploadFileName(fileName: string, kind: FileKind): string {
  const base = fileName.replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "_") || "upload";
  return `${base.slice(0, 80)}.${kind.extension}`;
}
