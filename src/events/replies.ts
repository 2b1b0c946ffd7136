import { MessageFlags } from "discord-api-types/v10";
import { isMaxEditsRefusal } from "../discord/goneCodes.js";
import type { AutocompleteContext, InteractionContext, RepliableContext } from "../interaction/types.js";

/** Discord's 30046: it caps edits to messages older than an hour, so an old list can stop turning pages. */
export const OLD_MESSAGE_EDITS_MESSAGE =
  "Discord limits edits to messages that are more than an hour old, and this one has reached that limit for now. Run the command again for a fresh list.";

/** Plain words for Discord refusing an edit for a reason the user can act on; undefined otherwise. */
export function describeDiscordRefusal(error: unknown): string | undefined {
  return isMaxEditsRefusal(error) ? OLD_MESSAGE_EDITS_MESSAGE : undefined;
}

/** What a public placeholder says when it could not be removed before a private notice. */
export const PLACEHOLDER_CLOSED_MESSAGE = "This command did not finish.";

/**
 * Shows a short message only to the person who triggered the interaction, whatever state the
 * interaction is in: not yet acknowledged, deferred publicly or privately, or a deferred button update.
 */
export async function sendPrivateNotice(
  interaction: InteractionContext & RepliableContext,
  content: string,
  ephemeralReply: boolean,
): Promise<void> {
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
      await interaction.editReply({ ...body, content: PLACEHOLDER_CLOSED_MESSAGE });
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
