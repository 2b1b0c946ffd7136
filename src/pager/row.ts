import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
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

export function pageLabel(t: Translator, position: PagePosition): string {
  return position.count === undefined
    ? t.t("pager.page", { page: position.index + 1 })
    : t.t("pager.pageOf", { page: position.index + 1, count: position.count });
}

/** ⏮ ◀ [page] ▶ (⏭ when the number of pages is known), disabled at the ends or when `frozen`. */
export function pagerRow(
  t: Translator,
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
    button(session, page, "label", pageLabel(t, position), true),
    button(session, page, "next", "▶", atEnd),
  ];
  if (position.count !== undefined) buttons.push(button(session, page, "last", "⏭", atEnd));
  return { type: ComponentType.ActionRow, components: buttons };
}
