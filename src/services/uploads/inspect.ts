import { type UserError, userError } from "../../errors.js";
import { message } from "../../i18n/types.js";
import { noNewVersions, type RequestedType, type UploadAssetType } from "./assetTypes.js";

// The upload's step after the download, pure: first bytes → file kind → Roblox asset type.

/** What a file is, decided from its first bytes; the name and the declared content type play no part. */
type FileFamily = "image" | "audio" | "model";

/** The formats Roblox takes; the catalogue names each (`file.<id>`, `fileLabel.<id>`). */
export type FileKindId =
  | "png"
  | "jpeg"
  | "bmp"
  | "tga"
  | "mp3"
  | "ogg"
  | "wav"
  | "flac"
  | "fbx"
  | "gltf"
  | "glb"
  | "rbxm"
  | "rbxmx";

/** Bytes Roblox does not take, roughly told apart for the refusal (`file.<id>` in the catalogue). */
export type UnknownBytes = "gif" | "webp" | "video" | "pdf" | "zip" | "text" | "unknown";

export interface FileKind {
  readonly id: FileKindId;
  readonly family: FileFamily;
  /** The Content-Type Roblox expects for this format. */
  readonly contentType: string;
  readonly extension: string;
}

const kind = (id: FileKindId, family: FileFamily, contentType: string, extension: string = id): FileKind => ({
  id,
  family,
  contentType,
  extension,
});

export const FILE_KINDS = {
  png: kind("png", "image", "image/png"),
  jpeg: kind("jpeg", "image", "image/jpeg", "jpeg"),
  bmp: kind("bmp", "image", "image/bmp"),
  tga: kind("tga", "image", "image/tga"),
  mp3: kind("mp3", "audio", "audio/mpeg"),
  ogg: kind("ogg", "audio", "audio/ogg"),
  wav: kind("wav", "audio", "audio/wav"),
  flac: kind("flac", "audio", "audio/flac"),
  fbx: kind("fbx", "model", "model/fbx"),
  gltf: kind("gltf", "model", "model/gltf+json"),
  glb: kind("glb", "model", "model/gltf-binary"),
  rbxm: kind("rbxm", "model", "model/x-rbxm"),
  rbxmx: kind("rbxmx", "model", "model/x-rbxm"),
} as const satisfies Record<string, FileKind>;

/** Enough of the start of a file for every check below (glTF JSON may put "asset" after a few hundred bytes). */
export const SNIFF_BYTES = 4096;

const ascii = (bytes: Uint8Array, start: number, text: string): boolean =>
  bytes.length >= start + text.length && [...text].every((c, i) => bytes[start + i] === c.charCodeAt(0));

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

function isMp3Frame(bytes: Uint8Array): boolean {
  const [b0, b1, b2] = bytes;
  if (b0 !== 0xff || b1 === undefined || b2 === undefined || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0x03;
  const layer = (b1 >> 1) & 0x03;
  const bitrate = b2 >> 4;
  const sampleRate = (b2 >> 2) & 0x03;
  return version !== 1 && layer !== 0 && bitrate !== 0x0f && sampleRate !== 0x03;
}

function isBmp(bytes: Uint8Array): boolean {
  if (!ascii(bytes, 0, "BM") || bytes.length < 18) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reserved = view.getUint32(6, true);
  const dibHeaderSize = view.getUint32(14, true);
  return reserved === 0 && [12, 40, 52, 56, 64, 108, 124].includes(dibHeaderSize);
}

/** TGA has no magic number at the start; its 18-byte header has few valid values, so check them all. */
function isTga(bytes: Uint8Array): boolean {
  if (bytes.length < 18) return false;
  const colorMapType = bytes[1];
  const imageType = bytes[2] ?? -1;
  const depth = bytes[16] ?? -1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint16(12, true);
  const height = view.getUint16(14, true);
  return (
    (colorMapType === 0 || colorMapType === 1) &&
    [1, 2, 3, 9, 10, 11].includes(imageType) &&
    [8, 15, 16, 24, 32].includes(depth) &&
    width > 0 &&
    height > 0 &&
    ((bytes[17] ?? 0) & 0xc0) === 0
  );
}

function textStart(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, SNIFF_BYTES));
  return text.replace(/^\uFEFF/, "").trimStart();
}

