import { createHash } from "node:crypto";
import { badRequest } from "./errors.js";

/** `maxPageSize`: absent or < 1 → default, above the maximum → clamped (spec wording), not an integer → 400. */
export function pageSize(query: URLSearchParams, defaultSize: number, maxSize: number): number {
  const raw = query.get("maxPageSize");
  if (raw === null || raw.trim() === "") return defaultSize;
  if (!/^-?\d+$/.test(raw.trim())) throw badRequest("Invalid value for maxPageSize.");
  const value = Number(raw);
  if (value < 1) return defaultSize;
  return Math.min(value, maxSize);
}

interface TokenBody {
  /** Index of the next element to examine. */
  c: number;
  /** Hash of the collection and filter the token belongs to. */
  h: string;
}

export function bindingHash(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 16);
}

export function encodePageToken(cursor: number, binding: string): string {
  const body: TokenBody = { c: cursor, h: binding };
  return Buffer.from(`v1/${JSON.stringify(body)}`).toString("base64url");
}

/** Returns the cursor; 400 when the token is malformed or was issued for another filter/collection. */
export function decodePageToken(token: string | null, binding: string): number {
  if (token === null || token === "") return 0;
  let body: unknown;
  try {
    const text = Buffer.from(token, "base64url").toString("utf8");
    if (!text.startsWith("v1/")) throw new Error("bad prefix");
    body = JSON.parse(text.slice(3)) as unknown;
  } catch {
    throw badRequest("Invalid page token.");
  }
  const parsed = body as Partial<TokenBody>;
  if (
    typeof parsed.c !== "number" ||
    !Number.isInteger(parsed.c) ||
    parsed.c < 0 ||
    typeof parsed.h !== "string"
  ) {
    throw badRequest("Invalid page token.");
  }
  if (parsed.h !== binding) {
    throw badRequest(
      "The page token does not match the request: all parameters other than pageToken must stay the same.",
    );
  }
  return parsed.c;
}

/**
 * Takes up to `size` matching elements from `cursor`, and a token if another match exists. With
 * `trailingEmptyPage`, a full page that ends the list still gets a token, whose page is empty with no
 * token: what Roblox does when the count divides by the page size (opencloud reference §3).
 */
export function takePage<T>(
  items: readonly T[],
  cursor: number,
  size: number,
  keep: (item: T) => boolean,
  binding: string,
  trailingEmptyPage = false,
): { page: T[]; nextPageToken: string } {
  const page: T[] = [];
  let index = cursor;
  for (; index < items.length && page.length < size; index++) {
    const item = items[index] as T;
    if (keep(item)) page.push(item);
  }
  for (let next = index; next < items.length; next++) {
    if (keep(items[next] as T)) return { page, nextPageToken: encodePageToken(next, binding) };
  }
  if (trailingEmptyPage && page.length === size && page.length > 0) {
    return { page, nextPageToken: encodePageToken(items.length, binding) };
  }
  return { page, nextPageToken: "" };
}
