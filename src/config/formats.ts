import { isIP } from "node:net";
import { z } from "zod";

export type UploadCreator = { readonly userId: string } | { readonly groupId: string };
/** Which proxies' forwarding headers the web server believes: none, the nearest N hops, or these addresses. */
export type TrustProxy = false | number | readonly string[];

// Each format carries what it expects as its description: the error message quotes it, never the value.

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return z
    .enum(values)
    .default(fallback)
    .describe(`one of ${values.join(", ")}`);
}

export function wholeNumber(unit: string, min: number, max: number, fallback: number) {
  const expected = `a whole number of ${unit} from ${min} to ${max}`;
  return z.coerce.number().int().min(min).max(max).default(fallback).describe(expected);
}

export const port = z.coerce.number().int().min(1).max(65_535);

const SNOWFLAKE = /^\d{17,20}$/;
export const snowflake = z.string().regex(SNOWFLAKE);

export const list = z.string().transform((value) =>
  value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0),
);

export const snowflakes = list
  .refine((ids) => ids.every((id) => SNOWFLAKE.test(id)))
  .transform((ids) => [...new Set(ids)])
  .default([]);

/** An http(s) base URL, kept without a trailing slash. */
export function httpUrl(fallback: string) {
  return z
    .url()
    .regex(/^https?:\/\//)
    .transform((value) => value.replace(/\/+$/, ""))
    .default(fallback);
}

/** The base URL of one of Roblox's APIs, or of its stand-in (an emulator, a proxy). */
export function robloxUrl(api: string) {
  const real = `https://${api}.roblox.com`;
  return httpUrl(real).describe(`an http(s) URL standing for ${real}`);
}

export const creator = z
  .string()
  .regex(/^(user|group):\d{1,20}$/)
  .transform((value): UploadCreator => {
    const [kind, id = ""] = value.split(":");
    return kind === "user" ? { userId: id } : { groupId: id };
  });

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
export const publicUrl = z
  .url()
  .transform((value) => new URL(value))
  // HTTPS, except on loopback where a developer tries the pages without a certificate.
  .refine(
    (url) => url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)),
  )
  .refine((url) => url.search === "" && url.hash === "" && url.username === "" && url.password === "")
  .transform((url) => url.href.replace(/\/+$/, ""));

/** proxy-addr's names for address ranges, accepted besides addresses and CIDRs. */
const PROXY_RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = "", prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (extra !== undefined || family === 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

export const trustProxy = z.string().transform((value, context): TrustProxy => {
  const lower = value.toLowerCase();
  if (lower === "false" || lower === "off") return false;
  if (/^\d+$/.test(lower)) {
    const hops = Number(lower);
    if (hops >= 1 && hops <= 10) return hops;
  } else {
    const entries = list.parse(lower);
    if (entries.length > 0 && entries.every(isProxyAddress)) return entries;
  }
  context.addIssue({ code: "custom", message: "not a hop count or a list of addresses" });
  return z.NEVER;
});
