import { randomBytes } from "node:crypto";
import type { Keyv } from "keyv";
import { MINUTE } from "../cache.js";
import type { PagePosition } from "./position.js";

/** How long a list's buttons keep working after the last page turn. */
export const SESSION_TTL_MS = 15 * MINUTE;
export const SESSION_KEY_PATTERN = /[A-Za-z0-9_-]{12}/;

/**
 * The state behind a paged message: who may turn its pages, which list it shows, where it is.
 * It lives in the store, so the buttons work after a restart and on any shard.
 */
export interface PagerSession<State = unknown> {
  readonly kind: string;
  readonly ownerId: string;
  readonly position: PagePosition;
  readonly state: State;
}

export class PagerSessions {
  readonly #store: Keyv;

  constructor(store: Keyv) {
    this.#store = store;
  }

  async create<State>(session: PagerSession<State>): Promise<string> {
    const key = randomBytes(9).toString("base64url");
    await this.#store.set(key, session, SESSION_TTL_MS);
    return key;
  }

  async load(key: string): Promise<PagerSession | undefined> {
    return (await this.#store.get(key)) as PagerSession | undefined;
  }

  async save(key: string, session: PagerSession): Promise<void> {
    await this.#store.set(key, session, SESSION_TTL_MS);
  }
}
