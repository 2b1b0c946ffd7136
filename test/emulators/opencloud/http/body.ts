import type { IncomingMessage } from "node:http";
import { badRequest } from "./errors.js";

const MAX_JSON_BYTES = 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= MAX_JSON_BYTES) chunks.push(buffer);
  }
  if (size > MAX_JSON_BYTES) throw badRequest("Request body too large.");
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw badRequest("Request body is required.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest("Request body is not valid JSON.");
  }
}
