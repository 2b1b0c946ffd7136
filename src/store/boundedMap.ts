/**
 * The in-memory store: a Map that forgets its oldest entries past a size. Keyv only drops an expired
 * entry when it is read again, so an unbounded Map would keep every cache entry and session forever.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  readonly #capacity: number;

  constructor(capacity: number) {
    super();
    this.#capacity = capacity;
  }

  override set(key: K, value: V): this {
    // Re-inserting moves the key to the newest end, so eviction drops the least recently written.
    if (this.has(key)) this.delete(key);
    super.set(key, value);
    if (this.size > this.#capacity) {
      const oldest = this.keys().next();
      if (!oldest.done) this.delete(oldest.value);
    }
    return this;
  }
}
