import {
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type MessageComponentInteraction,
  MessageFlags,
  RESTJSONErrorCodes,
} from "discord.js";

/**
 * @discordjs/rest retries a request after a 5xx or an aborted (timed-out) attempt, up to `retries`
 * (3) times (@discordjs/rest `src/lib/handlers/Shared.ts`). When Discord had processed the first try, the retry
 * of a callback is answered 40060 "Interaction has already been acknowledged" (discord-api-docs
 * topics/opcodes-and-status-codes). Only the router acknowledges, once, so on its first
 * acknowledgement 40060 means the acknowledgement happened.
 */
function acknowledgedEarlier(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged
  );
}

/** Defers the reply; a lost answer to a processed defer still leaves the interaction deferred. */
export async function deferCommand(
  interaction: ChatInputCommandInteraction,
  ephemeral: boolean,
): Promise<void> {
  try {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  } catch (error) {
    if (!acknowledgedEarlier(error)) throw error;
    // discord.js sets these only when the call succeeds; editReply and followUp need them.
    interaction.deferred = true;
    interaction.ephemeral = ephemeral;
  }
}

/** Defers the update of the clicked message, with the same allowance. */
export async function deferComponent(interaction: MessageComponentInteraction): Promise<void> {
  try {
    await interaction.deferUpdate();
  } catch (error) {
    if (!acknowledgedEarlier(error)) throw error;
    interaction.deferred = true;
  }
}
