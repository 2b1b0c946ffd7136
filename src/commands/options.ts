import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from "discord.js";

/** The Roblox user every command asks about. */
export const robloxUserOption = {
  type: ApplicationCommandOptionType.String,
  name: "user",
  description: "Roblox username (e.g. builderman) or numeric user ID",
  required: true,
  min_length: 1,
  max_length: 32,
} as const satisfies APIApplicationCommandBasicOption;

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  description: "Only you see the answer (default: everyone in the channel)",
  required: false,
} as const satisfies APIApplicationCommandBasicOption;
