import type { ChatInputCommandInteraction } from "discord.js";
import { replyLocale } from "../i18n/locales.js";
import { type Translator, translatorFor } from "../i18n/translator.js";

/** The translator for a deferred command's reply: the member's language when private, the server's when public. */
export function replyTranslator(interaction: ChatInputCommandInteraction): Translator {
  return translatorFor(
    replyLocale({
      ephemeral: interaction.ephemeral === true,
      locale: interaction.locale,
      guildLocale: interaction.guildLocale,
    }),
  );
}
