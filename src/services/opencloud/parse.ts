import { OpenCloudError } from "./errors.js";

/** Raised when a 2xx body lacks a field we cannot do without. */
export function badResponse(what: string): OpenCloudError {
  return new OpenCloudError({
    kind: "unknown",
    status: 200,
    code: "BAD_RESPONSE",
    message: `Open Cloud response is missing or has a malformed ${what}`,
  });
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function requireRecord(value: unknown, what: string): Record<string, unknown> {
  const record = asRecord(value);
  if (!record) throw badResponse(what);
  return record;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function requireString(value: unknown, what: string): string {
  if (typeof value !== "string") throw badResponse(what);
  return value;
}

export function optionalNumber(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
}

/** IDs arrive as JSON strings (protobuf int64) or numbers; we always hand out decimal strings. */
export function optionalId(value: unknown): string | undefined {
  if (typeof value === "string" && /^\d+$/.test(value)) return value;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}

export function requireId(value: unknown, what: string): string {
  const id = optionalId(value);
  if (id === undefined) throw badResponse(what);
  return id;
}

/** RFC 3339 with any number of fractional digits (Roblox sends up to 7). */
export function optionalDate(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

export function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

/** `groups/7/roles/99` → `99`. */
export function pathTail(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The segment after `name/` in a resource path: `segmentAfter("groups/7/roles/9", "groups")` → `7`. */
export function segmentAfter(path: string, name: string): string | undefined {
  const parts = path.split("/");
  const index = parts.indexOf(name);
  return index >= 0 ? parts[index + 1] : undefined;
}

/** Encodes an ID for a URL path, refusing anything that is not a plain positive integer. */
export function idSegment(id: string | number, what: string): string {
  const text = String(id);
  if (!/^\d+$/.test(text)) {
    throw new OpenCloudError({
      kind: "invalid_argument",
      status: 0,
      code: "INVALID_ID",
      message: `${what} must be a numeric ID`,
    });
  }
  return text;
}
