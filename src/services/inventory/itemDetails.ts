import type { Keyv } from "keyv";
import type { Logger } from "pino";
import { Batcher } from "../batcher.js";
import { CATALOG_BATCH, THUMBNAIL_BATCH } from "../opencloud/index.js";
import {
  type CachedValue,
  type Field,
  type ItemLookups,
  type ItemRef,
  itemKey,
  type LookupKind,
  type LookupRef,
  lookUp,
  type Outcome,
  refOfKey,
  toCache,
} from "./itemLookup.js";

/** What the public lookups tell about an item; either may be missing. */
export interface ItemDetails {
  readonly name: string | undefined;
  readonly imageUrl: string | undefined;
  /** True when the name or picture is missing because Roblox is limiting lookups right now. */
  readonly limited?: boolean;
}

/** At most this many items owed an answer are remembered per kind (enough for several batches). */
const MAX_OWED = 1_000;

type Found = { readonly value: string | undefined; readonly limited: boolean };

export interface ItemDetailsOptions {
  /** The clock short-lived answers are timed by. */
  readonly now?: () => number;
}

function lookupRefs(refs: readonly ItemRef[]): Array<LookupRef> {
  const seen = new Map<string, LookupRef>();
  for (const ref of refs) if (ref.kind !== "privateServer") seen.set(itemKey(ref), ref as LookupRef);
  return [...seen.values()];
}

/** How many items one request answers, for lookups Roblox batches (others are one request per item). */
function batchSize(field: Field, kind: LookupKind): number | undefined {
  if (field === "picture") return THUMBNAIL_BATCH;
  return kind === "asset" ? CATALOG_BATCH : undefined;
}

/** Lookups that share one request: every picture goes through the thumbnails batch; names by kind. */
function groupOf(field: Field, kind: LookupKind): string {
  return field === "picture" ? "picture" : `name:${kind}`;
}

/**
 * Gives inventory items their names and pictures: only what the cache lacks is looked up, in
 * batches where Roblox offers them (filled up with the other items of the same read, so the next
 * pages cost nothing, then with items still owed an answer), shared between concurrent commands,
 * and cached for a day. A picture Roblox is still rendering is asked for again a minute later. A failing or limited lookup leaves its
 * items without a name or picture, is remembered briefly, and never fails the page.
 */
export class ItemDetailsService {
  readonly #now: () => number;
  readonly #batchers = new Map<string, Batcher<string, Outcome>>();
  /** Per "field:kind", items owed an answer: they ride along in the next batch that has room. */
  readonly #backlog = new Map<string, Set<string>>();

  readonly #lookups: ItemLookups;
  readonly #cache: Keyv;
  readonly #logger: Logger;

  constructor(lookups: ItemLookups, cache: Keyv, logger: Logger, options: ItemDetailsOptions = {}) {
    this.#lookups = lookups;
    this.#cache = cache;
    this.#logger = logger;
    this.#now = options.now ?? Date.now;
  }

  /** Details of `refs`; `neighbours` (e.g. the rest of the read) ride along in the same batches. */
  async details(
    refs: readonly ItemRef[],
    neighbours: readonly ItemRef[] = [],
  ): Promise<Map<string, ItemDetails>> {
    const wanted = lookupRefs(refs);
    const extra = lookupRefs(neighbours);
    const [names, pictures] = await Promise.all([
      this.#field("name", wanted, extra),
      this.#field("picture", wanted, extra),
    ]);
    return new Map(
      refs.map((ref) => {
        const key = itemKey(ref);
        const name = names.get(key);
        const picture = pictures.get(key);
        return [
          key,
          {
            name: name?.value,
            imageUrl: picture?.value,
            limited: (name?.limited ?? false) || (picture?.limited ?? false),
          },
        ];
      }),
    );
  }

