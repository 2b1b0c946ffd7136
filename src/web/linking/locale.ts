import type { FastifyRequest } from "fastify";
import { DEFAULT_LOCALE, resolveLocale } from "../../i18n/locales.js";
import { type Translator, translatorFor } from "../../i18n/translator.js";

const baseOf = (tag: string) => tag.toLowerCase().split("-")[0];

/**
 * The pages speak the language of whoever reads them, which the browser says (`Accept-Language`, the
 * first tag the bot has a catalogue for), not the language of the member who ran /link: a button opened
 * by someone else must be readable by them. en-US when the browser names none the bot speaks.
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
