import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

function writeHeaders(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  length: number,
): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader("content-length", String(length));
}

/** Answers `status` with `payload`; headers already set on `res` (rate-limit headers) are kept. */
function sendBytes(
  res: ServerResponse,
  status: number,
  payload: Buffer,
  headers: Record<string, string> = {},
): void {
  writeHeaders(res, status, headers, payload.length);
  res.end(payload);
}

/** As sendBytes, with the body going out in up to 10 slices spread over `slowBodyMs` (a slow server). */
export async function sendBytesSlowly(
  res: ServerResponse,
  status: number,
  payload: Buffer,
  headers: Record<string, string>,
  slowBodyMs: number,
): Promise<void> {
  if (slowBodyMs <= 0 || payload.length === 0) {
    sendBytes(res, status, payload, headers);
    return;
  }
  writeHeaders(res, status, headers, payload.length);
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

interface SendJsonOptions {
  headers?: Record<string, string>;
  /** Default "application/json". */
  contentType?: string;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  options: SendJsonOptions = {},
): void {
  const payload = Buffer.from(JSON.stringify(body));
  const contentType = options.contentType ?? "application/json";
  sendBytes(res, status, payload, { ...options.headers, "content-type": contentType });
}

export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}
