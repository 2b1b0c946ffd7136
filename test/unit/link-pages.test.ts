import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/translator.js";
import { confirmCsp, confirmPage, refusalPage } from "../../src/web/linking/pages.js";
import { renderPage } from "../../src/web/page.js";

const HOSTILE = `<img src=x onerror=alert(1)>"'`;

describe("the linking pages", () => {
  it("escape every account name and keep the CSRF token in a quoted attribute", () => {
    const html = renderPage(
      confirmPage(en, {
        discord: { id: "1", username: HOSTILE, displayName: HOSTILE, avatarUrl: undefined },
        roblox: { sub: "2", username: HOSTILE, displayName: "Name", picture: undefined },
        csrf: `"><script>`,
      }),
    );
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('name="csrf" value="&quot;&gt;&lt;script&gt;"');
  });

  it("let the confirm page load the two pictures' https origins only", () => {
    expect(confirmCsp(["https://cdn.discordapp.com/a.png", "http://evil.example/x.png", undefined])).toEqual({
      "form-action": ["'self'"],
      "img-src": ["https://cdn.discordapp.com"],
    });
    expect(confirmCsp([undefined])).toEqual({ "form-action": ["'self'"] });
  });

  it("show fixed text for every refusal", () => {
    for (const reason of ["expired", "denied", "roblox-error", "bad-form"] as const) {
      expect(renderPage(refusalPage(en, reason))).toContain(`data-reason="${reason}"`);
    }
  });
});
