import type { FastifyRequest } from "fastify";
import { DEFAULT_LOCALE, resolveLocale } from "../i18n/locales.js";
import { type Translator, translatorFor } from "../i18n/translator.js";

const baseOf = (tag: string) => tag.toLowerCase().split("-")[0];

/**
 * For a page no stored request leads to (a refusal): the language the
 * browser asks for (`Accept-Language`, the first tag the bot has a catalogue for), else en-US. The confirm
 * and done pages speak the language of the /link that led there instead.
 */
export function pageTranslator(request: FastifyRequest): Translator {
  const header = request.headers["accept-language"];
  const tags = (typeof header === "string" ? header : "")
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((parameter) => parameter.trim().startsWith("q="));
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q.trim().slice(2)) || 0 };
    })
    .filter((entry) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(entry.tag) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  // resolveLocale falls back to en-US for a language without a catalogue: such a tag is skipped.
  const known = tags.find(
    (entry) => resolveLocale(entry.tag) !== DEFAULT_LOCALE || baseOf(entry.tag) === baseOf(DEFAULT_LOCALE),
  );
  return translatorFor(known?.tag);
}
