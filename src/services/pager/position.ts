/** What a pager button does. */
export const PAGER_ACTIONS = ["first", "prev", "next", "last", "label"] as const;
export type PagerAction = (typeof PAGER_ACTIONS)[number];

/** Which page a paged list shows, and what is known of the pages around it. */
export interface PagePosition {
  readonly index: number;
  /** Known for counted lists; unknown while a cursor-based list has more to read. */
  readonly count: number | undefined;
  readonly hasNext: boolean;
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
