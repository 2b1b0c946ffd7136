import type { APIEmbed } from "discord-api-types/v10";
import type { AppContext } from "../context.js";
import type { Translator } from "../i18n/translator.js";
import type { PagePosition } from "../services/pager/position.js";

export interface RenderedPage<State> {
  readonly embeds: APIEmbed[];
  readonly position: PagePosition;
  /** The list's state after rendering (a cursor-based list remembers the page tokens it has seen). */
  readonly state: State;
}

/** A list that can be shown a page at a time: what the pager buttons call to draw page `index`. */
export interface PagerSource<State> {
  readonly kind: string;
  /** The command to name when someone else presses the buttons. */
  readonly commandName: string;
  /** Draws a page in the list's language: the one of its first page, kept in the session. */
  render(state: State, index: number, context: AppContext, t: Translator): Promise<RenderedPage<State>>;
}

/** A list's source with its state type forgotten, for the one button handler that serves every list. */
export function anyPagerSource<State>(source: PagerSource<State>): PagerSource<unknown> {
  return source as unknown as PagerSource<unknown>;
}
