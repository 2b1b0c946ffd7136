import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from "discord-api-types/v10";
import { en } from "../i18n/translator.js";

// Descriptions are the catalogue's en-US text; registration adds every locale's (src/i18n/commands.ts).

/** The Roblox user every command asks about. */
export const robloxUserOption = {
  type: ApplicationCommandOptionType.String,
  name: "user",
  description: en.t("opt.user.description"),
  // Optional: with neither a user nor a member, the command answers for the caller's own link.
  required: false,
  min_length: 1,
  // Room for a pasted profile link (https://www.roblox.com/users/<19 digits>/profile is 57) and its query.
  max_length: 200,
} as const satisfies APIApplicationCommandBasicOption;

export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  description: en.t("opt.private.description"),
  required: false,
} as const satisfies APIApplicationCommandBasicOption;

/** A Discord member whose linked Roblox account the command asks about. */
export const memberOption = {
  type: ApplicationCommandOptionType.User,
  name: "member",
  description: en.t("opt.member.description"),
  required: false,
} as const satisfies APIApplicationCommandBasicOption;
