import type { Command } from "./types.js";

/** Every slash command the bot has, in the order they are registered. */
export const commands: readonly Command[] = [];
