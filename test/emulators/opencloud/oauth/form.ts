import type { IncomingMessage } from "node:http";
import { BodyTooLargeError, readBody } from "../../http/body.js";
import { invalidRequest } from "./errors.js";

const MAX_FORM_BYTES = 64 * 1024;

/** Every token endpoint takes `application/x-www-form-urlencoded` (oauth2-reference.md §Token exchange). */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const raw = await readBody(req, { limit: MAX_FORM_BYTES }).catch((error: unknown) => {
    throw error instanceof BodyTooLargeError ? invalidRequest("Request body too large.") : error;
  });
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
    throw invalidRequest("The body must be application/x-www-form-urlencoded.");
  }
  return new URLSearchParams(raw.toString("utf8"));
}

export interface ClientCredentials {
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  method: "basic" | "body" | "none";
}

/** "HTTP Basic … or client ID and secret in the request body" (oauth2-reference.md §Token exchange). */
export function clientCredentials(req: IncomingMessage, form: URLSearchParams): ClientCredentials {
  const header = req.headers.authorization;
  if (typeof header === "string" && /^basic\s+/i.test(header)) {
    const decoded = Buffer.from(header.replace(/^basic\s+/i, "").trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return { method: "basic" };
    // RFC 6749 §2.3.1: both halves are form-urlencoded before Base64.
    const decode = (part: string) => {
      try {
        return decodeURIComponent(part.replace(/\+/g, " "));
      } catch {
        return part;
      }
    };
    return {
      clientId: decode(decoded.slice(0, colon)),
      clientSecret: decode(decoded.slice(colon + 1)),
      method: "basic",
    };
  }
  const clientId = form.get("client_id") ?? undefined;
  const clientSecret = form.get("client_secret") ?? undefined;
  return { clientId, clientSecret, method: clientSecret === undefined ? "none" : "body" };
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== "string" || !/^bearer\s+/i.test(header)) return undefined;
  return header.replace(/^bearer\s+/i, "").trim();
}
