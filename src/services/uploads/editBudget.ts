/**
 * How many progress edits the uploads of one server may make per minute, together. Interaction
 * webhooks share webhook rate limits (5 per 2 s per token, which @discordjs/rest paces by the headers),
 * and bot developers report an unannounced per-channel limit on webhook writes that answers 429 with a
 * Retry-After of about 40 s. Keeping the server's progress edits under this budget leaves room for
 * every upload's final message; a skipped progress edit only delays what the next one shows.
 */
export const PROGRESS_EDITS_PER_MINUTE = 20;
const WINDOW_MS = 60_000;

/** A sliding-window budget of progress edits per key (a server); final messages do not use it. */
export class EditBudget {
  readonly #spent = new Map<string, number[]>();

  readonly #now: () => number;
  readonly #perMinute: number;

  constructor(now: () => number, perMinute = PROGRESS_EDITS_PER_MINUTE) {
    this.#now = now;
    this.#perMinute = perMinute;
  }

  /** Takes one edit from the key's budget; false when the last minute used it all. */
  take(key: string): boolean {
    const now = this.#now();
    const recent = (this.#spent.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
    if (recent.length >= this.#perMinute) {
      this.#spent.set(key, recent);
      return false;
    }
    recent.push(now);
    this.#spent.set(key, recent);
    return true;
  }

  /** Forgets keys with nothing spent in the last minute, so the map stays as small as the active servers. */
  sweep(): void {
    const now = this.#now();
    for (const [key, spent] of this.#spent) {
      if (spent.every((at) => now - at >= WINDOW_MS)) this.#spent.delete(key);
    }
  }
}
