import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageComponentInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { AppContext } from "../context.js";

/** How the router acknowledges a command before running it: publicly, privately, or not at all. */
export type DeferMode = "public" | "ephemeral" | "none";

export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly defer: DeferMode | ((interaction: ChatInputCommandInteraction) => DeferMode);
  execute(interaction: ChatInputCommandInteraction, context: AppContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: AppContext): Promise<void>;
}

/** Handles the components whose custom_id carries this namespace; the router has already deferred the update. */
export interface ComponentHandler {
  readonly namespace: string;
  handle(interaction: MessageComponentInteraction, context: AppContext): Promise<void>;
}

/** The common `private` option: when true the reply is only visible to the person who ran the command. */
export function privateDefer(interaction: ChatInputCommandInteraction): DeferMode {
  return interaction.options.getBoolean("private") ? "ephemeral" : "public";
}