  async #field(
    field: Field,
    wanted: ReadonlyArray<LookupRef>,
    extra: ReadonlyArray<LookupRef>,
  ): Promise<Map<string, Found>> {
    const wantedKeys = new Set(wanted.map(itemKey));
    const candidates = [
      ...wanted,
      ...extra.filter((ref) => !wantedKeys.has(itemKey(ref)) && batchSize(field, ref.kind) !== undefined),
    ];
    const found = new Map<string, Found>();
    if (candidates.length === 0) return found;
    const hits = (await this.#cache.getMany(candidates.map((ref) => `${field}:${itemKey(ref)}`))) as Array<
      CachedValue | undefined
    >;
    const now = this.#now();
    const missing: Array<LookupRef> = [];
    candidates.forEach((ref, index) => {
      const hit = hits[index];
      if (hit !== undefined && (hit.retryAt === undefined || hit.retryAt > now)) {
        found.set(itemKey(ref), { value: hit.value ?? undefined, limited: hit.limited === true });
      } else missing.push(ref);
    });
    // A page whose own items are all known costs no request, even if its neighbours are not.
    if (!missing.some((ref) => wantedKeys.has(itemKey(ref)))) return found;

    const toFetch: Array<LookupRef> = [];
    const perGroup = new Map<string, number>();
    const queued = new Set<string>();
    const add = (ref: LookupRef, always: boolean) => {
      const group = groupOf(field, ref.kind);
      const count = perGroup.get(group) ?? 0;
      const room = batchSize(field, ref.kind);
      if (queued.has(itemKey(ref)) || (!always && (room === undefined || count >= room))) return;
      perGroup.set(group, count + 1);
      queued.add(itemKey(ref));
      toFetch.push(ref);
    };
    for (const ref of missing) add(ref, wantedKeys.has(itemKey(ref)));
    // Room left in a batch goes to items still owed an answer (limited earlier, or still rendering).
    for (const group of new Set(toFetch.map((ref) => groupOf(field, ref.kind)))) {
      for (const key of this.#backlog.get(group) ?? []) add(refOfKey(key), false);
    }
    const outcomes = await Promise.all(
      toFetch.map(
        async (ref) =>
          (await this.#batcher(field, ref.kind).load(itemKey(ref))) ?? ({ kind: "none" } as Outcome),
      ),
    );
    for (const [index, ref] of toFetch.entries()) this.#settle(field, ref, outcomes[index]);
    const limitedCount = outcomes.filter((o) => o.kind === "failed" && o.limited).length;
    if (limitedCount > 0)
      this.#logger.debug({ field, count: limitedCount }, "inventory item lookups limited by Roblox");
    await Promise.all(
      toFetch.map((ref, index) => {
        const outcome = outcomes[index] ?? ({ kind: "none" } as Outcome);
        const { cached, ttlMs } = toCache(outcome, this.#now());
        found.set(itemKey(ref), { value: cached.value ?? undefined, limited: cached.limited === true });
        return this.#cache.set(`${field}:${itemKey(ref)}`, cached, ttlMs);
      }),
    );
    return found;
  }

  /** Remembers an item whose answer is still owed (limited, or still rendering); forgets answered ones. */
  #settle(field: Field, ref: LookupRef, outcome: Outcome | undefined): void {
    const key = groupOf(field, ref.kind);
    const owed = outcome?.kind === "pending" || (outcome?.kind === "failed" && outcome.limited);
    let backlog = this.#backlog.get(key);
    if (!owed) {
      backlog?.delete(itemKey(ref));
      return;
    }
    if (batchSize(field, ref.kind) === undefined) return;
    if (backlog === undefined) {
      backlog = new Set();
      this.#backlog.set(key, backlog);
    }
    if (backlog.size < MAX_OWED) backlog.add(itemKey(ref));
  }

  #batcher(field: Field, kind: LookupKind): Batcher<string, Outcome> {
    const key = groupOf(field, kind);
    let batcher = this.#batchers.get(key);
    if (batcher === undefined) {
      batcher = new Batcher(
        (keys) => lookUp(this.#lookups, this.#logger, field, kind, keys),
        batchSize(field, kind) ?? 10,
        10,
      );
      this.#batchers.set(key, batcher);
    }
    return batcher;
  }
}
