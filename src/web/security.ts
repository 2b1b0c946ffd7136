import type { FastifyInstance, FastifyReply } from "fastify";

/** CSP fetch directives a page may open beyond `default-src 'none'`, and the navigation ones it may set. */
export type CspDirective =
  | "style-src"
  | "img-src"
  | "font-src"
  | "connect-src"
  | "media-src"
  | "form-action"
  | "script-src";

/** What one route's page needs, e.g. `{ "style-src": ["'sha256-…'"], "form-action": ["'self'"] }`. */
export type CspAllowances = Partial<Record<CspDirective, readonly string[]>>;

declare module "fastify" {
  interface FastifyContextConfig {
    /** Sources this route's page needs on top of the deny-all policy every response gets. */
    csp?: CspAllowances;
  }
}

/** Everything denied: no scripts, styles, images, frames, forms or base URL unless a route opens one. */
const BASE_POLICY = ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"];

/** A source must be one token: no separators that would smuggle in another directive or source. */
const SOURCE = /^[^\s;,]+$/;
const FORBIDDEN_SOURCES = new Set(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:"]);

/** The Content-Security-Policy header for a route: the deny-all base with the route's allowances. */
export function contentSecurityPolicy(allowances: CspAllowances = {}): string {
  const directives = new Map<string, string>();
  for (const directive of BASE_POLICY) {
    const [name = "", ...sources] = directive.split(" ");
    directives.set(name, sources.join(" "));
  }
  for (const [name, sources] of Object.entries(allowances) as [CspDirective, readonly string[]][]) {
    if (sources.length === 0) continue;
    for (const source of sources) {
      if (!SOURCE.test(source) || FORBIDDEN_SOURCES.has(source.toLowerCase())) {
        throw new Error(`the CSP source ${JSON.stringify(source)} for ${name} is not allowed`);
      }
    }
    directives.set(name, sources.join(" "));
  }
  return [...directives].map(([name, sources]) => `${name} ${sources}`).join("; ");
}

/** Headers every response carries, whatever the route (404s, errors and rate-limit refusals too). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
});

const DEFAULT_POLICY = contentSecurityPolicy();

/** Both sets of allowances, each directive's sources once. */
export function mergeAllowances(first: CspAllowances, second: CspAllowances): CspAllowances {
  const merged: Partial<Record<CspDirective, readonly string[]>> = { ...first };
  for (const [name, sources] of Object.entries(second) as [CspDirective, readonly string[]][]) {
    merged[name] = [...new Set([...(merged[name] ?? []), ...sources])];
  }
  return merged;
}

const replyAllowances = new WeakMap<FastifyReply, CspAllowances>();

/**
 * Opens the policy for one response, for a page sent from where no route's option applies (a hook's
 * refusal page, the 404 page). Checked at once, like a route's option.
 */
export function allowOnReply(reply: FastifyReply, allowances: CspAllowances): void {
  contentSecurityPolicy(allowances);
  replyAllowances.set(reply, mergeAllowances(replyAllowances.get(reply) ?? {}, allowances));
}

/**
 * Adds the security headers to every response. A route's `config.csp` is turned into its policy once,
 * when the route is registered, so a bad allowance fails at start-up rather than on a request.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  const policies = new WeakMap<object, string>();
  app.addHook("onRoute", (route) => {
    const csp = route.config?.csp;
    if (csp !== undefined) contentSecurityPolicy(csp);
  });
  app.addHook("onSend", async (request, reply, payload) => {
    const config = request.routeOptions.config;
    const forReply = replyAllowances.get(reply);
    let policy = DEFAULT_POLICY;
    if (forReply !== undefined) {
      policy = contentSecurityPolicy(mergeAllowances(config?.csp ?? {}, forReply));
    } else if (config?.csp !== undefined) {
      policy = policies.get(config) ?? contentSecurityPolicy(config.csp);
      policies.set(config, policy);
    }
    reply.header("content-security-policy", policy);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });
}
