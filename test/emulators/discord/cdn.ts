import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { VirtualClock } from "./clock.js";
import type { Attachment } from "./types.js";

const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

export type CdnFailureStatus = 403 | 404 | 500 | 502 | 503;

const CDN_FAILURE_BODIES: Record<CdnFailureStatus, string> = {
  403: "error code: 1020",
  404: "This content is no longer available.",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

interface StoredFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface CdnFileInput {
  /** The channel for message attachments; for an ephemeral attachment, the application's ID. */
  channelId: string;
  /**
   * Files attached to a slash command option are uploaded as ephemeral attachments: Discord resolves
   * them under `/ephemeral-attachments/…` with `ephemeral: true` (discord-api-docs resources/message,
   * Attachment Object: `ephemeral` "whether this attachment is ephemeral"; attachments of command
   * options are ephemeral until a message references them).
   */
  ephemeral?: boolean;
  id: string;
  filename: string;
  data: Buffer;
  contentType?: string;
  declaredSize?: number;
}

/**
 * Serves attachment bytes under /cdn and /media with signed, expiring links shaped like Discord's
 * (`?ex=<hex expiry s>&is=<hex issued s>&hm=<hex hmac>&`). A wrong signature or a link past its
 * expiry (virtual clock) answers 404, as Discord's CDN does.
 */
export class AttachmentCdn {
  private readonly files = new Map<string, StoredFile>();
  /** Attachments whose downloads a test made fail, with the status the CDN answers. */
  private readonly failures = new Map<string, CdnFailureStatus>();
  private readonly secret = randomBytes(32);
  /** Files served so far (any GET that got the bytes). */
  downloads = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly clock: VirtualClock,
  ) {}

  store(input: CdnFileInput): Attachment {
    const contentType = input.contentType ?? guessContentType(input.filename);
    const folder = input.ephemeral ? "ephemeral-attachments" : "attachments";
    const resource = `${folder}/${input.channelId}/${input.id}/${encodeURIComponent(input.filename)}`;
    this.files.set(resource, { filename: input.filename, contentType, data: input.data });
    const query = this.sign(resource);
    const size = imageSize(input.data);
    return {
      id: input.id,
      filename: input.filename,
      size: input.declaredSize ?? input.data.length,
      url: `${this.baseUrl}/cdn/${resource}?${query}`,
      proxy_url: `${this.baseUrl}/media/${resource}?${query}`,
      content_type: contentType,
      // Discord sends width and height for images it could read.
      ...(size === undefined ? {} : { width: size.width, height: size.height }),
      ...(input.ephemeral ? { ephemeral: true } : {}),
    };
  }

  /**
   * The same attachment's link signed afresh (a new `ex`/`is`/`hm`), as Discord hands out when a message
   * is fetched again: an expired link is refreshed by reading its message.
   */
  refresh(attachmentUrl: string): string {
    const url = new URL(attachmentUrl);
    const match = /^\/(cdn|media)\/((?:ephemeral-)?attachments\/.+)$/.exec(url.pathname);
    if (!match?.[2]) return attachmentUrl;
    return `${this.baseUrl}/${match[1]}/${match[2]}?${this.sign(match[2])}`;
  }

  /** Handles GET /cdn/... and /media/...; returns false when the path is not a CDN path. */
  serve(pathname: string, searchParams: URLSearchParams, res: ServerResponse): boolean {
    const match = /^\/(?:cdn|media)\/((?:ephemeral-)?attachments\/.+)$/.exec(pathname);
    if (!match?.[1]) return false;
    const resource = match[1];
    const file = this.files.get(resource);
    const failure = this.failures.get(resource);
    if (file && failure !== undefined) {
      // A body follows every failure, as on the real CDN: the client has to read or discard it.
      const page = CDN_FAILURE_BODIES[failure];
      res.writeHead(failure, { "content-type": "text/plain", "content-length": Buffer.byteLength(page) });
      res.end(page);
      return true;
    }
    if (!file || !this.verify(resource, searchParams)) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("This content is no longer available.");
      return true;
    }
    this.downloads += 1;
    res.writeHead(200, { "content-type": file.contentType, "content-length": file.data.length });
    res.end(file.data);
    return true;
  }

  /**
   * Makes every later download of this attachment answer `status` (404 as for a deleted message's file,
   * 403 as Cloudflare's refusal, 5xx as an outage) until `status` is undefined.
   */
  fail(attachmentUrl: string, status: CdnFailureStatus | undefined): void {
    const match = /\/(?:cdn|media)\/((?:ephemeral-)?attachments\/[^?]+)/.exec(
      new URL(attachmentUrl).pathname,
    );
    if (!match?.[1]) throw new Error(`not an attachment link of this CDN: ${attachmentUrl}`);
    if (status === undefined) this.failures.delete(match[1]);
    else this.failures.set(match[1], status);
  }

  private sign(resource: string): string {
    const issued = Math.floor(this.clock.now() / 1000);
    const expires = Math.floor((this.clock.now() + LINK_LIFETIME_MS) / 1000);
    const ex = expires.toString(16);
    const is = issued.toString(16);
    return `ex=${ex}&is=${is}&hm=${this.mac(resource, ex, is)}&`;
  }

  private verify(resource: string, params: URLSearchParams): boolean {
    const ex = params.get("ex") ?? "";
    const is = params.get("is") ?? "";
    const hm = params.get("hm") ?? "";
    const expected = Buffer.from(this.mac(resource, ex, is));
    const given = Buffer.from(hm);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
    return Number.parseInt(ex, 16) * 1000 > this.clock.now();
  }

  private mac(resource: string, ex: string, is: string): string {
    return createHmac("sha256", this.secret).update(`${resource}|${ex}|${is}`).digest("hex");
  }
}

const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  bmp: "image/bmp",
  tga: "image/x-tga",
  mp3: "audio/mpeg",
  ogg: "audio/ogg",
  wav: "audio/wav",
  flac: "audio/flac",
  fbx: "application/octet-stream",
  glb: "model/gltf-binary",
  gltf: "model/gltf+json",
  rbxm: "application/octet-stream",
  rbxmx: "application/xml",
  txt: "text/plain; charset=utf-8",
  json: "application/json; charset=utf-8",
  zip: "application/zip",
};

export function guessContentType(filename: string): string {
  const extension = filename.split(".").pop()?.toLowerCase() ?? "";
  return CONTENT_TYPES[extension] ?? "application/octet-stream";
}

/** Width and height of a PNG, GIF or JPEG, read from its header; undefined for anything else. */
export function imageSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47 && data.toString("ascii", 12, 16) === "IHDR") {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length >= 10 && data.toString("ascii", 0, 4) === "GIF8") {
    return { width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < data.length && data[offset] === 0xff) {
      const marker = data[offset + 1] ?? 0;
      const length = data.readUInt16BE(offset + 2);
      // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: data.readUInt16BE(offset + 7), height: data.readUInt16BE(offset + 5) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
}
