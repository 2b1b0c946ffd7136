import type {
  APIApplicationCommandOption,
  APIApplicationCommandOptionChoice,
  LocalizationMap,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "@discordjs/core/http-only";
import { CATALOGUES } from "./catalogue.js";
import { DEFAULT_LOCALE, DISCORD_LOCALISATIONS } from "./locales.js";

type CommandBody = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Catalogue text by key, in every Discord locale that gets a localisation. */
function localisations(key: string): LocalizationMap {
  const map: Record<string, string> = {};
  for (const [discordLocale, catalogue] of Object.entries(DISCORD_LOCALISATIONS)) {
    const text = CATALOGUES[catalogue][key];
    if (text === undefined) throw new Error(`the ${catalogue} catalogue has no ${key}`);
    map[discordLocale] = text;
  }
  return map;
}

function source(key: string): string {
  const text = CATALOGUES[DEFAULT_LOCALE][key];
  if (text === undefined) throw new Error(`the catalogue has no ${key}`);
  return text;
}

/** A command's option: its own keys (`cmd.<command>.opt.<name>`), else the shared ones (`opt.<name>`). */
function optionKey(command: string, name: string): string {
  const own = `cmd.${command}.opt.${name}`;
  return CATALOGUES[DEFAULT_LOCALE][`${own}.name`] === undefined ? `opt.${name}` : own;
}

function localiseChoice<Choice extends APIApplicationCommandOptionChoice>(
  key: string,
  choice: Choice,
): Choice {
  const choiceKey = `${key}.choice.${choice.value}`;
  return { ...choice, name: source(choiceKey), name_localizations: localisations(choiceKey) };
}

function localiseOption(command: string, option: APIApplicationCommandOption): APIApplicationCommandOption {
  const key = optionKey(command, option.name);
  if (source(`${key}.name`) !== option.name) {
    throw new Error(
      `option ${option.name} of /${command} is named ${source(`${key}.name`)} in the catalogue`,
    );
  }
  const localised = {
    ...option,
    description: source(`${key}.description`),
    name_localizations: localisations(`${key}.name`),
    description_localizations: localisations(`${key}.description`),
  };
  // A subcommand group's subcommands, and a subcommand's options, are localised the same way.
  if ("options" in localised && Array.isArray(localised.options)) {
    const nested = localised.options as APIApplicationCommandOption[];
    return {
      ...localised,
      options: nested.map((inner) => localiseOption(command, inner)),
    } as APIApplicationCommandOption;
  }
  if ("choices" in localised && Array.isArray(localised.choices)) {
    const choices = localised.choices as APIApplicationCommandOptionChoice[];
    return {
      ...localised,
      choices: choices.map((choice) => localiseChoice(key, choice)),
    } as APIApplicationCommandOption;
  }
  return localised as APIApplicationCommandOption;
}

/**
 * A slash command as it is registered: descriptions and choice names from the en-US catalogue, and
 * `name_localizations`/`description_localizations` for every command, option and choice in each
 * Discord locale the bot speaks. A name or description missing from a catalogue is an error here.
 */
export function localiseCommand<Command extends CommandBody>(command: Command): Command {
  const key = `cmd.${command.name}`;
  if (source(`${key}.name`) !== command.name) throw new Error(`/${command.name} is not ${key}.name`);
  return {
    ...command,
    description: source(`${key}.description`),
    name_localizations: localisations(`${key}.name`),
    description_localizations: localisations(`${key}.description`),
    ...(command.options === undefined
      ? {}
      : { options: command.options.map((option) => localiseOption(command.name, option)) }),
  };
}
