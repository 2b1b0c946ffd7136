import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";

/** A random value of `bytes` bytes, base64url: states, nonces, verifiers, link ids, browser keys. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** SHA-256, base64url: how a browser key is kept, so the store never holds the cookie itself. */
export function digest(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Records of earlier releases: one key, no key id, no additional data. */
const V1 = "v1";
/** `v2.<key id>.<iv>.<body>.<tag>`, with the record's context and the key id as additional data. */
const V2 = "v2";

/** A sealing key: its id and its 32 bytes as hex (the config's form). */
export interface SealingKey {
  readonly id: string;
  readonly hex: string;
}

/** What a sealed record held, and whether it should be sealed again under the newest key. */
export interface Unsealed<T> {
  readonly value: T;
  readonly stale: boolean;
}

/**
 * AES-256-GCM under a ring of keys, newest first: every linking record is kept sealed, since it holds the
 * PKCE verifier, the interaction token that edits the member's reply, or a member's refresh token. The
 * newest key writes, with a random 12-byte IV each time; every key reads, so keys rotate without losing
 * records. A record that fails its tag (an unknown key, another record's context, tampering) reads as absent.
 */
export class Sealer {
  readonly #keys: ReadonlyArray<{ id: string; key: Buffer }>;

  constructor(keys: string | readonly SealingKey[]) {
    const ring = typeof keys === "string" ? [{ id: "legacy", hex: keys }] : keys;
    this.#keys = ring.map(({ id, hex }) => ({ id, key: Buffer.from(hex, "hex") }));
    if (this.#keys.length === 0 || this.#keys.some(({ key }) => key.length !== 32)) {
      throw new Error("every sealing key must be 32 bytes");
    }
  }

  get #newest(): { id: string; key: Buffer } {
    return this.#keys[0] as { id: string; key: Buffer };
  }

  /** Seals under the newest key; `context` (a record's key) must be given again to unseal. */
  seal(value: unknown, context = ""): string {
    const { id, key } = this.#newest;
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    cipher.setAAD(Buffer.from(`${context}\0${id}`, "utf8"));
    const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
    return [
      V2,
      id,
      iv.toString("base64url"),
      body.toString("base64url"),
      cipher.getAuthTag().toString("base64url"),
    ].join(".");
  }

  unseal<T>(sealed: string | undefined, context = ""): T | undefined {
    return this.open<T>(sealed, context)?.value;
  }

  /** Unseals with whichever key wrote it; `stale` when that was not the newest key (or an earlier format). */
  open<T>(sealed: string | undefined, context = ""): Unsealed<T> | undefined {
    if (sealed === undefined) return undefined;
    const parts = sealed.split(".");
    if (parts[0] === V2 && parts.length === 5) {
      const [, id, iv, body, tag] = parts as [string, string, string, string, string];
      const entry = this.#keys.find((candidate) => candidate.id === id);
      if (entry === undefined) return undefined;
      const value = decrypt<T>(entry.key, iv, body, tag, `${context}\0${id}`);
      return value === undefined ? undefined : { value: value.plain, stale: entry !== this.#newest };
    }
    if (parts[0] === V1 && parts.length === 4) {
      const [, iv, body, tag] = parts as [string, string, string, string];
      for (const { key } of this.#keys) {
        const value = decrypt<T>(key, iv, body, tag, undefined);
        if (value !== undefined) return { value: value.plain, stale: true };
      }
    }
    return undefined;
  }

  /** A value only this key can make: the confirm form's CSRF token, derived from the attempt's state. */
  mac(purpose: string, value: string): string {
    return createHmac("sha256", this.#newest.key).update(`${purpose}\0${value}`).digest("base64url");
  }
}

function decrypt<T>(
  key: Buffer,
  iv: string,
  body: string,
  tag: string,
  aad: string | undefined,
): { plain: T } | undefined {
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    if (aad !== undefined) decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const plain = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
    return { plain: JSON.parse(plain.toString("utf8")) as T };
  } catch {
    return undefined;
  }
}
