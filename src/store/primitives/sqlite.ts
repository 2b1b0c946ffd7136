import { DatabaseSync, type StatementSync } from "node:sqlite";
import type { Clock } from "../../clock.js";
import { SQLITE_BUSY_TIMEOUT_MS } from "../sqlite.js";
import type { ScoredMember, SortedRange, StorePrimitives } from "./types.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS primitive_values (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  expires_at INTEGER
);
CREATE INDEX IF NOT EXISTS primitive_values_expiry ON primitive_values (expires_at) WHERE expires_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS primitive_sets (
  key TEXT NOT NULL,
  member TEXT NOT NULL,
  PRIMARY KEY (key, member)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS primitive_sorted (
  key TEXT NOT NULL,
  member TEXT NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (key, member)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS primitive_sorted_score ON primitive_sorted (key, score);
`;

/** How often (in writes) rows past their expiry are deleted; reads ignore them in the meantime. */
const SWEEP_EVERY_WRITES = 500;

/**
 * The primitives as SQL in the bot's SQLite file, in tables of their own beside the key-value
 * store's. Each operation is one statement (or one IMMEDIATE transaction), so several processes
 * on one file stay consistent; WAL lets readers go on while one writes, and the busy timeout makes
 * a writer wait its turn instead of failing.
 */
export class SqlitePrimitives implements StorePrimitives {
  readonly kind = "sqlite";
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();
  #writes = 0;

  readonly #clock: Clock;

  constructor(path: string, clock: Clock, busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS) {
    this.#clock = clock;
    this.#db = new DatabaseSync(path, { timeout: busyTimeoutMs });
    this.#db.exec("PRAGMA journal_mode = WAL");
    this.#db.exec("PRAGMA synchronous = NORMAL");
    this.#db.exec(SCHEMA);
  }

  async get(key: string): Promise<string | undefined> {
    const row = this.#sql(
      "SELECT value FROM primitive_values WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)",
    ).get(key, this.#clock.now()) as { value: string } | undefined;
    return row?.value;
  }

  async set(key: string, value: string, ttlMs?: number): Promise<void> {
    this.#wrote();
    this.#sql(
      "INSERT INTO primitive_values (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at",
    ).run(key, value, ttlMs === undefined ? null : this.#clock.now() + ttlMs);
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    this.#wrote();
    const now = this.#clock.now();
    const result = this.#sql(
      `INSERT INTO primitive_values (key, value, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
       WHERE primitive_values.expires_at IS NOT NULL AND primitive_values.expires_at <= ?`,
    ).run(key, value, now + ttlMs, now);
    return Number(result.changes) === 1;
  }

  async delete(key: string): Promise<void> {
    this.#sql("DELETE FROM primitive_values WHERE key = ?").run(key);
  }

  async increment(key: string, by: number, ttlMs: number): Promise<number> {
    this.#wrote();
    const now = this.#clock.now();
    const expired = "(primitive_values.expires_at IS NOT NULL AND primitive_values.expires_at <= ?)";
    const row = this.#sql(
      `INSERT INTO primitive_values (key, value, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET
         value = CASE WHEN ${expired} THEN excluded.value ELSE CAST(CAST(primitive_values.value AS INTEGER) + CAST(excluded.value AS INTEGER) AS TEXT) END,
         expires_at = CASE WHEN ${expired} THEN excluded.expires_at ELSE primitive_values.expires_at END
       RETURNING value`,
    ).get(key, String(Math.trunc(by)), now + ttlMs, now, now) as { value: string };
    return Number(row.value);
  }

  acquireLock(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.setIfAbsent(key, owner, ttlMs);
  }

  async extendLock(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.#clock.now();
    const result = this.#sql(
      "UPDATE primitive_values SET expires_at = ? WHERE key = ? AND value = ? AND expires_at > ?",
    ).run(now + ttlMs, key, owner, now);
    return Number(result.changes) === 1;
  }

  async releaseLock(key: string, owner: string): Promise<boolean> {
    const result = this.#sql(
      "DELETE FROM primitive_values WHERE key = ? AND value = ? AND (expires_at IS NULL OR expires_at > ?)",
    ).run(key, owner, this.#clock.now());
    return Number(result.changes) === 1;
  }

  async setAdd(key: string, member: string): Promise<boolean> {
    const result = this.#sql("INSERT OR IGNORE INTO primitive_sets (key, member) VALUES (?, ?)").run(
      key,
      member,
    );
    return Number(result.changes) === 1;
  }

  async setRemove(key: string, member: string): Promise<boolean> {
    const result = this.#sql("DELETE FROM primitive_sets WHERE key = ? AND member = ?").run(key, member);
    return Number(result.changes) === 1;
  }

  async setMembers(key: string): Promise<string[]> {
    const rows = this.#sql("SELECT member FROM primitive_sets WHERE key = ?").all(key) as Array<{
      member: string;
    }>;
    return rows.map((row) => row.member);
  }

  async sortedAdd(key: string, member: string, score: number): Promise<void> {
    this.#sql(
      "INSERT INTO primitive_sorted (key, member, score) VALUES (?, ?, ?) ON CONFLICT (key, member) DO UPDATE SET score = excluded.score",
    ).run(key, member, score);
  }

  async sortedRemove(key: string, member: string): Promise<boolean> {
    const result = this.#sql("DELETE FROM primitive_sorted WHERE key = ? AND member = ?").run(key, member);
    return Number(result.changes) === 1;
  }

  async sortedRange(key: string, range: SortedRange = {}): Promise<ScoredMember[]> {
    const order = range.newestFirst ? "DESC" : "ASC";
    const rows = this.#sql(
      `SELECT member, score FROM primitive_sorted WHERE key = ? AND score >= ? AND score <= ?
       ORDER BY score ${order}, member ${order} LIMIT ?`,
    ).all(
      key,
      range.min ?? Number.NEGATIVE_INFINITY,
      range.max ?? Number.POSITIVE_INFINITY,
      range.limit ?? -1,
    ) as Array<{ member: string; score: number }>;
    return rows.map((row) => ({ member: row.member, score: row.score }));
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }

  #sql(text: string): StatementSync {
    let statement = this.#statements.get(text);
    if (!statement) {
      statement = this.#db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  #wrote(): void {
    this.#writes += 1;
    if (this.#writes % SWEEP_EVERY_WRITES === 0) {
      this.#sql("DELETE FROM primitive_values WHERE expires_at IS NOT NULL AND expires_at <= ?").run(
        this.#clock.now(),
      );
    }
  }
}
