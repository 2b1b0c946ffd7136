import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ChannelType,
} from "discord-api-types/v10";
import { en } from "../i18n/translator.js";
import { MAX_TEMPLATE_LENGTH } from "../services/binds/index.js";

// Descriptions and choice names are the catalogue's en-US text; registration adds every locale's.

/** Every bind gives one to three roles. */
export const bindRoles = [
  {
    type: ApplicationCommandOptionType.Role,
    name: "role",
    description: en.t("cmd.binds.opt.role.description"),
    required: true,
  },
  {
    type: ApplicationCommandOptionType.Role,
    name: "role2",
    description: en.t("cmd.binds.opt.role2.description"),
    required: false,
  },
  {
    type: ApplicationCommandOptionType.Role,
    name: "role3",
    description: en.t("cmd.binds.opt.role3.description"),
    required: false,
  },
] as const satisfies readonly APIApplicationCommandBasicOption[];

export const groupIdOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "group_id",
  description: en.t("cmd.binds.opt.group_id.description"),
  required: true,
  min_value: 1,
} as const satisfies APIApplicationCommandBasicOption;

export const matchOption = {
  type: ApplicationCommandOptionType.String,
  name: "match",
  description: en.t("cmd.binds.opt.match.description"),
  required: false,
  choices: [
    { name: en.t("cmd.binds.opt.match.choice.any"), value: "any" },
    { name: en.t("cmd.binds.opt.match.choice.eq"), value: "eq" },
    { name: en.t("cmd.binds.opt.match.choice.gte"), value: "gte" },
    { name: en.t("cmd.binds.opt.match.choice.lte"), value: "lte" },
    { name: en.t("cmd.binds.opt.match.choice.between"), value: "between" },
    { name: en.t("cmd.binds.opt.match.choice.role"), value: "role" },
  ],
} as const satisfies APIApplicationCommandBasicOption;

export const rankOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "rank",
  description: en.t("cmd.binds.opt.rank.description"),
  required: false,
  min_value: 0,
  max_value: 255,
} as const satisfies APIApplicationCommandBasicOption;

export const rankMaxOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "rank_max",
  description: en.t("cmd.binds.opt.rank_max.description"),
  required: false,
  min_value: 0,
  max_value: 255,
} as const satisfies APIApplicationCommandBasicOption;

export const groupRoleOption = {
  type: ApplicationCommandOptionType.String,
  name: "group_role",
  description: en.t("cmd.binds.opt.group_role.description"),
  required: false,
  min_length: 1,
  max_length: 100,
} as const satisfies APIApplicationCommandBasicOption;

export const itemKindOption = {
  type: ApplicationCommandOptionType.String,
  name: "item",
  description: en.t("cmd.binds.opt.item.description"),
  required: true,
  choices: [
    { name: en.t("cmd.binds.opt.item.choice.gamePass"), value: "gamePass" },
    { name: en.t("cmd.binds.opt.item.choice.badge"), value: "badge" },
    { name: en.t("cmd.binds.opt.item.choice.asset"), value: "asset" },
  ],
} as const satisfies APIApplicationCommandBasicOption;

export const itemIdOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "id",
  description: en.t("cmd.binds.opt.id.description"),
  required: true,
  min_value: 1,
} as const satisfies APIApplicationCommandBasicOption;

export const bindIdOption = {
  type: ApplicationCommandOptionType.String,
  name: "bind",
  description: en.t("cmd.binds.opt.bind.description"),
  required: true,
  min_length: 1,
  max_length: 32,
} as const satisfies APIApplicationCommandBasicOption;

export const memberOption = {
  type: ApplicationCommandOptionType.User,
  name: "member",
  description: en.t("cmd.update.opt.member.description"),
  required: true,
} as const satisfies APIApplicationCommandBasicOption;

export const settingRoleOption = {
  type: ApplicationCommandOptionType.Role,
  name: "role",
  description: en.t("cmd.settings.opt.role.description"),
  required: true,
} as const satisfies APIApplicationCommandBasicOption;

export const neverVerifyRoleOption = {
  type: ApplicationCommandOptionType.Role,
  name: "role",
  description: en.t("cmd.settings.opt.role.description"),
  required: false,
} as const satisfies APIApplicationCommandBasicOption;

export const auditChannelOption = {
  type: ApplicationCommandOptionType.Channel,
  name: "channel",
  description: en.t("cmd.settings.opt.channel.description"),
  required: false,
  channel_types: [ChannelType.GuildText],
} as const satisfies APIApplicationCommandBasicOption;

export const uploadLogDaysOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "days",
  description: en.t("cmd.settings.opt.days.description"),
  required: false,
  min_value: 1,
  max_value: 730,
} as const satisfies APIApplicationCommandBasicOption;

export const nicknameTemplateOption = {
  type: ApplicationCommandOptionType.String,
  name: "template",
  description: en.t("cmd.settings.opt.template.description"),
  required: false,
  max_length: MAX_TEMPLATE_LENGTH,
} as const satisfies APIApplicationCommandBasicOption;

export const onOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "on",
  description: en.t("cmd.settings.opt.on.description"),
  required: true,
} as const satisfies APIApplicationCommandBasicOption;
