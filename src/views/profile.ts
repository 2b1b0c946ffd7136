import { escapeMarkdown, TimestampStyles, time } from "@discordjs/formatters";
import type { APIEmbed } from "discord-api-types/v10";
import type { UserProfile } from "../services/users/index.js";
import { truncate } from "../text/format.js";
import { EMBED_COLOR, robloxLinks } from "./links.js";
import { userAuthor, userTitle } from "./userHeader.js";

const ABOUT_LIMIT = 1_000;

export function profileEmbed(profile: UserProfile): APIEmbed {
  const created = new Date(profile.created);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    author: userAuthor(profile),
    title: truncate(userTitle(profile), 256),
    url: robloxLinks.profile(profile.id),
    fields: [
      { name: "Display name", value: escapeMarkdown(truncate(profile.displayName, 100)), inline: true },
      { name: "Username", value: `@${escapeMarkdown(profile.username)}`, inline: true },
      { name: "User ID", value: profile.id, inline: true },
      {
        name: "Account created",
        value: `${time(created, TimestampStyles.LongDate)} (${time(created, TimestampStyles.RelativeTime)})`,
        inline: true,
      },
      { name: "Premium", value: profile.premium ? "Yes" : "No", inline: true },
    ],
  };
  const about = profile.about.trim();
  if (about.length > 0) embed.description = truncate(escapeMarkdown(about), ABOUT_LIMIT);
  if (profile.headshotUrl !== undefined) embed.thumbnail = { url: profile.headshotUrl };
  return embed;
}
