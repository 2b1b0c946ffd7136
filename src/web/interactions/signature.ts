import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** The DER prefix that makes Discord's raw 32-byte Ed25519 public key an SPKI key node:crypto reads. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/**
 * How far a request's X-Signature-Timestamp may be from now. Discord publishes no window; five minutes
 * is the common replay window, wide enough for clock drift and narrow enough that a captured request
 * goes stale soon (and is refused as a replay until then).
 */
export const SIGNATURE_MAX_AGE_MS = 5 * 60_000;

/** Discord's application public key (64 hex characters, from the developer portal) as a key object. */
export function interactionsPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("the public key is not 64 hexadecimal characters");
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

export type SignatureVerdict = "valid" | "invalid" | "stale";

/**
 * Checks X-Signature-Ed25519 over X-Signature-Timestamp + the raw body, as Discord signs each
 * interaction (discord-api-docs interactions/overview, "Setting Up an Endpoint": "validate the
 * signature headers … If validation fails, return 401"). Nothing of the body is read but its bytes.
 */
export function verifyInteractionSignature(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs: number,
): SignatureVerdict {
  if (signature === undefined || !/^[0-9a-fA-F]{128}$/.test(signature)) return "invalid";
  if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp)) return "invalid";
  const valid = verify(
    null,
    Buffer.concat([Buffer.from(timestamp, "utf8"), body]),
    key,
    Buffer.from(signature, "hex"),
  );
  if (!valid) return "invalid";
  // Checked after the signature, so the age of a forged timestamp is never a signal to its sender.
  return Math.abs(nowMs - Number(timestamp) * 1000) > SIGNATURE_MAX_AGE_MS ? "stale" : "valid";
}
