import { de } from "./locales/de/index.js";
import { enUS } from "./locales/enUS/index.js";
import { esES } from "./locales/esES/index.js";
import { fr } from "./locales/fr/index.js";
import { ja } from "./locales/ja/index.js";
import { ptBR } from "./locales/ptBR/index.js";
import type { LocaleId } from "./locales.js";

/** Every catalogue, flat (`key` → text), by locale. */
export const CATALOGUES: Readonly<Record<LocaleId, Readonly<Record<string, string>>>> = {
  "en-US": enUS,
  "pt-BR": ptBR,
  "es-ES": esES,
  de,
  fr,
  ja,
};
