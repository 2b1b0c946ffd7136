import { randomBytes } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import type { Keyv } from "keyv";
import type { LocaleId } from "../../i18n/locales.js";
// Straight from its file: the custom_id codec reads this module, and should not load the job engine.
import { holdLock } from "../../jobs/heldLock.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import { MINUTE } from "../cache.js";
import type { PagePosition } from "./position.js";

/** How long a list's buttons keep working after the last page turn. */
export const SESSION_TTL_MS = 15 * MINUTE;
export const SESSION_KEY_PATTERN = /[A-Za-z0-9_-]{12}/;

/**
 * How long a page turn's lock outlives a process that died holding it (renewed while it works): well
 * inside a waiting press's patience, so a list is never stuck behind a crashed turn.
 */
const TURN_LOCK_MS = 3_000;

/** How long a press waits for the page turn before it: how many looks at the lock, how far apart. */
export interface TurnWait {
  readonly attempts: number;
  readonly intervalMs: number;
}

/** About 8 seconds: longer than a page read that waits out one short Roblox rate limit. */
const TURN_WAIT: TurnWait = { attempts: 160, intervalMs: 50 };

/**
 * The state behind a paged message: who may turn its pages, which list it shows, where it is.
 * It lives in the store, so the buttons work after a restart and on any shard.
 */
export interface PagerSession<State = unknown> {
  readonly kind: string;
  readonly ownerId: string;
  readonly position: PagePosition;
  readonly state: State;
  /** The language the list is shown in, so every page turn speaks it (absent before 0.2: en-US). */
  readonly locale?: LocaleId;
}

export class PagerSessions {
  readonly #store: Keyv;
  readonly #primitives: StorePrimitives;
  readonly #wait: TurnWait;

  constructor(store: Keyv, primitives: StorePrimitives, wait: TurnWait = TURN_WAIT) {
    this.#store = store;
    this.#primitives = primitives;
    this.#wait = wait;
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

  /**
   * Runs one page turn (load, render, save, show) while no other turn of the same list runs, on
   * any process: two presses in flight would otherwise each save what they read, and the later
   * save would drop the furthest position the other learned. A press that finds the list busy
   * waits for it; false when it stayed busy past the wait and `turn` did not run.
   */
  async whileTurning(key: string, turn: () => Promise<void>): Promise<boolean> {
    const lockKey = `pager-turn:${key}`;
    for (let attempt = 1; ; attempt++) {
      const lock = await holdLock(this.#primitives, lockKey, TURN_LOCK_MS);
      if (lock) {
        try {
          await turn();
          return true;
        } finally {
          await lock.release();
        }
      }
      if (attempt >= this.#wait.attempts) return false;
      await delay(this.#wait.intervalMs);
    }
  }
}
