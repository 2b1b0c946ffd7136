import type { ServerResponse } from "node:http";
import { sendBytesSlowly } from "../../http/send.js";

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
  const headers = { ...reply.headers };
  let payload = Buffer.alloc(0);
  if (reply.raw !== undefined) {
    payload = Buffer.from(reply.raw.text);
    headers["content-type"] = reply.raw.contentType;
  } else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body));
    headers["content-type"] = "application/json; charset=utf-8";
  }
  await sendBytesSlowly(res, reply.status, payload, headers, slowBodyMs);
}
