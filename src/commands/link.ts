import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import { discordAvatarUrl, linkPrompt } from "../views/linking.js";
import type { Command } from "./types.js";

export const linkCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "link",
    description: en.t("cmd.link.description"),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  defer: "ephemeral",
  async execute(interaction, { services, config }) {
    const t = replyTranslator(interaction);
    const linking = services.linking;
    const publicUrl = config.web.publicUrl;
    if (linking === undefined || publicUrl === undefined) {
      await interaction.editReply({ content: t.t("link.reply.off") });
      return;
    }
    const { user } = interaction;
    const started = await linking.begin({
      discord: {
        id: user.id,
        username: user.username,
        displayName: user.globalName ?? user.username,
        avatarUrl: discordAvatarUrl(user),
      },
      guildId: interaction.guildId ?? null,
      locale: t.locale,
      reply: { applicationId: interaction.applicationId, interactionToken: interaction.token },
    });
    if (!started.ok) {
      await interaction.editReply({ content: t.t("link.reply.tooMany") });
      return;
    }
    await interaction.editReply({
      ...linkPrompt(t, `${publicUrl}/link/${started.id}`, started.expiresAt),
      allowed_mentions: { parse: [] },
    });
  },
};
