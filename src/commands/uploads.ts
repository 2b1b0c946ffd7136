import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { uploadsListEmbed } from "../views/upload.js";
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
    await interaction.editReply({ embeds: [uploadsListEmbed(jobs)], allowed_mentions: { parse: [] } });
  },
};
