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
  channelId: string;
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

  constructor(
    private readonly baseUrl: string,
    private readonly clock: VirtualClock,
  ) {}

  store(input: CdnFileInput): Attachment {
    const contentType = input.contentType ?? guessContentType(input.filename);
    const resource = `attachments/${input.channelId}/${input.id}/${encodeURIComponent(input.filename)}`;
    this.files.set(resource, { filename: input.filename, contentType, data: input.data });
    const query = this.sign(resource);
    return {
      id: input.id,
      filename: input.filename,
      size: input.declaredSize ?? input.data.length,
      url: `${this.baseUrl}/cdn/${resource}?${query}`,
      proxy_url: `${this.baseUrl}/media/${resource}?${query}`,
      content_type: contentType,
    };
  }

  /** Handles GET /cdn/... and /media/...; returns false when the path is not a CDN path. */
  serve(pathname: string, searchParams: URLSearchParams, res: ServerResponse): boolean {
    const match = /^\/(?:cdn|media)\/(attachments\/.+)$/.exec(pathname);
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
    res.writeHead(200, { "content-type": file.contentType, "content-length": file.data.length });
    res.end(file.data);
    return true;
  }

  /**
   * Makes every later download of this attachment answer `status` (404 as for a deleted message's file,
   * 403 as Cloudflare's refusal, 5xx as an outage) until `status` is undefined.
   */
  fail(attachmentUrl: string, status: CdnFailureStatus | undefined): void {
    const match = /\/(?:cdn|media)\/(attachments\/[^?]+)/.exec(new URL(attachmentUrl).pathname);
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
};

export function guessContentType(filename: string): string {
  const extension = filename.split(".").pop()?.toLowerCase() ?? "";
  return CONTENT_TYPES[extension] ?? "application/octet-stream";
}
