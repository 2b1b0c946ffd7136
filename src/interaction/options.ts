import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIAttachment,
  type APIInteractionDataResolved,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";

/** One option of a slash command, declared once: what Discord registers, and how the handler reads it. */
export type OptionDeclaration = APIApplicationCommandBasicOption;

/** The value an option of this declaration's type carries once read. */
type ValueOf<D extends OptionDeclaration> = D["type"] extends ApplicationCommandOptionType.String
  ? string
  : D["type"] extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
    ? number
    : D["type"] extends ApplicationCommandOptionType.Boolean
      ? boolean
      : D["type"] extends ApplicationCommandOptionType.Attachment
        ? APIAttachment
        : // User, channel, role and mentionable options read as the snowflake the member picked.
          string;

/** A required option reads as its value; an optional one as its value or undefined. */
export type OptionValue<D extends OptionDeclaration> = D extends { readonly required: true }
  ? ValueOf<D>
  : ValueOf<D> | undefined;

/** Every declared option by name, each typed from its declaration. */
export type OptionValues<Options extends readonly OptionDeclaration[]> = {
  readonly [D in Options[number] as D["name"]]: OptionValue<D>;
};

/** The options a command payload carries (those of the picked subcommand, if any), with what they resolve. */
export interface ReceivedOptions {
  readonly values: readonly APIApplicationCommandInteractionDataBasicOption[];
  readonly resolved: APIInteractionDataResolved | undefined;
}

/**
 * Reads one option through its declaration. A value of another type than declared, or an attachment
 * the payload does not resolve, counts as absent; a required option that is absent is a payload Discord
 * would never send, so it throws.
 */
export function readOption<D extends OptionDeclaration>(
  received: ReceivedOptions,
  declaration: D,
): OptionValue<D> {
  const sent = received.values.find((option) => option.name === declaration.name);
  const value = sent && sent.type === declaration.type ? sentValue(sent, received.resolved) : undefined;
  if (value === undefined && declaration.required === true) {
    throw new Error(`the required option ${declaration.name} is missing from the interaction`);
  }
  return value as OptionValue<D>;
}

/** Anything that reads one option through its declaration (a command's context). */
export interface OptionReader {
  option<D extends OptionDeclaration>(declaration: D): OptionValue<D>;
}

/** Reads every declared option at once, keyed by name. */
export function readOptions<const Options extends readonly OptionDeclaration[]>(
  reader: OptionReader,
  declarations: Options,
): OptionValues<Options> {
  return Object.fromEntries(
    declarations.map((declaration) => [declaration.name, reader.option(declaration)]),
  ) as OptionValues<Options>;
}

function sentValue(
  option: APIApplicationCommandInteractionDataBasicOption,
  resolved: APIInteractionDataResolved | undefined,
): unknown {
  if (option.type === ApplicationCommandOptionType.Attachment) {
    return resolved?.attachments?.[option.value];
  }
  return option.value;
}
