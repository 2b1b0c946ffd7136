import { FILTERABLE_INVENTORY_ASSET_TYPES } from "../opencloud/index.js";
import { matchAssetType } from "./assetTypeMatch.js";

export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

function loose(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Suggestions for the comma list of asset types being typed: the entries before the last comma
 * are kept (each read as the command reads it), the last one is completed. Each value is the whole list in API names
 * (`HAT,CLASSIC_SHIRT`), each name the same list in friendly names (`Hat, Classic Shirt`).
 */
export function assetTypeChoices(typed: string): Choice[] {
  const entries = typed.split(",").map((entry) => entry.trim());
  const partial = loose(entries.pop() ?? "");
  const earlier = entries.filter((entry) => entry.length > 0);
  const matched = earlier.map((entry) => matchAssetType(entry).type);
  // Every choice must be accepted as it is offered: after an entry that names no one type, offer none
  // (the command then says what that entry could mean).
  if (matched.some((type) => type === undefined)) return [];
  const earlierTypes = [...new Set(matched as string[])];
  const earlierValues = earlierTypes;
  const earlierNames = earlierTypes.map(
    (type) => FILTERABLE_INVENTORY_ASSET_TYPES.find((candidate) => candidate.value === type)?.name ?? "",
  );

  const candidates = FILTERABLE_INVENTORY_ASSET_TYPES.filter(
    (type) => !earlierTypes.includes(type.value),
  ).filter((type) => loose(type.name).includes(partial) || loose(type.value).includes(partial));
  // Types whose name starts with what was typed come first; otherwise the spec order is kept.
  const ranked = [
    ...candidates.filter((type) => loose(type.name).startsWith(partial)),
    ...candidates.filter((type) => !loose(type.name).startsWith(partial)),
  ];

  const choices: Choice[] = [];
  for (const type of ranked) {
    const value = [...earlierValues, type.value].join(",");
    let name = [...earlierNames, type.name].join(", ");
    if (value.length > MAX_CHOICE_LENGTH) continue;
    if (name.length > MAX_CHOICE_LENGTH) name = `…${name.slice(name.length - (MAX_CHOICE_LENGTH - 1))}`;
    choices.push({ name, value });
    if (choices.length === MAX_CHOICES) break;
  }
  return choices;
}
