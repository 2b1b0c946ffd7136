import type { IncomingMessage } from "node:http";
import { BodyTooLargeError, readBody } from "../../http/body.js";
import { badRequest } from "./errors.js";

const MAX_JSON_BYTES = 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readLimited(req, MAX_JSON_BYTES)).toString("utf8");
  if (text.trim() === "") throw badRequest("Request body is required.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest("Request body is not valid JSON.");
  }
}

/** The body, read to the end; 400 "Request body too large." past `limit` bytes. */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer> {
  try {
    return await readBody(req, { limit });
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw badRequest("Request body too large.");
    throw error;
  }
}
