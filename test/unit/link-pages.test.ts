import { describe, expect, it } from "vitest";
import { en, translatorFor } from "../../src/i18n/translator.js";
import { linkPrompt } from "../../src/views/linking.js";
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

describe("the /link reply", () => {
  const url = "https://bot.example/link/abc";
  it("offers the profile phrase where Roblox's own error page would leave the member stuck", () => {
    const withPhrase = linkPrompt(translatorFor("de"), url, 0, true).content;
    expect(withPhrase).toContain(
      "/verknüpfen erneut aus und wähle die Methode „Ein Satz in meinem Roblox-Profil“",
    );
    expect(withPhrase).not.toContain("{{");
    const english = linkPrompt(en, url, 0, true).content;
    expect(english).toContain("run /link again and pick the method “A phrase on my Roblox profile”");
  });

  it("sends the member to an admin when the phrase is turned off", () => {
    const without = linkPrompt(en, url, 0, false).content;
    expect(without).toContain("is not available to you right now. Tell a server admin.");
    expect(without).not.toContain("method");
  });
});
