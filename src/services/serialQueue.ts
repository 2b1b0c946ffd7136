/**
 * Runs async work one piece at a time, in the order given: for read-modify-write changes within one
 * process. A failure is its caller's; the work queued after it still runs.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(work, work);
    this.#tail = run.catch(() => undefined);
    return run;
  }
}
