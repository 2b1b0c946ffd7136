import type { ViolationIssue } from "../types.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

/** Discord's locales (discord-api-docs reference, Locales): the keys a localisation map may have. */
export const DISCORD_LOCALES = new Set([
  "id",
  "da",
  "de",
  "en-GB",
  "en-US",
  "es-ES",
  "es-419",
  "fr",
  "hr",
  "it",
  "lt",
  "hu",
  "nl",
  "no",
  "pl",
  "pt-BR",
  "ro",
  "fi",
  "sv-SE",
  "vi",
  "tr",
  "cs",
  "el",
  "bg",
  "ru",
  "uk",
  "hi",
  "th",
  "zh-CN",
  "ja",
  "zh-TW",
  "ko",
]);

/**
 * CHAT_INPUT command and option names (discord-api-docs interactions/application-commands,
 * Application Command Naming): `^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$`, and a letter that
 * has a lowercase form must be lowercase. Localised names follow the same rule.
 */
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** "combined name, description, and value properties … only the longest localization for each field". */
const COMMAND_SIZE_MAX = 8000;

const length = (text: unknown): number => (typeof text === "string" ? [...text].length : 0);

function checkName(issues: ViolationIssue[], path: string, name: unknown): void {
  if (typeof name !== "string") return;
  if (!NAME.test(name) || name !== name.toLowerCase()) {
    issues.push({ path, code: "APPLICATION_COMMAND_INVALID_NAME", message: "Command name is invalid" });
  }
}

function checkMap(issues: ViolationIssue[], path: string, map: unknown, names: boolean): void {
  if (!isObject(map)) return;
  for (const [locale, value] of Object.entries(map)) {
    if (!DISCORD_LOCALES.has(locale)) {
      issues.push({ path: `${path}.${locale}`, code: "LOCALE_INVALID", message: "Invalid locale" });
      continue;
    }
    if (names) checkName(issues, `${path}.${locale}`, value);
  }
}

/** The longest of a field and its localisations, as Discord counts it toward the command's size. */
function longest(entity: Json, field: "name" | "description"): number {
  const map = entity[`${field}_localizations`];
  const localised = isObject(map) ? Object.values(map).map(length) : [];
  return Math.max(length(entity[field]), ...localised);
}

function visit(issues: ViolationIssue[], entity: Json, path: string, isOption: boolean): number {
  const at = (field: string) => (path === "" ? field : `${path}.${field}`);
  if (isOption || entity.type === undefined || entity.type === 1) checkName(issues, at("name"), entity.name);
  checkMap(issues, at("name_localizations"), entity.name_localizations, true);
  checkMap(issues, at("description_localizations"), entity.description_localizations, false);
  let size = longest(entity, "name") + longest(entity, "description");
  const choices = Array.isArray(entity.choices) ? entity.choices : [];
  choices.forEach((choice, index) => {
    if (!isObject(choice)) return;
    checkMap(issues, at(`choices.${index}.name_localizations`), choice.name_localizations, false);
    size += longest(choice, "name") + length(String(choice.value ?? ""));
  });
  const options = Array.isArray(entity.options) ? entity.options : [];
  options.forEach((option, index) => {
    if (isObject(option)) size += visit(issues, option, at(`options.${index}`), true);
  });
  return size;
}

/**
 * A command's localisations: every key a Discord locale, every localised name a valid lowercase
 * name, and the command within 8000 characters counting the longest localisation of each field
 * (descriptions ≤ 100 and names ≤ 32 per locale are in the spec's schema).
 */
export function checkCommandLocalizations(command: unknown, prefix: string): ViolationIssue[] {
  if (!isObject(command)) return [];
  const issues: ViolationIssue[] = [];
  const size = visit(issues, command, prefix, false);
  if (size > COMMAND_SIZE_MAX) {
    issues.push({
      path: prefix,
      code: "APPLICATION_COMMAND_TOO_LARGE",
      message: `Command exceeds maximum size (${COMMAND_SIZE_MAX})`,
    });
  }
  return issues;
}

const LOCALISED = ["name_localizations", "description_localizations"] as const;

/**
 * A stored command as a GET lists it (discord-api-docs Get Global Application Commands:
 * `with_localizations` "whether to include full localization dictionaries (name_localizations and
 * description_localizations) in the returned objects, instead of the name_localized and
 * description_localized fields. Default false"). Without it, the dictionaries are left out and the
 * fields for the requester's locale (`X-Discord-Locale`) are given where a localisation exists.
 */
export function presentCommand(record: Json, withLocalizations: boolean, locale: string | undefined): Json {
  const present = (entity: Json): Json => {
    const out: Json = { ...entity };
    if (withLocalizations) {
      for (const field of LOCALISED) out[field] = isObject(entity[field]) ? entity[field] : null;
    } else {
      for (const field of LOCALISED) delete out[field];
      const names = entity.name_localizations;
      const descriptions = entity.description_localizations;
      if (locale !== undefined && isObject(names) && typeof names[locale] === "string")
        out.name_localized = names[locale];
      if (locale !== undefined && isObject(descriptions) && typeof descriptions[locale] === "string")
        out.description_localized = descriptions[locale];
    }
    if (Array.isArray(entity.options))
      out.options = entity.options.map((option) => (isObject(option) ? present(option) : option));
    if (Array.isArray(entity.choices))
      out.choices = entity.choices.map((choice) => (isObject(choice) ? present(choice) : choice));
    return out;
  };
  return present(record);
}
