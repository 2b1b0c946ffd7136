import { setTimeout as delay } from "node:timers/promises";
import type { Asset, AssetOperation, OperationError } from "./assetModel.js";

export type OperationOutcome =
  | { status: "approved"; asset: Asset }
  /** Created, but moderation has not approved it (yet); the asset exists. */
  | { status: "reviewing"; asset: Asset }
  | { status: "rejected"; reason: string; asset?: Asset }
  | { status: "failed"; error: OperationError }
  | { status: "timeout"; operationId: string };

export interface WaitOptions {
  /** Total time to keep polling (default 120 s). */
  deadlineMs?: number;
  /** First pause between polls; doubles up to maxDelayMs (defaults 1 s and 16 s). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  onPoll?: (operation: AssetOperation, poll: number) => void;
  signal?: AbortSignal;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What a finished operation means for the caller; undefined while it is pending. */
export function operationOutcome(operation: AssetOperation): OperationOutcome | undefined {
  if (!operation.done) return undefined;
  const asset = operation.asset;
  if (operation.error !== undefined) {
    return asset?.moderationState === "rejected"
      ? { status: "rejected", reason: operation.error.message || "Rejected by moderation", asset }
      : { status: "failed", error: operation.error };
  }
  if (asset === undefined)
    return {
      status: "failed",
      error: { code: "NO_RESPONSE", message: "Operation finished without an asset" },
    };
  if (asset.moderationState === "rejected")
    return { status: "rejected", reason: "Rejected by moderation", asset };
  if (asset.moderationState === "approved") return { status: "approved", asset };
  return { status: "reviewing", asset };
}

const defaultSleep = async (ms: number, signal?: AbortSignal) => {
  await delay(ms, undefined, signal === undefined ? undefined : { signal });
};

/**
 * Polls `fetch` at once, then after 1 s, 2 s, 4 s … (capped) until the operation is done or the
 * deadline passes. Errors from `fetch` (after its own retries) propagate.
 */
export async function waitForOperation(
  operationId: string,
  fetch: (operationId: string, signal?: AbortSignal) => Promise<AssetOperation>,
  options: WaitOptions = {},
): Promise<OperationOutcome> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const deadline = now() + (options.deadlineMs ?? 120_000);
  const maxDelayMs = options.maxDelayMs ?? 16_000;
  let waitMs = options.initialDelayMs ?? 1_000;
  for (let poll = 1; ; poll++) {
    const operation = await fetch(operationId, options.signal);
    options.onPoll?.(operation, poll);
    const outcome = operationOutcome(operation);
    if (outcome !== undefined) return outcome;
    const remaining = deadline - now();
    if (remaining <= 0) return { status: "timeout", operationId };
    await sleep(Math.min(waitMs, remaining), options.signal);
    waitMs = Math.min(waitMs * 2, maxDelayMs);
  }
}
