import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { badRequest } from "./http/errors.js";
import { boundaryOf, type PartHeaders, parseMultipart } from "./http/multipart.js";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const MAX_REQUEST_JSON_BYTES = 64 * 1024;
const HEAD_BYTES = 64;

/** Content types Roblox accepts per asset type (usage-assets guide). */
export const CONTENT_TYPES: Record<string, readonly string[]> = {
  Audio: ["audio/mpeg", "audio/ogg", "audio/wav", "audio/flac"],
  Decal: ["image/png", "image/jpeg", "image/bmp", "image/tga"],
  Image: ["image/png", "image/jpeg", "image/bmp", "image/tga"],
  Model: ["model/fbx", "model/gltf+json", "model/gltf-binary", "model/x-rbxm"],
  Animation: ["model/x-rbxm"],
  Video: ["video/mp4", "video/mov"],
  Mesh: ["model/x-file-mesh-data"],
};

/** Accepts `Decal`, `decal` and `ASSET_TYPE_DECAL`; returns the PascalCase name or undefined. */
export function canonicalAssetType(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const bare = value.replace(/^ASSET_TYPE_/i, "").toLowerCase();
  return Object.keys(CONTENT_TYPES).find((name) => name.toLowerCase() === bare);
}

export interface UploadedFile {
  filename?: string;
  contentType: string;
  size: number;
  sha256: string;
  head: string;
  tooLarge: boolean;
}

export interface ParsedUpload {
  request: Record<string, unknown>;
  file?: UploadedFile;
}

/**
 * The `request` part as the documented clients send it: a plain text field, no filename and no part
 * Content-Type (creator-docs `cloud/guides/usage-assets.md`: curl `--form 'request={…}'`; rblxopencloud
 * `creator.py`: `urllib3.encode_multipart_formdata({"request": json.dumps(payload), …})`). Scripts that
 * send `("request": (None, json, "application/json"))` with Python requests exist too, so whether Roblox
 * refuses a typed part is not known: this check is the `requestPart: "field"` option.
 */
function checkRequestPart(headers: PartHeaders): void {
  const type = headers.contentType?.split(";")[0]?.trim().toLowerCase();
  if (headers.filename !== undefined || (type !== undefined && type !== "text/plain")) {
    throw badRequest('The multipart field "request" must be a plain form field.');
  }
}

/** Reads the multipart body of Create/Update Asset, keeping only the request JSON and the file's size, hash and first bytes. */
export async function readAssetUpload(
  req: IncomingMessage,
  requestPart: "field" | "any" = "any",
): Promise<ParsedUpload> {
  const boundary = boundaryOf(req.headers["content-type"]);
  if (boundary === undefined) throw badRequest("Content-Type must be multipart/form-data with a boundary.");
  let requestText: string | undefined;
  let file: UploadedFile | undefined;
  await parseMultipart(req, boundary, (headers) => {
    if (headers.name === "request") {
      if (requestPart === "field") checkRequestPart(headers);
      const chunks: Buffer[] = [];
      let size = 0;
      return {
        write(chunk) {
          size += chunk.length;
          if (size <= MAX_REQUEST_JSON_BYTES) chunks.push(chunk);
        },
        end() {
          if (size > MAX_REQUEST_JSON_BYTES) throw badRequest("The request part is too large.");
          requestText = Buffer.concat(chunks).toString("utf8");
        },
      };
    }
    if (headers.name === "fileContent") {
      const hash = createHash("sha256");
      const current: UploadedFile = {
        contentType:
          (headers.contentType ?? "application/octet-stream").split(";")[0]?.trim().toLowerCase() ?? "",
        size: 0,
        sha256: "",
        head: "",
        tooLarge: false,
        ...(headers.filename === undefined ? {} : { filename: headers.filename }),
      };
      let head = Buffer.alloc(0);
      file = current;
      return {
        write(chunk) {
          current.size += chunk.length;
          if (current.size > MAX_UPLOAD_BYTES) {
            current.tooLarge = true; // keep reading so the client gets an answer, but stop hashing
            return;
          }
          hash.update(chunk);
          if (head.length < HEAD_BYTES)
            head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        },
        end() {
          current.sha256 = current.tooLarge ? "" : hash.digest("hex");
          current.head = head.toString("base64");
        },
      };
    }
    return { write() {}, end() {} };
  });
  if (requestText === undefined) throw badRequest('The multipart field "request" is required.');
  let request: unknown;
  try {
    request = JSON.parse(requestText) as unknown;
  } catch {
    throw badRequest("The request field is not valid JSON.");
  }
  if (typeof request !== "object" || request === null || Array.isArray(request)) {
    throw badRequest("The request field must be a JSON object.");
  }
  return { request: request as Record<string, unknown>, ...(file === undefined ? {} : { file }) };
}

export function checkFile(file: UploadedFile, assetType: string): void {
  if (file.tooLarge) throw badRequest(`File size exceeds the limit of ${MAX_UPLOAD_BYTES} bytes.`);
  if (file.size === 0) throw badRequest("File content is empty.");
  const allowed = CONTENT_TYPES[assetType] ?? [];
  if (!allowed.includes(file.contentType)) {
    throw badRequest(`Content type ${file.contentType} is not supported for asset type ${assetType}.`);
  }
}
