import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from "discord-api-types/v10";

/** The Roblox user every command asks about. */
export const robloxUserOption = {
  type: ApplicationCommandOptionType.String,
  name: "user",
  description: "Roblox username (e.g. builderman), numeric user ID or profile link",
  required: true,
  min_length: 1,
  // Room for a pasted profile link (https://www.roblox.com/users/<19 digits>/profile is 57) and its query.
  max_length: 200,
} as const satisfies APIApplicationCommandBasicOption;

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  description: "Only you see the answer (default: everyone in the channel)",
  required: false,
} as const satisfies APIApplicationCommandBasicOption;
