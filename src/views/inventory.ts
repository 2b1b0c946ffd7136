import { escapeMarkdown } from "@discordjs/formatters";
import type { APIEmbed } from "discord-api-types/v10";
import type { InventoryRow, ListScope, OwnershipResult } from "../services/inventory/index.js";
import type { PagePosition } from "../services/pager/position.js";
import { plural, truncate } from "../text/format.js";
import { itemTitle, KIND_HEADINGS, rowLine, scopeSummary } from "./inventoryRows.js";
import { EMBED_COLOR, WARNING_COLOR } from "./links.js";
import { type UserHeader, userAuthor, userTitle } from "./userHeader.js";

const DESCRIPTION_LIMIT = 4096;

function who(user: UserHeader): string {
  return escapeMarkdown(truncate(userTitle(user), 120));
}

function withThumbnail(embed: APIEmbed, imageUrl: string | undefined): APIEmbed {
  return imageUrl === undefined ? embed : { ...embed, thumbnail: { url: imageUrl } };
}

/** Said under a page when Roblox's limits on its public lookups left some names or pictures out. */
export const LIMITED_NOTE = "Some names or pictures are missing: Roblox is limiting lookups right now.";

function withNote(footer: string, limited: boolean): string {
  return limited ? `${footer}\n${LIMITED_NOTE}` : footer;
}

/** Joins lines, leaving out whole lines rather than cutting one when the description would be too long. */
function fitLines(lines: readonly string[], limit = DESCRIPTION_LIMIT): string {
  let text = "";
  for (const line of lines) {
    const next = text.length === 0 ? line : `${text}\n${line}`;
    if (next.length > limit - 2) return `${text}\n…`;
    text = next;
  }
  return text;
}

export function inventoryPageEmbed(
  user: UserHeader,
  scope: ListScope,
  rows: readonly InventoryRow[],
  position: PagePosition,
  total: number | undefined,
): APIEmbed {
  const summary = `**Showing:** ${escapeMarkdown(scopeSummary(scope))}`;
  const page = (position.index + 1).toLocaleString("en-US");
  const footer =
    total === undefined
      ? `Page ${page} · more items on the next pages`
      : `Page ${page} of ${(position.count ?? 1).toLocaleString("en-US")} · ${plural(total, "item")}`;
  return withThumbnail(
    {
      color: EMBED_COLOR,
      author: userAuthor(user),
      title: truncate(`Inventory of ${userTitle(user)}`, 256),
      description: fitLines([summary, "", ...rows.map(rowLine)]),
      footer: {
        text: withNote(
          footer,
          rows.some((row) => row.limited === true),
        ),
      },
    },
    // Roblox may still be rendering some pictures: the first row that has one shows it.
    rows.find((row) => row.imageUrl !== undefined)?.imageUrl,
  );
}

export function emptyInventoryEmbed(user: UserHeader, scope: ListScope): APIEmbed {
  const description = scope.everything
    ? `${who(user)}'s inventory is empty.`
    : `${who(user)} has nothing in their inventory that matches: ${escapeMarkdown(scopeSummary(scope))}.`;
  return { color: WARNING_COLOR, author: userAuthor(user), description };
}

export function ownershipEmbed(user: UserHeader, result: OwnershipResult): APIEmbed {
  const lines: string[] = [];
  let owned = 0;
  let asked = 0;
  let picture: string | undefined;
  let limited = false;
  for (const group of result) {
    if (lines.length > 0) lines.push("");
    lines.push(`**${KIND_HEADINGS[group.kind]}**`);
    for (const entry of group.entries) {
      asked += 1;
      if (entry.details.limited === true) limited = true;
      if (entry.owned) {
        owned += 1;
        picture ??= entry.details.imageUrl;
      }
      const verdict = entry.owned ? "✓ owns" : "✗ does not own";
      const title = itemTitle(group.kind, entry.id, entry.details.name);
      lines.push(`${verdict} · ${title} · ID ${entry.id}`);
    }
  }
  return withThumbnail(
    {
      color: owned > 0 ? EMBED_COLOR : WARNING_COLOR,
      author: userAuthor(user),
      title: truncate(`Ownership check for ${userTitle(user)}`, 256),
      description: fitLines(lines),
      footer: { text: withNote(`Owns ${owned} of ${plural(asked, "item")} asked about`, limited) },
    },
    picture,
  );
}
