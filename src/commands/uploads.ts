import { ApplicationCommandType, InteractionContextType } from "discord.js";
import { uploadsListEmbed } from "../views/upload.js";
import { replyTranslator } from "./replyLocale.js";
import type { Command } from "./types.js";

export const uploadsCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "uploads",
    description: "Your recent /upload runs and their results",
    contexts: [InteractionContextType.Guild],
  },
  defer: "ephemeral",
  async execute(interaction, { services }) {
    const jobs = await services.uploads.recent(interaction.user.id);
    const embed = uploadsListEmbed(replyTranslator(interaction), jobs);
    await interaction.editReply({ embeds: [embed], allowedMentions: { parse: [] } });
  },
};
