import { UserError } from "../../errors.js";
import { formatBytes } from "../../text/format.js";
import type { FileFamily, FileKind } from "./sniff.js";

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
const FAMILY_WORDS: Record<UploadAssetType, string> = {
  Decal: "an image (PNG, JPEG, BMP or TGA)",
  Audio: "an audio file (MP3, OGG, WAV or FLAC)",
  Model: "a model (FBX, glTF, GLB, RBXM or RBXMX)",
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
  if (!Number.isSafeInteger(size) || size <= 0) throw new UserError("That attachment is empty.");
  if (size > limit) {
    throw new UserError(
      `That file is ${formatBytes(size)}; uploads can be at most ${formatBytes(limit)}. Nothing was downloaded.`,
    );
  }
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
    throw new UserError("That attachment has no usable link. Attach the file again.");
  }
  const schemeOk = url.protocol === "https:" || url.protocol === "http:";
  if (!schemeOk || url.username !== "" || url.password !== "" || !hostMatches(url, cdnHosts)) {
    throw new UserError(
      "That file is not on Discord's CDN, so the bot will not fetch it. Attach the file itself.",
    );
  }
  return url;
}

/** "An" before the type names that start with a vowel sound (Audio), "A" before the others (Decal, Model). */
function capitalArticleFor(typeName: string): "A" | "An" {
  return /^[AEIOU]/i.test(typeName) ? "An" : "A";
}

/** The Roblox asset type for the sniffed file; an explicit type that does not fit the bytes is refused. */
export function resolveAssetType(requested: RequestedType, kind: FileKind): UploadAssetType {
  const fits = TYPE_OF_FAMILY[kind.family];
  if (requested === "Auto" || requested === fits) return fits;
  throw new UserError(
    `You chose ${requested}, but that file is ${kind.label}. ${capitalArticleFor(requested)} ${requested} upload needs ${FAMILY_WORDS[requested]}.`,
  );
}

/** Explains why a file that sniffing did not recognise cannot be uploaded. */
export function unsupportedFile(description: string, name: string): UserError {
  const extension = extensionOf(name);
  const named = extension === "" ? "" : `, even though its name ends in ${extension}`;
  return new UserError(
    `That file is ${description}${named}. Roblox takes images (PNG, JPEG, BMP, TGA), audio (MP3, OGG, WAV, FLAC) and models (FBX, glTF, GLB, RBXM, RBXMX).`,
  );
}

/** The file's extension when it is a plain one (safe to show back), else "". */
function extensionOf(name: string): string {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name);
  return match ? `.${match[1]?.toLowerCase()}` : "";
}

/** Only Models take new versions; say so before anything is downloaded. */
export function checkUpdatable(requested: RequestedType): void {
  if (requested === "Decal" || requested === "Audio") {
    throw new UserError(
      `Roblox does not allow new versions of ${requested} assets, only of Models. Leave out asset_id to upload a new ${requested}.`,
    );
  }
}

/**
 * "Currently, you can only update the asset content for `.fbx` files" (creator-docs
 * cloud/guides/usage-assets.md): other model formats are refused before anything is downloaded,
 * by name, and again by the bytes once they are read.
 */
export const FBX_ONLY_FOR_VERSIONS =
  "Roblox takes new versions of a Model only as .fbx files; other model formats (glTF, GLB, RBXM, RBXMX) can only be uploaded as new Models. Export the model as FBX, or leave out asset_id to upload a new Model.";

export function checkVersionFileName(fileName: string): void {
  if (extensionOf(fileName) !== ".fbx") throw new UserError(FBX_ONLY_FOR_VERSIONS);
}

/** The largest Roblox ID: asset IDs are positive int64 values. */
const MAX_ROBLOX_ID = 9_223_372_036_854_775_807n;

export function checkAssetId(assetId: string): void {
  if (!/^\d{1,20}$/.test(assetId))
    throw new UserError("asset_id must be the numeric ID of one of your Model assets.");
  if (!/^[1-9]/.test(assetId) || BigInt(assetId) > MAX_ROBLOX_ID) {
    throw new UserError(
      `asset_id ${assetId} cannot be a Roblox asset ID: IDs are whole numbers from 1, without leading zeros. Copy the ID from the asset's page on create.roblox.com.`,
    );
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
    throw new UserError(`The description can be at most ${MAX_DESCRIPTION} characters.`);
  return text;
}

/** The name the file is sent to Roblox under: its base name with the extension of what it really is. */
export function uploadFileName(fileName: string, kind: FileKind): string {
  const base = fileName.replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "_") || "upload";
  return `${base.slice(0, 80)}.${kind.extension}`;
}
