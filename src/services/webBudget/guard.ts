import { RETRY_HINT_CAP_MS, type WebGate } from "../opencloud/index.js";
import type { WebBudget } from "./budget.js";
import type { WebFamily } from "./families.js";

/** A public lookup was not sent (or was refused) because Roblox is limiting this family right now. */
export class WebLimitedError extends Error {
  override readonly name = "WebLimitedError";

  constructor(
    readonly family: WebFamily,
    /** When to try again, never more than the cap. */
    readonly retryInMs: number,
  ) {
    super(`Roblox is limiting ${family} lookups; try again in ${Math.ceil(retryInMs / 1000)} s`);
  }
}

/** What a failed send may carry: a 429 is recognised by its status, with the server's hint if any. */
interface FailureShape {
  status?: unknown;
  retryAfterMs?: unknown;
}

/** With no hint from Roblox, a 429 backs a family off 15 s, then 30 s, 60 s … up to five minutes. */
const FIRST_BACK_OFF_MS = 15_000;
const MAX_BACK_OFF_MS = 5 * 60_000;

/**
 * The one gate every request to the public web APIs passes: the family's budget is spent first
 * (nothing is sent without it), a 429 sets the family backing off for everyone sharing the budget,
 * and neither is retried here. The Roblox client's web face runs every request through it.
 */
export class WebGuard implements WebGate {
  readonly #strikes = new Map<WebFamily, number>();

  readonly #budget: WebBudget;
  readonly #random: () => number;

  constructor(budget: WebBudget, random: () => number = Math.random) {
    this.#budget = budget;
    this.#random = random;
  }

  async run<T>(family: WebFamily, send: () => Promise<T>): Promise<T> {
    const waitMs = await this.#budget.take(family);
    if (waitMs > 0) throw new WebLimitedError(family, Math.min(waitMs, RETRY_HINT_CAP_MS));
    try {
      const result = await send();
      this.#strikes.delete(family);
      return result;
    } catch (error) {
      const failure = (typeof error === "object" && error !== null ? error : {}) as FailureShape;
      if (failure.status !== 429) throw error;
      const strikes = (this.#strikes.get(family) ?? 0) + 1;
      this.#strikes.set(family, strikes);
      const hinted = typeof failure.retryAfterMs === "number" ? failure.retryAfterMs : undefined;
      const fallback = Math.min(MAX_BACK_OFF_MS, FIRST_BACK_OFF_MS * 2 ** (strikes - 1));
      // A little jitter so processes sharing the budget do not come back in lockstep.
      const backOffMs = (hinted ?? fallback) + Math.round(this.#random() * 1_000);
      await this.#budget.backOff(family, backOffMs);
      throw new WebLimitedError(family, Math.min(backOffMs, RETRY_HINT_CAP_MS));
    }
  }
}
