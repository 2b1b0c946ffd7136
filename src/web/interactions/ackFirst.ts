/**
 * Discord gives an acknowledgement 3 s and the rest of a command 15 minutes. Under a burst, the work that
 * follows one interaction's acknowledgement (Roblox calls, rendering, the webhook edit) would share the
 * event loop with the acknowledgements still to send; it waits until they are sent instead, for a short
 * while at most, so a burst is acknowledged first and finished after.
 */
export class AcknowledgementsFirst {
  #unanswered = 0;
  #waiters: Array<() => void> = [];

  constructor(private readonly maxWaitMs = 250) {}

  /** Counts one interaction as waiting for its acknowledgement; the returned function uncounts it (once). */
  enter(): () => void {
    this.#unanswered++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#unanswered--;
      if (this.#unanswered === 0) for (const wake of this.#waiters.splice(0)) wake();
    };
  }

  /** Resolves once no acknowledgement is waiting to be sent (at the latest after the wait's limit). */
  turn(): Promise<void> {
    if (this.#unanswered === 0) return new Promise((next) => setImmediate(next));
    return new Promise((resume) => {
      const wake = () => {
        clearTimeout(timer);
        resume();
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== wake);
        resume();
      }, this.maxWaitMs);
      this.#waiters.push(wake);
    });
  }
}
