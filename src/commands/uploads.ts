import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import { uploadsListEmbed } from "../views/upload.js";
import type { Command } from "./types.js";

export const uploadsCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "uploads",
    description: en.t("cmd.uploads.description"),
    contexts: [InteractionContextType.Guild],
  },
  defer: "ephemeral",
  async execute(interaction, { services }) {
    const jobs = await services.uploads.recent(interaction.user.id);
    const embed = uploadsListEmbed(replyTranslator(interaction), jobs);
    await interaction.editReply({ embeds: [embed], allowed_mentions: { parse: [] } });
  },
};
