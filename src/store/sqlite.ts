import { EventEmitter } from "node:events";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import type { KeyvStoreAdapter, StoredData } from "keyv";

/** How long a write waits for another connection (a second process on the same file) to let go, ms. */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Table and columns as @keyv/sqlite 4 created them, so a file written by earlier releases opens as
 * it is. Values are the strings Keyv serialised (`{"value":…,"expires":…}`); this file only stores them.
 */
const CREATE_TABLE = "CREATE TABLE IF NOT EXISTS keyv(key VARCHAR(255) PRIMARY KEY, value TEXT )";

interface Statements {
  readonly get: StatementSync;
  readonly getMany: StatementSync;
  readonly upsert: StatementSync;
  readonly delete: StatementSync;
  readonly deleteMany: StatementSync;
  readonly clear: StatementSync;
  readonly page: StatementSync;
}

/**
 * One SQLite file on node:sqlite (built into Node, nothing to compile), opened on first use so a file
 * that cannot be used surfaces as the error of the first call (and so of the start-up ping).
 */
export class SqliteFile {
  #db: DatabaseSync | undefined;
  #statements: Statements | undefined;
  #closed = false;

  constructor(readonly path: string) {}

  statements(): Statements {
    if (this.#statements) return this.#statements;
    if (this.#closed) throw new Error(`the SQLite store ${this.path} is closed`);
    const db = new DatabaseSync(this.path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    try {
      // WAL lets readers go on while another connection writes; the busy timeout covers writer against writer.
      db.exec("PRAGMA journal_mode = WAL");
      db.exec(CREATE_TABLE);
      this.#statements = {
        get: db.prepare("SELECT value FROM keyv WHERE key = ?"),
        getMany: db.prepare("SELECT key, value FROM keyv WHERE key IN (SELECT value FROM json_each(?))"),
        upsert: db.prepare(
          "INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        ),
        delete: db.prepare("DELETE FROM keyv WHERE key = ?"),
        deleteMany: db.prepare("DELETE FROM keyv WHERE key IN (SELECT value FROM json_each(?))"),
        clear: db.prepare("DELETE FROM keyv WHERE key LIKE ? ESCAPE '\\'"),
        page: db.prepare(
          "SELECT key, value FROM keyv WHERE key LIKE ? ESCAPE '\\' ORDER BY key LIMIT ? OFFSET ?",
        ),
      };
    } catch (error) {
      db.close();
      throw error;
    }
    this.#db = db;
    return this.#statements;
  }

  close(): void {
    this.#closed = true;
    this.#statements = undefined;
    if (this.#db?.isOpen) this.#db.close();
    this.#db = undefined;
  }
}

/** `LIKE` pattern for every key of a namespace (or every key), with the namespace's own `%`/`_` taken literally. */
const namespacePattern = (namespace: string | undefined) =>
  namespace ? `${namespace.replace(/[\\%_]/g, (c) => `\\${c}`)}:%` : "%";

const ITERATION_PAGE = 100;

/** A Keyv store adapter over one namespace of a SqliteFile; Keyv prefixes keys with the namespace itself. */
export class KeyvNodeSqlite extends EventEmitter implements KeyvStoreAdapter {
  readonly opts: { dialect: "sqlite"; path: string };
  namespace?: string | undefined;

  readonly #file: SqliteFile;

  constructor(file: SqliteFile) {
    super();
    this.#file = file;
    this.opts = { dialect: "sqlite", path: file.path };
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    const row = this.#file.statements().get.get(key) as { value: string } | undefined;
    return row?.value as StoredData<Value> | undefined;
  }

  async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    const rows = this.#file.statements().getMany.all(JSON.stringify(keys)) as Array<{
      key: string;
      value: string;
    }>;
    const byKey = new Map(rows.map((row) => [row.key, row.value]));
    return keys.map((key) => byKey.get(key) as StoredData<Value | undefined>);
  }

  async set(key: string, value: string): Promise<void> {
    this.#file.statements().upsert.run(key, value);
  }

  async delete(key: string): Promise<boolean> {
    return Number(this.#file.statements().delete.run(key).changes) > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    return Number(this.#file.statements().deleteMany.run(JSON.stringify(keys)).changes) > 0;
  }

  async has(key: string): Promise<boolean> {
    return this.#file.statements().get.get(key) !== undefined;
  }

  async clear(): Promise<void> {
    this.#file.statements().clear.run(namespacePattern(this.namespace));
  }

  async *iterator<Value>(
    namespace?: string,
  ): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    const pattern = namespacePattern(namespace);
    for (let offset = 0; ; offset += ITERATION_PAGE) {
      const rows = this.#file.statements().page.all(pattern, ITERATION_PAGE, offset) as Array<{
        key: string;
        value: string;
      }>;
      for (const row of rows) yield [row.key, row.value as Awaited<Value>];
      if (rows.length < ITERATION_PAGE) return;
    }
  }

  /** The file is shared by every namespace; the store closes it once, not each namespace. */
  async disconnect(): Promise<void> {}
}
