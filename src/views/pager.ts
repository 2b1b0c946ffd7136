import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";
import { defineCustomId } from "./customId.js";

export const PAGER_ACTIONS = ["first", "prev", "next", "last", "label"] as const;
export type PagerAction = (typeof PAGER_ACTIONS)[number];

/** A pager button: which list (a short session key in the store) and what to do. */
export const pagerId = defineCustomId({
  namespace: "pg",
  version: 1,
  fields: { session: /[A-Za-z0-9_-]{12}/, action: PAGER_ACTIONS },
});

export interface PagePosition {
  readonly index: number;
  /** Known for counted lists; unknown while a cursor-based list has more to read. */
  readonly count: number | undefined;
  readonly hasNext: boolean;
}

function button(session: string, action: PagerAction, label: string, disabled: boolean): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: action === "label" ? ButtonStyle.Secondary : ButtonStyle.Primary,
    custom_id: pagerId.encode({ session, action }),
    label,
    disabled,
  };
}

export function pageLabel(position: PagePosition): string {
  return position.count === undefined
    ? `Page ${position.index + 1}`
    : `Page ${position.index + 1} of ${position.count}`;
}

/** ⏮ ◀ [page] ▶ (⏭ when the number of pages is known), disabled at the ends or when `frozen`. */
export function pagerRow(
  session: string,
  position: PagePosition,
  frozen = false,
): APIActionRowComponent<APIButtonComponent> {
  const atStart = frozen || position.index === 0;
  const atEnd = frozen || !position.hasNext;
  const buttons = [
    button(session, "first", "⏮", atStart),
    button(session, "prev", "◀", atStart),
    button(session, "label", pageLabel(position), true),
    button(session, "next", "▶", atEnd),
  ];
  if (position.count !== undefined) buttons.push(button(session, "last", "⏭", atEnd));
  return { type: ComponentType.ActionRow, components: buttons };
}

/** The page a button leads to; undefined when it leads nowhere (the label, or past an end). */
export function targetPage(action: PagerAction, position: PagePosition): number | undefined {
  switch (action) {
    case "first":
      return position.index > 0 ? 0 : undefined;
    case "prev":
      return position.index > 0 ? position.index - 1 : undefined;
    case "next":
      return position.hasNext ? position.index + 1 : undefined;
    case "last":
      return position.count !== undefined && position.hasNext ? position.count - 1 : undefined;
    case "label":
      return undefined;
  }
}
