import type { Logger } from "pino";
import { HOUR, MINUTE } from "../cache.js";
import type { OpenCloudClient, ThumbnailKind } from "../opencloud/index.js";
import { WebLimitedError } from "../webBudget/index.js";
import type { ItemKind } from "./options.js";

/** The public web lookups of the Roblox client that name and picture items. */
export type ItemLookups = OpenCloudClient["items"];

export interface ItemRef {
  readonly kind: ItemKind;
  readonly id: string;
}

export type Field = "name" | "picture";
export type LookupKind = ThumbnailKind;
export type LookupRef = ItemRef & { kind: LookupKind };

/** What Roblox answered for one item, or that it could not. */
export type Outcome =
  | { readonly kind: "found"; readonly value: string }
  | { readonly kind: "none" }
  | { readonly kind: "pending" }
  | { readonly kind: "failed"; readonly limited: boolean; readonly retryInMs: number };

/**
 * A cached answer; `null` records that Roblox had nothing. `retryAt` (ms since the epoch, by the
 * service's clock) makes it a short-lived answer: a pending picture or a remembered failure.
 */
export interface CachedValue {
  readonly value: string | null;
  readonly retryAt?: number;
  readonly limited?: boolean;
}

/** Names and pictures change rarely: a day. */
const DETAILS_TTL_MS = 24 * HOUR;
/** A picture Roblox is still rendering is asked for again after this long. */
const PENDING_RETRY_MS = MINUTE;
/** A failed lookup is remembered this long (at least), so page views do not hammer Roblox. */
const FAILURE_MEMORY_MS = 30_000;
const MAX_FAILURE_MEMORY_MS = MINUTE;

export function itemKey(ref: ItemRef): string {
  return `${ref.kind}:${ref.id}`;
}

export function refOfKey(key: string): LookupRef {
  const split = key.indexOf(":");
  return { kind: key.slice(0, split) as LookupKind, id: key.slice(split + 1) };
}

function failure(error: unknown): Outcome {
  if (error instanceof WebLimitedError) return { kind: "failed", limited: true, retryInMs: error.retryInMs };
  return { kind: "failed", limited: false, retryInMs: FAILURE_MEMORY_MS };
}

const nameOutcome = (name: string | undefined): Outcome =>
  name === undefined ? { kind: "none" } : { kind: "found", value: name };

/** What to cache for an outcome, and for how long. */
export function toCache(outcome: Outcome, now: number): { cached: CachedValue; ttlMs: number } {
  switch (outcome.kind) {
    case "found":
      return { cached: { value: outcome.value }, ttlMs: DETAILS_TTL_MS };
    case "none":
      return { cached: { value: null }, ttlMs: DETAILS_TTL_MS };
    case "pending":
      return { cached: { value: null, retryAt: now + PENDING_RETRY_MS }, ttlMs: PENDING_RETRY_MS };
    case "failed": {
      const memoryMs = Math.min(MAX_FAILURE_MEMORY_MS, Math.max(FAILURE_MEMORY_MS, outcome.retryInMs));
      const cached = {
        value: null,
        retryAt: now + memoryMs,
        ...(outcome.limited ? { limited: true } : {}),
      };
      return { cached, ttlMs: memoryMs };
    }
  }
}

/**
 * Answers for item keys ("kind:id") of one group (all pictures, or the names of one kind), asked of
 * Roblox. A failing lookup becomes a failed outcome for its items; it never throws.
 */
export async function lookUp(
  lookups: ItemLookups,
  logger: Logger,
  field: Field,
  kind: LookupKind,
  keys: string[],
): Promise<Map<string, Outcome>> {
  const logFailure = (error: unknown, count: number) => {
    if (error instanceof WebLimitedError) return;
    logger.warn({ err: error, field, kind, count }, "inventory item lookup failed");
  };
  const outcomes = new Map<string, Outcome>();
  const refs = keys.map(refOfKey);
  try {
    if (field === "picture") {
      const answers = await lookups.thumbnailBatch(refs);
      for (const key of keys) {
        const answer = answers.get(key);
        outcomes.set(
          key,
          answer === undefined
            ? { kind: "none" }
            : "url" in answer
              ? { kind: "found", value: answer.url }
              : { kind: "pending" },
        );
      }
    } else if (kind === "asset") {
      const names = await lookups.assetNames(refs.map((ref) => ref.id));
      for (const ref of refs) outcomes.set(itemKey(ref), nameOutcome(names.get(ref.id)));
    } else {
      // Badges and passes have no batch endpoint: one request each (at most a page's worth).
      const lookup =
        kind === "badge" ? (id: string) => lookups.badgeName(id) : (id: string) => lookups.gamePassName(id);
      await Promise.all(
        refs.map(async (ref) => {
          try {
            outcomes.set(itemKey(ref), nameOutcome(await lookup(ref.id)));
          } catch (error) {
            logFailure(error, 1);
            outcomes.set(itemKey(ref), failure(error));
          }
        }),
      );
    }
  } catch (error) {
    logFailure(error, keys.length);
    for (const key of keys) outcomes.set(key, failure(error));
  }
  return outcomes;
}
