import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import { profileEmbed } from "../views/profile.js";
import { privateOption, robloxUserOption } from "./options.js";
import { type Command, privateDefer } from "./types.js";

export const userCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "user",
    description: en.t("cmd.user.description"),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [robloxUserOption, privateOption],
  },
  defer: privateDefer,
  async execute(interaction, { services }) {
    const profile = await services.users.profileOf(interaction.option(robloxUserOption));
    await interaction.editReply({ embeds: [profileEmbed(replyTranslator(interaction), profile)] });
  },
};
