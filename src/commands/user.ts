import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import { profileEmbed } from "../views/profile.js";
import { memberOption, privateOption, robloxUserOption } from "./options.js";
import { robloxTargetOf } from "./target.js";
import { type Command, privateDefer } from "./types.js";

export const userCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "user",
    description: en.t("cmd.user.description"),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [robloxUserOption, memberOption, privateOption],
  },
  defer: privateDefer,
  async execute(interaction, context) {
    const profile = await context.services.users.profileOf(await robloxTargetOf(interaction, context));
    await interaction.editReply({ embeds: [profileEmbed(replyTranslator(interaction), profile)] });
  },
};
