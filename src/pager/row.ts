import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from "discord-api-types/v10";
import { pagerId } from "../protocol/pagerId.js";
import type { PagePosition, PagerAction } from "../services/pager/position.js";

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
