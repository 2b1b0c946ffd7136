/**
 * Collects lookups made within a short window into one batched call, and shares the answer
 * between callers asking for the same key at the same time, including while its call is in flight.
 */
export class Batcher<K, V> {
  readonly #pending = new Map<
    K,
    Array<{ resolve: (value: V | undefined) => void; reject: (error: unknown) => void }>
  >();
  readonly #inFlight = new Map<K, Promise<V | undefined>>();
  #timer: NodeJS.Timeout | undefined;

  readonly #fetchMany: (keys: K[]) => Promise<Map<K, V>>;
  readonly #maxBatch: number;
  readonly #windowMs: number;

  constructor(fetchMany: (keys: K[]) => Promise<Map<K, V>>, maxBatch: number, windowMs = 5) {
    this.#fetchMany = fetchMany;
    this.#maxBatch = maxBatch;
    this.#windowMs = windowMs;
  }

  load(key: K): Promise<V | undefined> {
    const shared = this.#inFlight.get(key);
    if (shared !== undefined) return shared;
    const answer = new Promise<V | undefined>((resolve, reject) => {
      const waiters = this.#pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.#pending.set(key, [{ resolve, reject }]);
      if (this.#pending.size >= this.#maxBatch) this.#flush();
      else this.#timer ??= setTimeout(() => this.#flush(), this.#windowMs);
    });
    this.#inFlight.set(key, answer);
    const settled = () => {
      if (this.#inFlight.get(key) === answer) this.#inFlight.delete(key);
    };
    answer.then(settled, settled);
    return answer;
  }

  #flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = new Map(this.#pending);
    this.#pending.clear();
    this.#fetchMany([...batch.keys()]).then(
      (found) => {
        for (const [key, waiters] of batch) for (const waiter of waiters) waiter.resolve(found.get(key));
      },
      (error: unknown) => {
        for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
      },
    );
  }
}
