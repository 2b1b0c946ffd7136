import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import {
  createRequestLimiter,
  createWebServer,
  html,
  PAGE_CSP,
  registerProtectedGroup,
  renderPage,
  type WebServer,
} from "../../src/web/index.js";
import { BROWSER_HOOK_TIMEOUT_MS, launchBrowser, type TestBrowser } from "../support/browser.js";
import { type Harness, startHarness } from "../support/harness.js";
import { freePort } from "../support/ports.js";

const HOSTILE = `</p><script>document.title="owned"</script><img src="https://evil.example/x.png" onerror="alert(1)">`;

function expectSecurityHeaders(headers: Record<string, string>): void {
  expect(headers["content-security-policy"]).toMatch(/^default-src 'none'; /);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["x-content-type-options"]).toBe("nosniff");
}

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
}, BROWSER_HOOK_TIMEOUT_MS);
afterAll(async () => {
  await browser?.close();
});

describe("the bot's web server in a real browser", () => {
  let harness: Harness;
  beforeAll(async () => {
    const port = await freePort();
    harness = await startHarness({ env: { WEB_PORT: String(port) } });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("serves /healthz with the security headers, and the browser shows the report", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://127.0.0.1:${harness.config.web.port}/healthz`);
    expect(response?.status()).toBe(200);
    expectSecurityHeaders(response?.headers() ?? {});
    expect(JSON.parse((await page.locator("body").textContent()) ?? "")).toEqual({
      ready: true,
      gateway: "connected",
      store: "ok",
    });
    await page.close();
    harness.assertClean();
  });
});

describe("a rendered page in a real browser", () => {
  let web: WebServer;
  let origin: string;
  beforeAll(async () => {
    const logger = createLogger({
      level: "silent",
      pretty: false,
      secrets: [],
      destination: new Writable({ write: (_chunk, _encoding, done) => done() }),
    });
    web = createWebServer({
      logger,
      trustProxy: false,
      health: async () => ({ ready: true, gateway: "connected", store: "ok" }),
      limiter: createRequestLimiter(undefined),
    });
    await registerProtectedGroup(
      web.app,
      { prefix: "/test-pages", limit: { max: 3, windowMs: 60_000 }, bodyLimit: 1_024, limiter: web.limiter },
      (group) => {
        group.get("/hostile", { config: { csp: PAGE_CSP } }, (_request, reply) =>
          reply
            .type("text/html; charset=utf-8")
            .send(renderPage({ lang: "en", title: "Hello", body: html`<p id="name">${HOSTILE}</p>` })),
        );
      },
    );
    origin = `http://127.0.0.1:${await web.listen(0)}`;
  });
  afterAll(async () => {
    await web?.close();
  });

  it("renders a hostile string as text, runs no script, loads nothing, and its stylesheet passes the CSP", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("request", (request) => requests.push(request.url()));

    const response = await page.goto(`${origin}/test-pages/hostile`);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expectSecurityHeaders(headers);
    expect(headers["content-type"]).toBe("text/html; charset=utf-8");

    expect(await page.title()).toBe("Hello");
    expect(await page.locator("h1").textContent()).toBe("Hello");
    expect(await page.locator("#name").textContent()).toBe(HOSTILE);
    expect(await page.locator("script").count()).toBe(0);
    expect(await page.locator("img").count()).toBe(0);
    // The page's own stylesheet is allowed by its hash: applied, and no CSP complaint.
    const fontFamily = await page.evaluate("getComputedStyle(document.body).fontFamily");
    expect(fontFamily).toContain("system-ui");
    expect(violations).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([`${origin}/test-pages/hostile`]);
    await page.close();
  });

  it("shows the refusal page of a client past the limit, styled, with no CSP violation", async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    let response = await page.goto(`${origin}/test-pages/hostile`);
    for (let attempt = 0; attempt < 5 && response?.status() !== 429; attempt += 1) {
      response = await page.goto(`${origin}/test-pages/hostile`);
    }
    expect(response?.status()).toBe(429);
    expectSecurityHeaders(response?.headers() ?? {});
    expect(await page.locator("h1").textContent()).toBe("Too many requests");
    expect(await page.evaluate("getComputedStyle(document.body).fontFamily")).toContain("system-ui");
    expect(violations).toEqual([]);
    await page.close();
  });

  it("names the stylesheet's real hash in the policy", async () => {
    const body = await (await fetch(`${origin}/test-pages/hostile`)).text();
    const style = /<style>([^<]*)<\/style>/.exec(body)?.[1] ?? "";
    const hash = createHash("sha256").update(style).digest("base64");
    expect(PAGE_CSP["style-src"]).toEqual([`'sha256-${hash}'`]);
  });
});
