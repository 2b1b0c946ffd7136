import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { TrustProxy } from "../../../src/config.js";
import type { HealthReport } from "../../../src/health.js";
import { createLogger } from "../../../src/logger.js";
import {
  createWebServer,
  html,
  PAGE_CSP,
  registerProtectedGroup,
  renderPage,
  SECURITY_HEADERS,
  type WebServer,
} from "../../../src/web/index.js";
import { InProcessRequestLimiter } from "../../../src/web/requestLimiter.js";

const SECRET = "roblox-secret-api-key-ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const READY: HealthReport = { ready: true, gateway: "connected", store: "ok" };

interface Started {
  readonly web: WebServer;
  readonly origin: string;
  readonly logs: string[];
  readonly clock: { now: number };
}

const servers: WebServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(
  options: {
    health?: () => Promise<HealthReport>;
    trustProxy?: TrustProxy;
    routes?: (web: WebServer) => Promise<void> | void;
  } = {},
): Promise<Started> {
  const logs: string[] = [];
  const logger = createLogger({
    level: "info",
    pretty: false,
    secrets: [SECRET],
    destination: new Writable({
      write(chunk, _encoding, done) {
        logs.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    }),
  });
  const clock = { now: 1_000_000 };
  const web = createWebServer({
    logger,
    trustProxy: options.trustProxy ?? false,
    health: options.health ?? (async () => READY),
    limiter: new InProcessRequestLimiter({ now: () => clock.now }),
  });
  servers.push(web);
  await options.routes?.(web);
  const port = await web.listen(0);
  return { web, origin: `http://127.0.0.1:${port}`, logs, clock };
}

function expectSecurityHeaders(
  response: Response,
  csp = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
): void {
  expect(response.headers.get("content-security-policy")).toBe(csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(response.headers.get(name), name).toBe(value);
}

/** A protected group with one test-only route that answers the client address Fastify saw. */
function groupWithEcho(max: number) {
  return async (web: WebServer) => {
    await registerProtectedGroup(
      web.app,
      { prefix: "/guarded", limit: { max, windowMs: 60_000 }, bodyLimit: 64, limiter: web.limiter },
      (group) => {
        group.get("/ip", async (request) => ({ ip: request.ip }));
        group.post("/echo", async (request) => ({ length: JSON.stringify(request.body).length }));
      },
    );
    web.app.post("/outside", async () => ({ ok: true }));
  };
}

describe("/healthz", () => {
  it("answers 200 with the report when ready, 503 when not, 503 without a body when the check fails", async () => {
    let answer: () => Promise<HealthReport> = async () => READY;
    const { origin } = await start({ health: () => answer() });

    const ready = await fetch(`${origin}/healthz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await ready.json()).toEqual(READY);
    expectSecurityHeaders(ready);

    answer = async () => ({ ready: false, gateway: "disconnected", store: "ok" });
    const down = await fetch(`${origin}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ready: false, gateway: "disconnected", store: "ok" });

    answer = async () => {
      throw new Error("store exploded");
    };
    const failing = await fetch(`${origin}/healthz`);
    expect(failing.status).toBe(503);
    expect(await failing.text()).toBe("");
  });

  it("answers 404 to other methods and paths, with an empty body that repeats nothing of the URL", async () => {
    const { origin } = await start();
    const post = await fetch(`${origin}/healthz`, { method: "POST" });
    expect(post.status).toBe(404);
    const head = await fetch(`${origin}/healthz`, { method: "HEAD" });
    expect(head.status).toBe(404);
    const unknown = await fetch(`${origin}/nope?error_description=%3Cscript%3Ealert(1)%3C/script%3E`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe("");
    expectSecurityHeaders(unknown);
  });
});

describe("security headers", () => {
  it("are on errors too, whose message never reaches the client", async () => {
    const { origin, logs } = await start({
      routes: (web) => {
        web.app.get("/boom", async () => {
          throw new Error(`failed with ${SECRET}`);
        });
      },
    });
    const response = await fetch(`${origin}/boom`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe("");
    expectSecurityHeaders(response);
    const logged = logs.join("\n");
    expect(logged).toContain("request failed");
    expect(logged).not.toContain(SECRET);
  });

  it("take a route's CSP allowances on top of the deny-all policy", async () => {
    const { origin } = await start({
      routes: (web) => {
        web.app.get(
          "/page",
          { config: { csp: { ...PAGE_CSP, "form-action": ["'self'"] } } },
          (_request, reply) =>
            reply
              .type("text/html; charset=utf-8")
              .send(renderPage({ lang: "en", title: "T", body: html`<p>x</p>` })),
        );
      },
    });
    const response = await fetch(`${origin}/page`);
    const style = PAGE_CSP["style-src"]?.[0];
    expectSecurityHeaders(
      response,
      `default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; style-src ${style}`,
    );
  });

  it("refuse, at registration, an allowance that would open inline scripts", async () => {
    const logs: string[] = [];
    await expect(
      start({
        routes: (web) => {
          web.app.get("/bad", { config: { csp: { "script-src": ["'unsafe-inline'"] } } }, async () => logs);
        },
      }),
    ).rejects.toThrow(/'unsafe-inline'/);
  });
});

describe("request logs", () => {
  it("name the route or path and the status, never the query string", async () => {
    const { origin, logs } = await start({ routes: groupWithEcho(100) });
    await fetch(`${origin}/healthz?code=CODE-SECRET-1&state=STATE-SECRET-2`);
    await fetch(`${origin}/nope?code=CODE-SECRET-3`);
    await fetch(`${origin}/guarded/ip?state=STATE-SECRET-4`);
    const lines = logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    const incoming = lines.filter((line) => line.msg === "incoming request").map((line) => line.req);
    expect(incoming).toEqual([
      { method: "GET", route: "/healthz" },
      { method: "GET", path: "/nope" },
      { method: "GET", route: "/guarded/ip" },
    ]);
    const completed = lines.filter((line) => line.msg === "request completed").map((line) => line.res);
    expect(completed).toEqual([{ statusCode: 200 }, { statusCode: 404 }, { statusCode: 200 }]);
    expect(lines.every((line) => line.component === "web")).toBe(true);
    const all = logs.join("\n");
    for (const secret of ["CODE-SECRET", "STATE-SECRET", "127.0.0.1"]) expect(all).not.toContain(secret);
  });
});

describe("a protected route group", () => {
  it("refuses a client past its limit with 429, retry-after and the security headers, until the window turns", async () => {
    const { origin, clock } = await start({ routes: groupWithEcho(3) });
    for (let request = 0; request < 3; request += 1) {
      expect((await fetch(`${origin}/guarded/ip`)).status).toBe(200);
    }
    const refused = await fetch(`${origin}/guarded/ip`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("<title>Too many requests</title>");
    expectSecurityHeaders(
      refused,
      `default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; style-src ${PAGE_CSP["style-src"]?.[0]}`,
    );
    // Other routes are not counted against the group.
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);

    clock.now += 60_000;
    expect((await fetch(`${origin}/guarded/ip`)).status).toBe(200);
  });

  it("refuses with 503 when the counter cannot be reached, and the handler never runs", async () => {
    let handled = 0;
    const { origin, logs } = await start({
      routes: async (web) => {
        await registerProtectedGroup(
          web.app,
          {
            prefix: "/guarded",
            limit: { max: 5, windowMs: 60_000 },
            bodyLimit: 64,
            limiter: {
              take: async () => {
                throw new Error("The client is closed");
              },
            },
          },
          (group) => {
            group.get("/page", async () => {
              handled += 1;
              return "handled";
            });
          },
        );
      },
    });
    const response = await fetch(`${origin}/guarded/page`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("<title>Try again later</title>");
    expect(handled).toBe(0);
    expect(logs.some((line) => line.includes("rate limit unavailable"))).toBe(true);
  });

  it("refuses a body over the group's limit with 413 before the handler, while other routes keep theirs", async () => {
    const { origin } = await start({ routes: groupWithEcho(100) });
    const post = (path: string, text: string) =>
      fetch(`${origin}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text }),
      });
    expect(await (await post("/guarded/echo", "small")).json()).toEqual({ length: 16 });
    const large = await post("/guarded/echo", "x".repeat(100));
    expect(large.status).toBe(413);
    expect(await large.text()).toBe("");
    expectSecurityHeaders(large);
    expect((await post("/outside", "x".repeat(100))).status).toBe(200);
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY names the proxy", async () => {
    const untrusting = await start({ routes: groupWithEcho(2) });
    const forwarded = (origin: string, address: string) =>
      fetch(`${origin}/guarded/ip`, { headers: { "x-forwarded-for": address } });
    // The server listens dual-stack, so an IPv4 client shows as its IPv4-mapped IPv6 address.
    expect(await (await forwarded(untrusting.origin, "203.0.113.7")).json()).toEqual({
      ip: "::ffff:127.0.0.1",
    });
    expect((await forwarded(untrusting.origin, "203.0.113.8")).status).toBe(200);
    // A client cannot buy a fresh budget by inventing addresses.
    expect((await forwarded(untrusting.origin, "203.0.113.9")).status).toBe(429);

    const trusting = await start({ routes: groupWithEcho(2), trustProxy: ["127.0.0.1"] });
    expect(await (await forwarded(trusting.origin, "203.0.113.7")).json()).toEqual({ ip: "203.0.113.7" });
    expect((await forwarded(trusting.origin, "203.0.113.7")).status).toBe(200);
    expect((await forwarded(trusting.origin, "203.0.113.7")).status).toBe(429);
    expect((await forwarded(trusting.origin, "203.0.113.8")).status).toBe(200);

    const oneHop = await start({ routes: groupWithEcho(5), trustProxy: 1 });
    expect(await (await forwarded(oneHop.origin, "198.51.100.1, 203.0.113.5")).json()).toEqual({
      ip: "203.0.113.5",
    });
  });
});
