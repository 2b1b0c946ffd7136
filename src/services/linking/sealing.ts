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

const VERSION = "v1";

/**
 * AES-256-GCM under the configured key: every linking record is kept sealed, since it holds the PKCE
 * verifier and the interaction token that edits the member's reply. A record that fails its tag (another
 * key, or tampered with) reads as absent.
 */
export class Sealer {
  readonly #key: Buffer;

  constructor(keyHex: string) {
    this.#key = Buffer.from(keyHex, "hex");
    if (this.#key.length !== 32) throw new Error("the sealing key must be 32 bytes");
  }

  seal(value: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.#key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
    return [
      VERSION,
      iv.toString("base64url"),
      body.toString("base64url"),
      cipher.getAuthTag().toString("base64url"),
    ].join(".");
  }

  unseal<T>(sealed: string | undefined): T | undefined {
    if (sealed === undefined) return undefined;
    const [version, iv, body, tag] = sealed.split(".");
    if (version !== VERSION || iv === undefined || body === undefined || tag === undefined) return undefined;
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.#key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      const plain = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
      return JSON.parse(plain.toString("utf8")) as T;
    } catch {
      return undefined;
    }
  }

  /** A value only this key can make: the confirm form's CSRF token, derived from the attempt's state. */
  mac(purpose: string, value: string): string {
    return createHmac("sha256", this.#key).update(`${purpose}\0${value}`).digest("base64url");
  }
}
