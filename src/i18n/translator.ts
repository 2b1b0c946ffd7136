import i18next from "i18next";
import { CATALOGUES } from "./catalogue.js";
import { DEFAULT_LOCALE, LOCALES, type LocaleId, resolveLocale } from "./locales.js";
import type { Localized, Message, MessageKey, ParamsArg, ParamValue } from "./types.js";

/**
 * i18next (the ecosystem's standard, as in Yuudachi and Skyra) does the lookup, CLDR plurals and the
 * `$t()` nesting; the keys and parameters are typed in ./types.ts. Flat keys: dots are part of the key.
 */
const engine = i18next.createInstance();
void engine.init({
  resources: Object.fromEntries(LOCALES.map((locale) => [locale, { translation: CATALOGUES[locale] }])),
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  keySeparator: false,
  nsSeparator: false,
  // Values are escaped for Markdown by the views, never for HTML here.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Renders messages of one locale, and its numbers, sizes, lists and dates through `Intl`. */
export interface Translator {
  readonly locale: LocaleId;
  t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Localized;
  render(message: Message): Localized;
  number(value: number): string;
  bytes(value: number): string;
  duration(ms: number): string;
  list(items: readonly string[], join: "and" | "or"): string;
}

const KB = 1024;
const MB = 1024 * 1024;

function createTranslator(locale: LocaleId): Translator {
  const fixed = engine.getFixedT(locale);
  const numbers = new Intl.NumberFormat(locale);
  const unit = (name: string, display: "long" | "short", digits: number) =>
    new Intl.NumberFormat(locale, {
      style: "unit",
      unit: name,
      unitDisplay: display,
      maximumFractionDigits: digits,
    });
  const byteUnits = {
    byte: unit("byte", "long", 0),
    kilobyte: unit("kilobyte", "short", 1),
    megabyte: unit("megabyte", "short", 1),
  };
  const minutes = unit("minute", "short", 0);
  const seconds = unit("second", "short", 0);
  const units = new Intl.ListFormat(locale, { type: "unit", style: "narrow" });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const translator: Translator = {
    locale,
    t(key, ...params) {
      return translator.render({ key, params: params[0] } as Message);
    },
    render(message) {
      const values: Record<string, string | number> = {};
      for (const [name, value] of Object.entries((message.params ?? {}) as Record<string, ParamValue>)) {
        values[name] = renderParam(value);
      }
      return fixed(message.key, values) as Localized;
    },
    number: (value) => numbers.format(value),
    bytes(value) {
      if (value < KB) return byteUnits.byte.format(value);
      if (value < MB) return byteUnits.kilobyte.format(value / KB);
      return byteUnits.megabyte.format(value / MB);
    },
    duration(ms) {
      const total = Math.max(0, Math.round(ms / 1000));
      if (total < 60) return seconds.format(total);
      return units.format([minutes.format(Math.floor(total / 60)), seconds.format(total % 60)]);
    },
    list: (items, join) =>
      new Intl.ListFormat(locale, { type: join === "or" ? "disjunction" : "conjunction" }).format(items),
  };
  function renderParam(value: ParamValue): string | number {
    if (typeof value === "string" || typeof value === "number") return value;
    if ("message" in value) return translator.render(value.message);
    if ("list" in value)
      return translator.list(
        value.list.map((item) => (typeof item === "string" ? item : translator.render(item.message))),
        value.join,
      );
    if ("bytes" in value) return translator.bytes(value.bytes);
    if ("durationMs" in value) return translator.duration(value.durationMs);
    return dates.format(new Date(value.date));
  }
  return translator;
}

const translators = new Map<LocaleId, Translator>(
  LOCALES.map((locale) => [locale, createTranslator(locale)]),
);

/** The translator for a locale Discord sent (or a catalogue's own id), with the fallbacks of resolveLocale. */
export function translatorFor(tag: string | null | undefined): Translator {
  return translators.get(resolveLocale(tag)) as Translator;
}

/** en-US, for what has no member or server to speak to (logs' companions, the CLI). */
export const en: Translator = translatorFor(DEFAULT_LOCALE);
