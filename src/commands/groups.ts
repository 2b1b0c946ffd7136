import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from "discord.js";
import { GROUPS_PER_PAGE, groupCheckEmbed, groupsPageEmbed, noGroupsEmbed } from "../views/groups.js";
import { toUserHeader, type UserHeader } from "../views/userHeader.js";
import { privateOption, robloxUserOption } from "./options.js";
import { type PagerSource, replyWithPages } from "./paging.js";
import { replyTranslator } from "./replyLocale.js";
import { type Command, privateDefer } from "./types.js";

interface GroupsListState {
  readonly user: UserHeader;
}

export const groupsPager: PagerSource<GroupsListState> = {
  kind: "groups",
  commandName: "groups",
  async render(state, index, { services }, t) {
    const memberships = await services.groups.memberships(state.user.id);
    const count = Math.max(1, Math.ceil(memberships.length / GROUPS_PER_PAGE));
    const page = Math.min(index, count - 1);
    const rows = await services.groups.rows(
      memberships.slice(page * GROUPS_PER_PAGE, (page + 1) * GROUPS_PER_PAGE),
    );
    return {
      embeds: [groupsPageEmbed(t, state.user, rows, { index: page, count, totalGroups: memberships.length })],
      position: { index: page, count, hasNext: page < count - 1 },
      state,
    };
  },
};

export const groupsCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "groups",
    description: "List the Roblox groups a user is in, with role and rank, or check one group",
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      robloxUserOption,
      {
        type: ApplicationCommandOptionType.Integer,
        name: "group",
        description: "Only check this group ID: is the user in it, and at what rank?",
        required: false,
        min_value: 1,
      },
      privateOption,
    ],
  },
  defer: privateDefer,
  async execute(interaction, context) {
    const { users, groups } = context.services;
    const userId = await users.resolveId(interaction.options.getString("user", true));
    const groupId = interaction.options.getInteger("group");
    if (groupId !== null) {
      const [profile, check] = await Promise.all([
        users.profile(userId),
        groups.check(userId, String(groupId)),
      ]);
      await interaction.editReply({ embeds: [groupCheckEmbed(replyTranslator(interaction), toUserHeader(profile), check)] });
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
