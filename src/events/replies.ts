import { MessageFlags } from "discord-api-types/v10";
import { isMaxEditsRefusal } from "../discord/goneCodes.js";
import { translatorFor } from "../i18n/translator.js";
import { type Message, message } from "../i18n/types.js";
import type { AutocompleteContext, InteractionContext, RepliableContext } from "../interaction/types.js";

/**
 * The words for Discord refusing an edit for a reason the user can act on; undefined otherwise.
 * Discord's 30046 caps edits to messages older than an hour, so an old list can stop turning pages.
 */
export function describeDiscordRefusal(error: unknown): Message | undefined {
  return isMaxEditsRefusal(error) ? message("failure.oldMessageEdits") : undefined;
}

/**
 * Shows a short message only to the person who triggered the interaction, in their own language,
 * whatever state the interaction is in: not yet acknowledged, deferred publicly or privately, or a
 * deferred button update.
 */
export async function sendPrivateNotice(
  interaction: InteractionContext & RepliableContext,
  notice: Message,
  ephemeralReply: boolean,
): Promise<void> {
  const content = translatorFor(interaction.locale).render(notice);
  const body = { content, embeds: [], components: [], allowed_mentions: { parse: [] } };
  if (interaction.acknowledgement === "pending") {
    await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
    return;
  }
  if (interaction.kind === "command" && ephemeralReply) {
    await interaction.editReply(body);
    return;
  }
  if (interaction.kind === "command") {
    // A public "thinking…" placeholder would show the error to everyone: remove it and answer privately.
    // While it still shows, Discord turns the first follow-up into it and ignores the ephemeral flag,
    // so if it cannot be removed, replace it with a word that tells the channel nothing.
    const removed = await interaction.deleteReply().then(
      () => true,
      () => false,
    );
    if (!removed) {
      // The placeholder is public: it speaks the server's language.
      const placeholder = translatorFor(interaction.guildLocale ?? interaction.locale);
      await interaction.editReply({ ...body, content: placeholder.t("failure.placeholderClosed") });
    }
  }
  await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
}

export async function respondEmpty(interaction: AutocompleteContext): Promise<void> {
  if (!interaction.responded) await interaction.respond([]);
}

export function describeInteraction(interaction: InteractionContext): Record<string, string | undefined> {
  return {
    interactionId: interaction.id,
    kind:
      interaction.kind === "command"
        ? `/${interaction.commandName}`
        : interaction.kind === "autocomplete"
          ? `autocomplete /${interaction.commandName}`
          : `component ${interaction.customId.split(":", 1)[0]}`,
    userId: interaction.user.id,
    guildId: interaction.guildId,
  };
}
