import type { Clock } from "../../clock.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { RateFamily, RateLimits } from "../opencloud/index.js";

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export interface SyncBudgetOptions {
  readonly primitives: StorePrimitives;
  readonly limits: RateLimits;
  /** The share of each family's budget the background sync leaves to interactive commands, 0 to 1. */
  readonly reserve: number;
  /** Per-family caps below that share (the ownership reconcile's inventory calls a minute). */
  readonly caps?: Partial<Record<RateFamily, number>>;
  readonly clock: Clock;
  readonly sleep?: Sleep;
}

/**
 * The background sync's part of the shared Roblox budget: at most (1 − reserve) of each family's
 * calls in each window, counted for every process in the store, so commands always find the rest.
 * The shared limiter still guards the whole budget; this only keeps the sync from taking all of it.
 */
export class SyncBudget {
  readonly #options: SyncBudgetOptions;
  #waitedMs = 0;

  constructor(options: SyncBudgetOptions) {
    this.#options = options;
  }

  /** The calls a window allows the sync for this family; undefined: not limited. */
  allowance(family: RateFamily): { readonly calls: number; readonly windowMs: number } | undefined {
    const rule = this.#options.limits[family];
    if (rule === undefined) return undefined;
    const share = Math.max(1, Math.floor(rule.limit * (1 - this.#options.reserve)));
    const cap = this.#options.caps?.[family];
    return { calls: cap === undefined ? share : Math.min(share, cap), windowMs: rule.windowMs };
  }

  /** Milliseconds this process's sync spent waiting for its share. */
  get waitedMs(): number {
    return this.#waitedMs;
  }

  /** Waits until the sync may make one call of this family in the current window, and counts it. */
  async take(family: RateFamily, signal?: AbortSignal): Promise<void> {
    const allowance = this.allowance(family);
    if (allowance === undefined) return;
    const { primitives, clock } = this.#options;
    const sleep = this.#options.sleep ?? realSleep;
    for (;;) {
      signal?.throwIfAborted();
      const now = clock.now();
      const window = Math.floor(now / allowance.windowMs);
      const used = await primitives.increment(`sync:budget:${family}:${window}`, 1, allowance.windowMs * 2);
      if (used <= allowance.calls) return;
      const wait = (window + 1) * allowance.windowMs - now;
      this.#waitedMs += wait;
      await sleep(wait, signal);
    }
  }
}
