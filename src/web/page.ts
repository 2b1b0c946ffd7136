import { createHash } from "node:crypto";
import type { CspAllowances } from "./security.js";

/** Only this module holds it, so only this module can mark a string as safe markup. */
// lint-strings: not user-facing — a symbol's description, seen in a debugger only.
const TRUSTED: unique symbol = Symbol("trusted markup");

/** Markup that is safe to place in a page as it is: built only by `html`. */
export class SafeHtml {
  readonly #markup: string;
  constructor(token: typeof TRUSTED, markup: string) {
    if (token !== TRUSTED) throw new TypeError("SafeHtml is built by html`…` only");
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

const trusted = (markup: string) => new SafeHtml(TRUSTED, markup);

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Text made safe for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => ESCAPES[character] ?? character);
}

type Interpolation = SafeHtml | string | number | readonly Interpolation[];

function interpolate(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(interpolate).join("");
  return escapeHtml(String(value));
}

/**
 * A template tag whose every interpolated value is escaped, unless it is itself `html` output:
 * html`<p>${name}</p>` cannot be broken out of, whatever `name` holds.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
  let markup = strings[0] ?? "";
  values.forEach((value, index) => {
    markup += interpolate(value) + (strings[index + 1] ?? "");
  });
  return trusted(markup);
}

/** The one stylesheet of every page: inline, allowed by its hash, so pages load nothing from anywhere. */
const STYLESHEET =
  "body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2328;background:#fff}" +
  "h1{font-size:1.5rem}" +
  "@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}}";

const STYLESHEET_HASH = `'sha256-${createHash("sha256").update(STYLESHEET).digest("base64")}'`;

/** What a route serving `renderPage` output adds to the deny-all policy: its stylesheet, nothing else. */
export const PAGE_CSP: CspAllowances = Object.freeze({ "style-src": [STYLESHEET_HASH] });

export interface Page {
  /** A BCP 47 language tag, e.g. "en-US". */
  readonly lang: string;
  readonly title: string;
  readonly body: SafeHtml;
}

/** A whole HTML document: no scripts, no external resources, every value escaped. */
export function renderPage(page: Page): string {
  return html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${page.title}</title>
<style>${trusted(STYLESHEET)}</style>
</head>
<body>
<h1>${page.title}</h1>
${page.body}
</body>
</html>
`.toString();
}
