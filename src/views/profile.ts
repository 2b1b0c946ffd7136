import { escapeMarkdown, TimestampStyles, time } from "@discordjs/formatters";
import type { APIEmbed } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { UserProfile } from "../services/users/index.js";
import { truncate } from "../text/format.js";
import { EMBED_COLOR, robloxLinks } from "./links.js";
import { userAuthor, userTitle } from "./userHeader.js";

const ABOUT_LIMIT = 1_000;

export function profileEmbed(t: Translator, profile: UserProfile): APIEmbed {
  const created = new Date(profile.created);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    author: userAuthor(profile),
    title: truncate(userTitle(profile), 256),
    url: robloxLinks.profile(profile.id),
    fields: [
      {
        name: t.t("profile.displayName"),
        value: escapeMarkdown(truncate(profile.displayName, 100)),
        inline: true,
      },
      { name: t.t("profile.username"), value: `@${escapeMarkdown(profile.username)}`, inline: true },
      { name: t.t("profile.userId"), value: profile.id, inline: true },
      {
        name: t.t("profile.created"),
        // Discord timestamps: each reader's client shows them in their own language.
        value: `${time(created, TimestampStyles.LongDate)} (${time(created, TimestampStyles.RelativeTime)})`,
        inline: true,
      },
      {
        name: t.t("profile.premium"),
        value: t.t(profile.premium ? "profile.yes" : "profile.no"),
        inline: true,
      },
    ],
  };
  const about = profile.about.trim();
  if (about.length > 0) embed.description = truncate(escapeMarkdown(about), ABOUT_LIMIT);
  if (profile.headshotUrl !== undefined) embed.thumbnail = { url: profile.headshotUrl };
  return embed;
}
