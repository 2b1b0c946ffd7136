import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";
import type { AppContext } from "../context.js";
import type { AutocompleteContext, CommandContext, ComponentContext } from "../interaction/types.js";
import { privateOption } from "./options.js";

/** How the router acknowledges a command before running it: publicly, privately, or not at all. */
export type DeferMode = "public" | "ephemeral" | "none";

export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly defer: DeferMode | ((interaction: CommandContext) => DeferMode);
  execute(interaction: CommandContext, context: AppContext): Promise<void>;
  autocomplete?(interaction: AutocompleteContext, context: AppContext): Promise<void>;
}

/** Handles the components whose custom_id carries this namespace; the router has already deferred the update. */
export interface ComponentHandler {
  readonly namespace: string;
  handle(interaction: ComponentContext, context: AppContext): Promise<void>;
}

/** The common `private` option: when true the reply is only visible to the person who ran the command. */
export function privateDefer(interaction: CommandContext): DeferMode {
  return interaction.option(privateOption) ? "ephemeral" : "public";
}
