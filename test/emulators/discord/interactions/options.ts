import { ApplicationCommandOptionType as OptionType } from "discord-api-types/v10";
import type { Attachment, CommandOptionInput, EmulatedUser, UserInput } from "../types.js";
import { guildMember, toUser } from "../world.js";

type Json = Record<string, unknown>;

/** Option definitions as the bot registered them (or nothing when the command was never registered). */
export interface OptionDefinition {
  name: string;
  type: number;
  options?: OptionDefinition[];
}

export interface Resolved {
  users: Record<string, EmulatedUser>;
  members: Record<string, Json>;
  attachments: Record<string, Attachment>;
}

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

function isAttachment(value: unknown): value is Attachment {
  return isObject(value) && typeof value.filename === "string" && typeof value.url === "string";
}

function inferType(value: unknown): number {
  if (typeof value === "boolean") return OptionType.Boolean;
  if (typeof value === "number") return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  if (isAttachment(value)) return OptionType.Attachment;
  if (isObject(value)) return OptionType.User;
  return OptionType.String;
}

/** Record form `{ name: value }` → explicit options, with types from the registered definition when there is one. */
export function normalizeOptions(
  options: CommandOptionInput[] | Record<string, unknown> | undefined,
  definitions: OptionDefinition[] | undefined,
): CommandOptionInput[] {
  if (!options) return [];
  if (Array.isArray(options)) return options;
  return Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ({
      name,
      type: definitions?.find((definition) => definition.name === name)?.type ?? inferType(value),
      value,
    }));
}

/**
 * Turns option inputs into the wire shape: users and attachments become ids and land in `resolved`,
 * numbers are coerced to the declared type, as Discord does.
 */
export function toWireOptions(
  options: CommandOptionInput[],
  resolved: Resolved,
  context: { guildId: string | null; joinedAt: string; memberPermissions: string },
): Json[] {
  return options.map((option) => {
    const wire: Json = { name: option.name, type: option.type };
    if (option.focused) wire.focused = true;
    if (option.options) wire.options = toWireOptions(option.options, resolved, context);
    if (option.value === undefined) return wire;
    switch (option.type) {
      case OptionType.User:
      case OptionType.Mentionable: {
        if (!isObject(option.value)) {
          wire.value = String(option.value);
          break;
        }
        const user = toUser(option.value as UserInput);
        resolved.users[user.id] = user;
        if (context.guildId) {
          const { user: _user, ...member } = guildMember(user, context.joinedAt);
          resolved.members[user.id] = { ...member, permissions: context.memberPermissions };
        }
        wire.value = user.id;
        break;
      }
      case OptionType.Attachment: {
        if (isAttachment(option.value)) {
          resolved.attachments[option.value.id] = option.value;
          wire.value = option.value.id;
        } else {
          wire.value = String(option.value);
        }
        break;
      }
      case OptionType.Integer:
      case OptionType.Number:
        wire.value = option.focused ? String(option.value) : Number(option.value);
        break;
      case OptionType.Boolean:
        wire.value = Boolean(option.value);
        break;
      default:
        wire.value =
          isObject(option.value) && "id" in option.value ? String(option.value.id) : String(option.value);
    }
    return wire;
  });
}

/** Wraps options in their subcommand (and group), as Discord nests them. */
export function wrapSubcommand(options: Json[], subcommand?: string, group?: string): Json[] {
  if (!subcommand) return options;
  const sub = { name: subcommand, type: OptionType.Subcommand, options };
  return group ? [{ name: group, type: OptionType.SubcommandGroup, options: [sub] }] : [sub];
}

/** The option definitions that apply after descending into the subcommand (group). */
export function definitionsFor(
  definitions: OptionDefinition[] | undefined,
  subcommand?: string,
  group?: string,
): OptionDefinition[] | undefined {
  let level = definitions;
  if (group) level = level?.find((d) => d.name === group && d.type === OptionType.SubcommandGroup)?.options;
  if (subcommand)
    level = level?.find((d) => d.name === subcommand && d.type === OptionType.Subcommand)?.options;
  return level;
}
