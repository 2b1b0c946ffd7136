import {
  type AutocompleteInteraction,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from "discord.js";
import { translatorFor } from "../i18n/translator.js";
import { type Message, message } from "../i18n/types.js";

/**
 * The words for Discord refusing an edit for a reason the user can act on; undefined otherwise.
 * Discord's 30046 caps edits to messages older than an hour, so an old list can stop turning pages.
 */
export function describeDiscordRefusal(error: unknown): Message | undefined {
  if (
    error instanceof DiscordAPIError &&
    error.code === RESTJSONErrorCodes.MaximumNumberOfEditsToMessagesOlderThanOneHourReached
  ) {
    return message("failure.oldMessageEdits");
  }
  return undefined;
}

/**
 * Shows a short message only to the person who triggered the interaction, in their language,
 * whatever state the interaction is in: not yet acknowledged, deferred publicly or privately, or a
 * deferred button update.
 */
export async function sendPrivateNotice(
  interaction: RepliableInteraction,
  notice: Message,
  ephemeralReply: boolean,
): Promise<void> {
  const content = translatorFor(interaction.locale).render(notice);
  const body = { content, embeds: [], components: [], allowedMentions: { parse: [] } };
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
    return;
  }
  if (interaction.isChatInputCommand() && ephemeralReply) {
    await interaction.editReply(body);
    return;
  }
  if (interaction.isChatInputCommand()) {
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
      await interaction.editReply({
        content: placeholder.t("failure.placeholderClosed"),
        embeds: [],
        components: [],
        allowedMentions: { parse: [] },
      });
    }
  }
  await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
}

export async function respondEmpty(interaction: AutocompleteInteraction): Promise<void> {
  if (!interaction.responded) await interaction.respond([]);
}

export function describeInteraction(interaction: Interaction): Record<string, string | undefined> {
  return {
    interactionId: interaction.id,
    kind: interaction.isChatInputCommand()
      ? `/${interaction.commandName}`
      : interaction.isAutocomplete()
        ? `autocomplete /${interaction.commandName}`
        : interaction.isMessageComponent()
          ? `component ${interaction.customId.split(":", 1)[0]}`
          : `type ${interaction.type}`,
    userId: interaction.user.id,
    guildId: interaction.guildId ?? undefined,
  };
}
