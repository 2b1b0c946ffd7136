import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ChannelType,
} from "discord-api-types/v10";

const roleOption = <const N extends string, const R extends boolean>(
  name: N,
  required: R,
  description: string,
) =>
  ({
    type: ApplicationCommandOptionType.Role,
    name,
    description,
    required,
  }) as const satisfies APIApplicationCommandBasicOption;

/** Every bind gives one to three roles. */
export const bindRoles = [
  roleOption("role", true, "The Discord role this bind gives"),
  roleOption("role2", false, "Another role it gives"),
  roleOption("role3", false, "A third role it gives"),
] as const;

export const groupIdOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "group",
  description: "The Roblox group ID",
  required: true,
  min_value: 1,
} as const satisfies APIApplicationCommandBasicOption;

export const matchOption = {
  type: ApplicationCommandOptionType.String,
  name: "match",
  description: "Which members of the group (default: any rank)",
  required: false,
  choices: [
    { name: "any rank", value: "any" },
    { name: "rank = rank", value: "eq" },
    { name: "rank ≥ rank", value: "gte" },
    { name: "rank ≤ rank", value: "lte" },
    { name: "rank between rank and rank_max", value: "between" },
    { name: "a named role (group_role)", value: "role" },
  ],
} as const satisfies APIApplicationCommandBasicOption;

export const rankOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "rank",
  description: "The rank (0–255) to compare with; the lowest for “between”",
  required: false,
  min_value: 0,
  max_value: 255,
} as const satisfies APIApplicationCommandBasicOption;

export const rankMaxOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "rank_max",
  description: "The highest rank for “between”",
  required: false,
  min_value: 0,
  max_value: 255,
} as const satisfies APIApplicationCommandBasicOption;

export const groupRoleOption = {
  type: ApplicationCommandOptionType.String,
  name: "group_role",
  description: "The group role's name, for “a named role”",
  required: false,
  min_length: 1,
  max_length: 100,
} as const satisfies APIApplicationCommandBasicOption;

export const itemKindOption = {
  type: ApplicationCommandOptionType.String,
  name: "item",
  description: "What the member must own",
  required: true,
  choices: [
    { name: "game pass", value: "gamePass" },
    { name: "badge", value: "badge" },
    { name: "asset", value: "asset" },
  ],
} as const satisfies APIApplicationCommandBasicOption;

export const itemIdOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "id",
  description: "The game pass, badge or asset ID",
  required: true,
  min_value: 1,
} as const satisfies APIApplicationCommandBasicOption;

export const bindIdOption = {
  type: ApplicationCommandOptionType.String,
  name: "id",
  description: "The bind's id, as /binds list shows it",
  required: true,
  min_length: 1,
  max_length: 32,
} as const satisfies APIApplicationCommandBasicOption;

export const memberOption = {
  type: ApplicationCommandOptionType.User,
  name: "member",
  description: "The member whose roles to update",
  required: true,
} as const satisfies APIApplicationCommandBasicOption;

export const settingRoleOption = {
  type: ApplicationCommandOptionType.Role,
  name: "role",
  description: "The role",
  required: true,
} as const satisfies APIApplicationCommandBasicOption;

export const auditChannelOption = {
  type: ApplicationCommandOptionType.Channel,
  name: "channel",
  description: "The text channel for one line per role change (leave out to turn it off)",
  required: false,
  channel_types: [ChannelType.GuildText],
} as const satisfies APIApplicationCommandBasicOption;

export const onOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "on",
  description: "On or off",
  required: true,
} as const satisfies APIApplicationCommandBasicOption;
