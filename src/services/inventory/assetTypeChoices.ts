import type { LocaleId } from "../../i18n/locales.js";
import { matchAssetType } from "./assetTypeMatch.js";
import { type FilterableAssetType, loose, namedTypes } from "./assetTypeNames.js";

export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/**
 * Suggestions for the comma list of asset types being typed, in the member's locale: the entries
 * before the last comma are kept (each read as the command reads it), the last one is completed,
 * matched in the locale and in English. Each value is the whole list in API names (`HAT,CLASSIC_SHIRT`,
 * the same in every locale), each name the same list in the locale's names (`Chapéu, Camisa clássica`).
 */
export function assetTypeChoices(typed: string, locale?: LocaleId): Choice[] {
  const types = namedTypes(locale);
  const entries = typed.split(",").map((entry) => entry.trim());
  const partial = loose(entries.pop() ?? "");
  const earlier = entries.filter((entry) => entry.length > 0);
  const matched = earlier.map((entry) => matchAssetType(entry, locale).type);
  // Every choice must be accepted as it is offered: after an entry that names no one type, offer none
  // (the command then says what that entry could mean).
  if (matched.some((type) => type === undefined)) return [];
  const earlierTypes = [...new Set(matched as FilterableAssetType[])];
  const earlierNames = earlierTypes.map((value) => types.find((type) => type.value === value)?.name ?? value);

  const candidates = types
    .filter((type) => !earlierTypes.includes(type.value))
    .filter((type) => type.keys.some((key) => key.includes(partial)));
  // Types whose name starts with what was typed come first; otherwise the spec order is kept.
  const starts = (type: (typeof types)[number]) => type.keys.some((key) => key.startsWith(partial));
  const ranked = [...candidates.filter(starts), ...candidates.filter((type) => !starts(type))];

  const choices: Choice[] = [];
  for (const type of ranked) {
    const value = [...earlierTypes, type.value].join(",");
    let name = [...earlierNames, type.name].join(", ");
    if (value.length > MAX_CHOICE_LENGTH) continue;
    if (name.length > MAX_CHOICE_LENGTH) name = `…${name.slice(name.length - (MAX_CHOICE_LENGTH - 1))}`;
    choices.push({ name, value });
    if (choices.length === MAX_CHOICES) break;
  }
  return choices;
}
