import type { IncomingMessage } from "node:http";
import { readBody } from "../http/body.js";

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface ParsedBody {
  /** The JSON body, or payload_json of a multipart body; undefined when there was none. */
  json: unknown;
  files: UploadedFile[];
  /** Set when the body could not be parsed. */
  parseError?: string;
}

const MAX_BODY_BYTES = 30 * 1024 * 1024;

/** The request body; past 30 MiB it stops reading and throws (the socket is destroyed). */
export function readRaw(req: IncomingMessage): Promise<Buffer> {
  return readBody(req, { limit: MAX_BODY_BYTES, whenTooLarge: "abort" });
}

export async function parseBody(req: IncomingMessage, raw: Buffer): Promise<ParsedBody> {
  if (raw.length === 0) return { json: undefined, files: [] };
  const contentType = req.headers["content-type"] ?? "";
  if (contentType.startsWith("multipart/form-data")) return parseMultipart(contentType, raw);
  try {
    return { json: JSON.parse(raw.toString("utf8")), files: [] };
  } catch {
    return { json: undefined, files: [], parseError: "body is not valid JSON" };
  }
}

/** Multipart as discord.js sends it: a `payload_json` part and file parts named `files[n]`. */
async function parseMultipart(contentType: string, raw: Buffer): Promise<ParsedBody> {
  let form: FormData;
  try {
    form = await new Request("http://emulator.local/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: raw,
    }).formData();
  } catch {
    return { json: undefined, files: [], parseError: "malformed multipart body" };
  }
  let json: unknown;
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") {
      if (field === "payload_json") {
        try {
          json = JSON.parse(value);
        } catch {
          return { json: undefined, files, parseError: "payload_json is not valid JSON" };
        }
      }
      continue;
    }
    files.push({
      field,
      filename: value.name,
      contentType: value.type || "application/octet-stream",
      data: Buffer.from(await value.arrayBuffer()),
    });
  }
  return { json, files };
}
