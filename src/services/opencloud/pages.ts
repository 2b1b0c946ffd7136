/**
 * Collects every page of a v2 list: calls `fetchPage` with the previous `nextPageToken` until the
 * token is empty or repeats, or a page comes back empty.
 */
export async function collectPages<T>(
  fetchPage: (pageToken: string | undefined) => Promise<{ items: T[]; nextPageToken: string | undefined }>,
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let pageToken: string | undefined;
  for (;;) {
    const page = await fetchPage(pageToken);
    all.push(...page.items);
    const next = page.nextPageToken;
    if (page.items.length === 0 || !next || seen.has(next)) return all;
    seen.add(next);
    pageToken = next;
  }
}
