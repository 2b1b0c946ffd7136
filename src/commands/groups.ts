import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord-api-types/v10";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import { replyWithPages } from "../pager/firstPage.js";
import type { PagerSource } from "../pager/source.js";
import { groupCheckEmbed, groupsPageEmbed, noGroupsEmbed } from "../views/groups.js";
import { toUserHeader, type UserHeader } from "../views/userHeader.js";
import { memberOption, privateOption, robloxUserOption } from "./options.js";
import { robloxTargetOf } from "./target.js";
import { type Command, privateDefer } from "./types.js";

interface GroupsListState {
  readonly user: UserHeader;
}

export const groupsPager: PagerSource<GroupsListState> = {
  kind: "groups",
  commandName: "groups",
  async render(state, index, { services }, t) {
    const page = await services.groups.page(state.user.id, index);
    const { position, totalGroups } = page;
    return {
      embeds: [
        groupsPageEmbed(t, state.user, page.rows, {
          index: position.index,
          count: position.count,
          totalGroups,
        }),
      ],
      position,
      state,
    };
  },
};

const groupOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "group",
  description: en.t("cmd.groups.opt.group.description"),
  required: false,
  min_value: 1,
} as const satisfies APIApplicationCommandBasicOption;

export const groupsCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "groups",
    description: en.t("cmd.groups.description"),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [robloxUserOption, memberOption, groupOption, privateOption],
  },
  defer: privateDefer,
  async execute(interaction, context) {
    const { users, groups } = context.services;
    const userId = await users.resolveId(await robloxTargetOf(interaction, context));
    const groupId = interaction.option(groupOption);
    if (groupId !== undefined) {
      const [profile, check] = await Promise.all([
        users.profile(userId),
        groups.check(userId, String(groupId)),
      ]);
      const t = replyTranslator(interaction);
      await interaction.editReply({ embeds: [groupCheckEmbed(t, toUserHeader(profile), check)] });
      return;
    }
    const [profile, memberships] = await Promise.all([users.profile(userId), groups.memberships(userId)]);
    const user = toUserHeader(profile);
    if (memberships.length === 0) {
      await interaction.editReply({ embeds: [noGroupsEmbed(replyTranslator(interaction), user)] });
      return;
    }
    await replyWithPages(interaction, groupsPager, { user }, context);
  },
};
