import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from "discord.js";
import { defineCustomId } from "./customId.js";

export const PAGER_ACTIONS = ["first", "prev", "next", "last", "label"] as const;
export type PagerAction = (typeof PAGER_ACTIONS)[number];

/**
 * A pager button: which list (a short session key in the store), the page the message shows, and what
 * to do. The page travels in the button so a press always moves from what the person sees, even if
 * an earlier edit failed or the bot stopped between saving the list and showing the page.
 */
export const pagerId = defineCustomId({
  namespace: "pg",
  version: 2,
  fields: { session: /[A-Za-z0-9_-]{12}/, page: /0|[1-9]\d{0,5}/, action: PAGER_ACTIONS },
});

export interface PagePosition {
  readonly index: number;
  /** Known for counted lists; unknown while a cursor-based list has more to read. */
  readonly count: number | undefined;
  readonly hasNext: boolean;
}

function button(
  session: string,
  page: number,
  action: PagerAction,
  label: string,
  disabled: boolean,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: action === "label" ? ButtonStyle.Secondary : ButtonStyle.Primary,
    custom_id: pagerId.encode({ session, page: String(page), action }),
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
  const page = position.index;
  const buttons = [
    button(session, page, "first", "⏮", atStart),
    button(session, page, "prev", "◀", atStart),
    button(session, page, "label", pageLabel(position), true),
    button(session, page, "next", "▶", atEnd),
  ];
  if (position.count !== undefined) buttons.push(button(session, page, "last", "⏭", atEnd));
  return { type: ComponentType.ActionRow, components: buttons };
}

/**
 * Where the list stands when the message shows page `shown`: the furthest position the session has
 * seen tells whether a cursor-based list has more after it.
 */
export function positionAt(shown: number, furthest: PagePosition): PagePosition {
  if (furthest.count !== undefined) {
    return { index: shown, count: furthest.count, hasNext: shown < furthest.count - 1 };
  }
  return { index: shown, count: undefined, hasNext: shown < furthest.index || furthest.hasNext };
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
