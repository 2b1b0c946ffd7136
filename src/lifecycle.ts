/**
 * Tracks the interactions being handled, so shutdown can stop taking new ones
 * and let the ones in flight finish within a deadline.
 */
export class WorkTracker {
  #accepting = true;
  readonly #inFlight = new Set<Promise<unknown>>();

  get accepting(): boolean {
    return this.#accepting;
  }

  get inFlight(): number {
    return this.#inFlight.size;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.#inFlight.add(work);
    const forget = () => this.#inFlight.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Resolves once nothing is in flight (work started meanwhile is waited for too); keeps accepting. */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  /** Stops accepting work and waits for what is in flight; resolves false if the deadline passed first. */
  async drain(deadlineMs: number): Promise<boolean> {
    this.#accepting = false;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), deadlineMs);
    });
    const settled = Promise.allSettled([...this.#inFlight]).then(() => true as const);
    const finished = await Promise.race([settled, deadline]);
    clearTimeout(timer);
    return finished;
  }
}
