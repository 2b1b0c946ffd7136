import { escapeMarkdown, TimestampStyles, time } from "@discordjs/formatters";
import type { APIEmbed } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { GroupCheck, GroupRow, GroupSummary } from "../services/groups/index.js";
import { truncate } from "../text/format.js";
import { EMBED_COLOR, robloxLinks, WARNING_COLOR } from "./links.js";
import { type UserHeader, userAuthor, userTitle } from "./userHeader.js";

const VERIFIED = "☑️";

function groupLink(group: GroupSummary): string {
  const name = escapeMarkdown(truncate(group.name, 60)).replace(/[[\]]/g, "");
  return `[${name}](${robloxLinks.group(group.id)})${group.verified ? ` ${VERIFIED}` : ""}`;
}

function roleText(t: Translator, row: GroupRow): string {
  const rank = t.t("groups.rank", { rank: row.role.rank });
  const more = row.moreRoles > 0 ? ` ${t.t("groups.moreRoles", { count: row.moreRoles })}` : "";
  return `${escapeMarkdown(truncate(row.role.name, 50))} · ${rank}${more}`;
}

export function groupsPageEmbed(
  t: Translator,
  user: UserHeader,
  rows: readonly GroupRow[],
  page: { readonly index: number; readonly count: number; readonly totalGroups: number },
): APIEmbed {
  const lines = rows.map((row) => `${groupLink(row.group)} — ${roleText(t, row)}`);
  return {
    color: EMBED_COLOR,
    author: userAuthor(user),
    title: truncate(t.t("groups.title", { user: userTitle(user) }), 256),
    description: lines.join("\n"),
    footer: {
      text: t.t("groups.footer", { count: page.totalGroups, page: page.index + 1, pages: page.count }),
    },
  };
}

export function noGroupsEmbed(t: Translator, user: UserHeader): APIEmbed {
  return {
    color: WARNING_COLOR,
    author: userAuthor(user),
    description: t.t("groups.none", { user: escapeMarkdown(truncate(userTitle(user), 120)) }),
  };
}

export function groupCheckEmbed(t: Translator, user: UserHeader, check: GroupCheck): APIEmbed {
  const who = escapeMarkdown(truncate(userTitle(user), 120));
  const base = {
    author: userAuthor(user),
    title: truncate(check.group.name, 256),
    url: robloxLinks.group(check.group.id),
  };
  const membership = check.membership;
  if (membership === undefined) {
    return {
      ...base,
      color: WARNING_COLOR,
      description: t.t("groups.notMember", { user: who, group: groupLink(check.group) }),
    };
  }
  const several = membership.roles.length > 1;
  const roleNames = membership.roles.map((role) => escapeMarkdown(truncate(role.name, 100))).join(", ");
  const fields = [
    { name: t.t(several ? "groups.roles" : "groups.role"), value: truncate(roleNames, 1024), inline: true },
    { name: t.t("groups.rankField"), value: t.number(membership.role.rank), inline: true },
  ];
  if (membership.joined !== undefined) {
    fields.push({
      name: t.t("groups.joined"),
      value: time(new Date(membership.joined), TimestampStyles.LongDate),
      inline: true,
    });
  }
  return {
    ...base,
    color: EMBED_COLOR,
    description: t.t("groups.member", { user: who, group: groupLink(check.group) }),
    fields,
  };
}
