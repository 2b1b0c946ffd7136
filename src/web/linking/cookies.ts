import type { FastifyRequest } from "fastify";

const NAME = "link_browser";
/** As long as the attempt and its confirm page can live together. */
const MAX_AGE_S = 20 * 60;

/**
 * The key that ties a sign-in to the browser that opened the button. HttpOnly; SameSite=Lax, since
 * Roblox's redirect back is a cross-site top-level GET, which Lax lets through and a POST from another site not.
 */
export function browserCookie(key: string, secure: boolean): string {
  return `${NAME}=${key}; Path=/; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export function readBrowserKey(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== "string") return undefined;
  for (const part of header.split(";")) {
    const [name, value] = part.trim().split("=", 2);
    if (name === NAME && value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value)) return value;
  }
  return undefined;
}
