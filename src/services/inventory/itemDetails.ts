import type { Keyv } from "keyv";
import type { Logger } from "pino";
import { HOUR } from "../cache.js";
import type { ItemKind } from "./options.js";
import type { RobloxLookups, ThumbnailKind } from "./robloxLookups.js";

/** What the public lookups tell about an item; either may be missing. */
export interface ItemDetails {
  readonly name: string | undefined;
  readonly imageUrl: string | undefined;
}

export interface ItemRef {
  readonly kind: ItemKind;
  readonly id: string;
}

/** Names and pictures change rarely: a day. */
export const DETAILS_TTL_MS = 24 * HOUR;

/** A cached answer; `null` records that Roblox had nothing, so it is not asked again. */
type CachedValue = { readonly value: string | null };
type Field = "name" | "picture";

export function itemKey(ref: ItemRef): string {
  return `${ref.kind}:${ref.id}`;
}

function unique(refs: readonly ItemRef[]): ItemRef[] {
  const seen = new Map<string, ItemRef>();
  for (const ref of refs) if (ref.kind !== "privateServer") seen.set(itemKey(ref), ref);
  return [...seen.values()];
}

/**
 * Gives inventory items their names and pictures: only what the cache lacks is looked up, in
 * batches where Roblox offers them, and every answer is cached for a day. A failing lookup leaves
 * its items without a name or picture (and uncached), it never fails the page.
 */
export class ItemDetailsService {
  constructor(
    private readonly lookups: RobloxLookups,
    private readonly cache: Keyv,
    private readonly logger: Logger,
  ) {}

  async details(refs: readonly ItemRef[]): Promise<Map<string, ItemDetails>> {
    const wanted = unique(refs);
    const [names, pictures] = await Promise.all([
      this.#cachedField("name", wanted, (kind, ids) => this.#fetchNames(kind, ids)),
      this.#cachedField("picture", wanted, (kind, ids) => this.lookups.thumbnails(kind, ids)),
    ]);
    return new Map(
      refs.map((ref) => {
        const key = itemKey(ref);
        return [key, { name: names.get(key) ?? undefined, imageUrl: pictures.get(key) ?? undefined }];
      }),
    );
  }

  async #cachedField(
    field: Field,
    refs: readonly ItemRef[],
    fetch: (kind: ThumbnailKind, ids: string[]) => Promise<Map<string, string>>,
  ): Promise<Map<string, string | null>> {
    const found = new Map<string, string | null>();
    const cachedValues = await Promise.all(
      refs.map((ref) => this.cache.get(`${field}:${itemKey(ref)}`) as Promise<CachedValue | undefined>),
    );
    const missing = new Map<ThumbnailKind, string[]>();
    refs.forEach((ref, index) => {
      const hit = cachedValues[index];
      if (hit !== undefined) found.set(itemKey(ref), hit.value);
      else if (ref.kind !== "privateServer")
        missing.set(ref.kind, [...(missing.get(ref.kind) ?? []), ref.id]);
    });
    await Promise.all(
      [...missing].map(async ([kind, ids]) => {
        let answer: Map<string, string>;
        try {
          answer = await fetch(kind, ids);
        } catch (error) {
          this.logger.warn({ err: error, field, kind, count: ids.length }, "inventory item lookup failed");
          return;
        }
        await Promise.all(
          ids.map((id) => {
            const value = answer.get(id) ?? null;
            found.set(itemKey({ kind, id }), value);
            const cached: CachedValue = { value };
            return this.cache.set(`${field}:${kind}:${id}`, cached, DETAILS_TTL_MS);
          }),
        );
      }),
    );
    return found;
  }

  async #fetchNames(kind: ThumbnailKind, ids: string[]): Promise<Map<string, string>> {
    if (kind === "asset") return this.lookups.assetNames(ids);
    const lookup =
      kind === "badge"
        ? (id: string) => this.lookups.badgeName(id)
        : (id: string) => this.lookups.gamePassName(id);
    // Badges and passes have no batch endpoint: one request each, all at once (at most a page's worth).
    const names = await Promise.all(ids.map(async (id) => [id, await lookup(id)] as const));
    return new Map(names.flatMap(([id, name]) => (name === undefined ? [] : [[id, name] as const])));
  }
}
