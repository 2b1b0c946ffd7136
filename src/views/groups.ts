import { escapeMarkdown, TimestampStyles, time } from "@discordjs/formatters";
import type { APIEmbed } from "discord-api-types/v10";
import type { GroupCheck, GroupRow, GroupSummary } from "../services/groups/index.js";
import { plural, truncate } from "../text/format.js";
import { EMBED_COLOR, robloxLinks, WARNING_COLOR } from "./links.js";
import { type UserHeader, userAuthor, userTitle } from "./userHeader.js";

const VERIFIED = "☑️";

function groupLink(group: GroupSummary): string {
  const name = escapeMarkdown(truncate(group.name, 60)).replace(/[[\]]/g, "");
  return `[${name}](${robloxLinks.group(group.id)})${group.verified ? ` ${VERIFIED}` : ""}`;
}

function roleText(row: GroupRow): string {
  const more = row.moreRoles > 0 ? ` (+${row.moreRoles} more ${row.moreRoles === 1 ? "role" : "roles"})` : "";
  return `${escapeMarkdown(truncate(row.role.name, 50))} · rank ${row.role.rank}${more}`;
}

export function groupsPageEmbed(
  user: UserHeader,
  rows: readonly GroupRow[],
  page: { readonly index: number; readonly count: number; readonly totalGroups: number },
): APIEmbed {
  const lines = rows.map((row) => `${groupLink(row.group)} — ${roleText(row)}`);
  return {
    color: EMBED_COLOR,
    author: userAuthor(user),
    title: truncate(`Groups of ${userTitle(user)}`, 256),
    description: lines.join("\n"),
    footer: {
      text: `${plural(page.totalGroups, "group")} · page ${page.index + 1} of ${page.count}`,
    },
  };
}

export function noGroupsEmbed(user: UserHeader): APIEmbed {
  return {
    color: WARNING_COLOR,
    author: userAuthor(user),
    description: `${escapeMarkdown(truncate(userTitle(user), 120))} is not in any groups.`,
  };
}

export function groupCheckEmbed(user: UserHeader, check: GroupCheck): APIEmbed {
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
      description: `✗ ${who} is **not** a member of ${groupLink(check.group)}.`,
    };
  }
  const several = membership.roles.length > 1;
  const roleNames = membership.roles.map((role) => escapeMarkdown(truncate(role.name, 100))).join(", ");
  const fields = [
    { name: several ? "Roles" : "Role", value: truncate(roleNames, 1024), inline: true },
    { name: "Rank", value: String(membership.role.rank), inline: true },
  ];
  if (membership.joined !== undefined) {
    fields.push({
      name: "Joined",
      value: time(new Date(membership.joined), TimestampStyles.LongDate),
      inline: true,
    });
  }
  return {
    ...base,
    color: EMBED_COLOR,
    description: `✓ ${who} is a member of ${groupLink(check.group)}.`,
    fields,
  };
}
