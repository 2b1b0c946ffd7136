import { escapeMarkdown } from "@discordjs/formatters";
import type { APIEmbed } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { InventoryRow, ListScope, OwnershipResult } from "../services/inventory/index.js";
import type { PagePosition } from "../services/pager/position.js";
import { truncate } from "../text/format.js";
import { itemTitle, kindWord, rowLine, scopeSummary } from "./inventoryRows.js";
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
function withNote(t: Translator, footer: string, limited: boolean): string {
  return limited ? `${footer}\n${t.t("inventory.limitedNote")}` : footer;
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
  t: Translator,
  user: UserHeader,
  scope: ListScope,
  rows: readonly InventoryRow[],
  position: PagePosition,
  total: number | undefined,
): APIEmbed {
  const summary = t.t("inventory.showing", { scope: escapeMarkdown(scopeSummary(t, scope)) });
  const page = position.index + 1;
  const footer =
    total === undefined
      ? t.t("inventory.pageMore", { page })
      : t.t("inventory.pageOf", { page, pages: position.count ?? 1, count: total });
  return withThumbnail(
    {
      color: EMBED_COLOR,
      author: userAuthor(user),
      title: truncate(t.t("inventory.title", { user: userTitle(user) }), 256),
      description: fitLines([summary, "", ...rows.map((row) => rowLine(t, row))]),
      footer: {
        text: withNote(
          t,
          footer,
          rows.some((row) => row.limited === true),
        ),
      },
    },
    // Roblox may still be rendering some pictures: the first row that has one shows it.
    rows.find((row) => row.imageUrl !== undefined)?.imageUrl,
  );
}

export function emptyInventoryEmbed(t: Translator, user: UserHeader, scope: ListScope): APIEmbed {
  const description = scope.everything
    ? t.t("inventory.empty", { user: who(user) })
    : t.t("inventory.emptyMatching", { user: who(user), scope: escapeMarkdown(scopeSummary(t, scope)) });
  return { color: WARNING_COLOR, author: userAuthor(user), description };
}

export function ownershipEmbed(t: Translator, user: UserHeader, result: OwnershipResult): APIEmbed {
  const lines: string[] = [];
  let owned = 0;
  let asked = 0;
  let picture: string | undefined;
  let limited = false;
  for (const group of result) {
    if (lines.length > 0) lines.push("");
    lines.push(`**${kindWord(t, "heading", group.kind)}**`);
    for (const entry of group.entries) {
      asked += 1;
      if (entry.details.limited === true) limited = true;
      if (entry.owned) {
        owned += 1;
        picture ??= entry.details.imageUrl;
      }
      const verdict = t.t(entry.owned ? "inventory.owns" : "inventory.doesNotOwn");
      const title = itemTitle(t, group.kind, entry.id, entry.details.name);
      lines.push(`${verdict} · ${title} · ${t.t("inventory.id", { id: entry.id })}`);
    }
  }
  return withThumbnail(
    {
      color: owned > 0 ? EMBED_COLOR : WARNING_COLOR,
      author: userAuthor(user),
      title: truncate(t.t("inventory.checkTitle", { user: userTitle(user) }), 256),
      description: fitLines(lines),
      footer: { text: withNote(t, t.t("inventory.checkFooter", { owned, count: asked }), limited) },
    },
    picture,
  );
}
