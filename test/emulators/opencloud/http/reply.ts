import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (an HTML page), sent as is with its own content type. */
  raw?: { contentType: string; text: string };
}

export const json = (body: unknown, status = 200): Reply => ({ status, body });

/** Writes a reply; with `slowBodyMs` the body goes out in slices spread over that time. */
export async function sendReply(res: ServerResponse, reply: Reply, slowBodyMs: number): Promise<void> {
  const payload =
    reply.raw !== undefined
      ? Buffer.from(reply.raw.text)
      : reply.body === undefined
        ? Buffer.alloc(0)
        : Buffer.from(JSON.stringify(reply.body));
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.raw !== undefined) res.setHeader("content-type", reply.raw.contentType);
  else if (reply.body !== undefined) res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", String(payload.length));
  if (slowBodyMs <= 0 || payload.length === 0) {
    res.end(payload);
    return;
  }
  const slices = Math.min(10, payload.length);
  const sliceSize = Math.ceil(payload.length / slices);
  res.flushHeaders();
  for (let offset = 0; offset < payload.length; offset += sliceSize) {
    if (res.destroyed) return;
    res.write(payload.subarray(offset, offset + sliceSize));
    await sleep(slowBodyMs / slices);
  }
  res.end();
}