function isGltfJson(text: string): boolean {
  return text.startsWith("{") && /"asset"\s*:\s*\{/.test(text) && /"version"\s*:\s*"2/.test(text);
}

/** Decides the format from the first bytes (up to SNIFF_BYTES); undefined for anything Roblox does not take. */
export function sniffFileKind(head: Uint8Array): FileKind | undefined {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FILE_KINDS.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return FILE_KINDS.jpeg;
  if (ascii(head, 0, "OggS")) return FILE_KINDS.ogg;
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) return FILE_KINDS.wav;
  if (ascii(head, 0, "fLaC")) return FILE_KINDS.flac;
  if (ascii(head, 0, "ID3") || isMp3Frame(head)) return FILE_KINDS.mp3;
  if (ascii(head, 0, "Kaydara FBX Binary")) return FILE_KINDS.fbx;
  if (ascii(head, 0, "glTF") && head[4] === 2) return FILE_KINDS.glb;
  if (ascii(head, 0, "<roblox!")) return FILE_KINDS.rbxm;
  if (isBmp(head)) return FILE_KINDS.bmp;
  const text = textStart(head);
  if (/^(<\?xml[^>]*\?>\s*)?<roblox[\s>]/.test(text)) return FILE_KINDS.rbxmx;
  if (/^; FBX \d/.test(text)) return FILE_KINDS.fbx;
  if (isGltfJson(text)) return FILE_KINDS.gltf;
  if (isTga(head)) return FILE_KINDS.tga;
  return undefined;
}

/** A rough description of bytes Roblox does not take, for the error message. */
export function describeUnknownBytes(head: Uint8Array): UnknownBytes {
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return "gif";
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) return "webp";
  if (ascii(head, 4, "ftyp")) return "video";
  if (ascii(head, 0, "%PDF")) return "pdf";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  const sample = head.subarray(0, 512);
  const printable = sample.every(
    (b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127) || b >= 128,
  );
  return printable && sample.length > 0 ? "text" : "unknown";
}

const TYPE_OF_FAMILY: Record<FileFamily, UploadAssetType> = {
  image: "Decal",
  audio: "Audio",
  model: "Model",
};

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
function unsupportedFile(bytes: UnknownBytes, extension: string): UserError {
  const description = { message: message(`file.${bytes}`) };
  return extension === ""
    ? userError("upload.unsupported", { description })
    : userError("upload.unsupportedNamed", { description, extension });
}

/** The name the file is sent to Roblox under: its base name with the extension of what it really is. */
export function uploadFileName(fileName: string, kind: FileKind): string {
  const base = fileName.replace(/\.[^.]*$/, "").replace(/[^\w.-]+/g, "_") || "upload";
  return `${base.slice(0, 80)}.${kind.extension}`;
}

/** What inspection needs to know of the upload: what was asked for, and under what name. */
export interface InspectionInput {
  readonly requested: RequestedType;
  readonly fileName: string;
  /** The name's extension when it is a plain one (safe to show back), else "". */
  readonly extension: string;
  /** Set for a new version of an existing Model. */
  readonly targetAssetId?: string | undefined;
}

/** What the bytes are and how they will be sent. */
export interface Inspection {
  readonly kind: FileKind;
  readonly assetType: UploadAssetType;
  readonly contentType: string;
  readonly uploadFileName: string;
}

/**
 * Decides from the first bytes what the file is and which asset type it becomes; refuses (UserError)
 * bytes Roblox does not take, a type that does not fit them, and a new version that is not FBX.
 */
export function inspect(head: Uint8Array, input: InspectionInput): Inspection {
  const kind = sniffFileKind(head);
  if (kind === undefined) throw unsupportedFile(describeUnknownBytes(head), input.extension);
  const assetType = resolveAssetType(input.requested, kind);
  if (input.targetAssetId !== undefined) {
    noNewVersions(assetType);
    if (kind.id !== "fbx") throw userError("upload.fbxOnly");
  }
  return {
    kind,
    assetType,
    contentType: kind.contentType,
    uploadFileName: uploadFileName(input.fileName, kind),
  };
}
