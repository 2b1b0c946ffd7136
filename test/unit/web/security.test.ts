import { describe, expect, it } from "vitest";
import { clientKey } from "../../../src/web/requestLimiter.js";
import { pathOf } from "../../../src/web/requestLog.js";
import { contentSecurityPolicy } from "../../../src/web/security.js";

describe("contentSecurityPolicy", () => {
  it("denies everything by default, framing included", () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it("adds only what a page asks for", () => {
    expect(
      contentSecurityPolicy({
        "img-src": ["https://tr.rbxcdn.com"],
        "form-action": ["'self'"],
        "font-src": [],
      }),
    ).toBe(
      "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; img-src https://tr.rbxcdn.com",
    );
  });

  it("refuses sources that open inline code or smuggle in another directive", () => {
    for (const source of [
      "'unsafe-inline'",
      "'UNSAFE-EVAL'",
      "*",
      "data:",
      "'self'; script-src *",
      "a b",
      "a,b",
    ]) {
      expect(() => contentSecurityPolicy({ "style-src": [source] }), source).toThrow(/not allowed/);
    }
  });
});

describe("pathOf", () => {
  it("drops the query string and the fragment", () => {
    expect(pathOf("/oauth/callback?code=abc&state=def")).toBe("/oauth/callback");
    expect(pathOf("/a#b?c")).toBe("/a");
    expect(pathOf("/plain")).toBe("/plain");
  });
});

describe("clientKey", () => {
  it("counts IPv4 clients by address and IPv6 clients by their /64", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:DB8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
  });
});
