import { describe, expect, it } from "vitest";
import { escapeHtml, html, renderPage, SafeHtml } from "../../../src/web/page.js";

const HOSTILE = `"><script>alert('x')</script><img src=x onerror=alert(1)>&amp;\``;

describe("the page renderer", () => {
  it("escapes a hostile string in text, in attributes and in the title", () => {
    const page = renderPage({
      lang: `en" onload="alert(1)`,
      title: HOSTILE,
      body: html`<p title="${HOSTILE}">${HOSTILE}</p><ul>${["<b>", "&"].map((item) => html`<li>${item}</li>`)}</ul>`,
    });
    expect(page).not.toContain("<script");
    expect(page).not.toContain("<img");
    expect(page).not.toContain('" onload="');
    expect(page).not.toMatch(/<p title="[^"]*"[^>]/);
    expect(page).toContain(`<p title="${escapeHtml(HOSTILE)}">${escapeHtml(HOSTILE)}</p>`);
    expect(page).toContain("<li>&lt;b&gt;</li><li>&amp;</li>");
    expect(escapeHtml(HOSTILE)).toBe(
      "&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;&#96;",
    );
  });

  it("loads nothing from anywhere and has no script", () => {
    const page = renderPage({ lang: "en", title: "Linked", body: html`<p>Done</p>` });
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
  });

  it("lets no one outside the renderer mint safe markup", () => {
    const Forged = SafeHtml as unknown as new (token: symbol, markup: string) => SafeHtml;
    expect(() => new Forged(Symbol("trusted markup"), "<script>")).toThrow(TypeError);
  });
});
