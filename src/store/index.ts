import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { RedisClientType } from "@keyv/redis";
import { Keyv, type KeyvStoreAdapter } from "keyv";
import { BoundedMap } from "./boundedMap.js";
import { KeyvNodeSqlite, SqliteFile } from "./sqlite.js";

/** The namespaces the bot keeps state in; each is a separate Keyv over the one backing store. */
export const STORE_NAMESPACES = ["sessions", "cache", "jobs", "settings", "limits"] as const;
export type StoreNamespace = (typeof STORE_NAMESPACES)[number];

export type StoreKind = "sqlite" | "redis" | "memory";

/** The in-memory store keeps at most this many entries per namespace (the oldest written go first). */
export const MEMORY_ENTRIES_PER_NAMESPACE = 5_000;

export interface Stores {
  readonly kind: StoreKind;
  readonly sessions: Keyv;
  readonly cache: Keyv;
  readonly jobs: Keyv;
  readonly settings: Keyv;
  readonly limits: Keyv;
  /** The Redis connection when the store is Redis, for shared primitives (rate budget) that need atomic commands. */
  readonly redis: RedisClientType | undefined;
  /** False while the connection to Redis is down (it reconnects by itself); always true for the other stores. */
  isUp(): boolean;
  /** Round-trips a value through the store; throws if the store cannot be written and read. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  override readonly name = "StoreError";
}

export async function createStores(storeUrl: string): Promise<Stores> {
  const kind = storeKind(storeUrl);
  // The Redis client is loaded only for a Redis store (about 3 MiB of heap a memory or SQLite bot need not carry).
  const redisModule = kind === "redis" ? await import("@keyv/redis") : undefined;
  const redis = redisModule ? await connectRedis(redisModule.createClient, storeUrl) : undefined;
  // One connection to the SQLite file, shared by every namespace.
  const sqlite = kind === "sqlite" ? new SqliteFile(sqlitePath(storeUrl)) : undefined;
  const adapterFor = (): KeyvStoreAdapter | Map<string, unknown> | undefined => {
    if (kind === "memory") return new BoundedMap<string, unknown>(MEMORY_ENTRIES_PER_NAMESPACE);
    if (redisModule && redis)
      return new redisModule.default(redis, { throwOnErrors: true }) as KeyvStoreAdapter;
    return sqlite ? new KeyvNodeSqlite(sqlite) : undefined;
  };
  const open = (namespace: StoreNamespace) =>
    new Keyv({ store: adapterFor(), namespace, throwOnErrors: true, emitErrors: false });

  const namespaces = {
    sessions: open("sessions"),
    cache: open("cache"),
    jobs: open("jobs"),
    settings: open("settings"),
    limits: open("limits"),
  };
  const stores: Stores = {
    kind,
    ...namespaces,
    redis,
    isUp: () => redis === undefined || redis.isReady,
    async ping() {
      const probe = `ping:${process.pid}:${Date.now()}`;
      try {
        await namespaces.settings.set(probe, 1, 5_000);
        const answer = await namespaces.settings.get(probe);
        await namespaces.settings.delete(probe);
        if (answer !== 1) throw new StoreError("the store did not return what was written");
      } catch (error) {
        throw kind === "sqlite" ? sqliteFailure(storeUrl, error) : error;
      }
    },
    async close() {
      sqlite?.close();
      if (redis?.isOpen) await redis.quit().catch(() => redis.destroy());
    },
  };
  return stores;
}

export function storeKind(storeUrl: string): StoreKind {
  if (storeUrl.startsWith("memory://")) return "memory";
  if (storeUrl.startsWith("redis://") || storeUrl.startsWith("rediss://")) return "redis";
  if (storeUrl.startsWith("sqlite://")) return "sqlite";
  throw new StoreError("the store URL must start with sqlite://, redis:// or memory://");
}

function sqlitePath(storeUrl: string): string {
  const path = resolve(storeUrl.slice("sqlite://".length));
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch {
    throw new StoreError(`the SQLite store ${path} cannot be used: its folder cannot be created`);
  }
  return path;
}

/** One plain sentence for a SQLite file that cannot be used (the path is no secret; the cause's code is kept). */
function sqliteFailure(storeUrl: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const path = resolve(storeUrl.slice("sqlite://".length));
  const code = sqliteErrorName(error);
  const why =
    code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT"
      ? "the file is not a SQLite database or is corrupt; move it away to start with an empty store"
      : code === "SQLITE_READONLY" || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM"
        ? "the file cannot be opened for writing; check that it is a file and that the bot may write it and its folder"
        : "the file could not be written and read back";
  return new StoreError(`the SQLite store ${path} cannot be used (${code}): ${why}`);
}

/** SQLite's primary result codes (node:sqlite reports them as `errcode`, possibly extended) that get their own words. */
const SQLITE_CODE_NAMES: Record<number, string> = {
  3: "SQLITE_PERM",
  8: "SQLITE_READONLY",
  11: "SQLITE_CORRUPT",
  14: "SQLITE_CANTOPEN",
  26: "SQLITE_NOTADB",
};

function sqliteErrorName(error: unknown): string {
  const errcode = (error as { errcode?: unknown } | undefined)?.errcode;
  if (typeof errcode === "number") return SQLITE_CODE_NAMES[errcode & 0xff] ?? `SQLite error ${errcode}`;
  return String((error as { code?: unknown } | undefined)?.code ?? "unknown error");
}

async function connectRedis(
  createClient: typeof import("@keyv/redis").createClient,
  storeUrl: string,
): Promise<RedisClientType> {
  let everConnected = false;
  const client: RedisClientType = createClient({
    url: storeUrl,
    // While Redis is down, fail each command at once (the user is told) instead of queueing it until Redis returns.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      // Once up, reconnect forever with backoff (a Redis restart must not need a bot restart);
      // at start, give up quickly so a wrong STORE_URL is reported at once.
      reconnectStrategy: (attempts) =>
        everConnected || attempts < 3 ? Math.min(100 * 2 ** attempts, 2_000) : new StoreError("unreachable"),
    },
  });
  client.on("ready", () => {
    everConnected = true;
  });
  // Connection errors are reported by the commands that fail; this listener keeps them from crashing the process.
  client.on("error", () => {});
  try {
    await withTimeout(client.connect(), 5_000);
  } catch {
    if (client.isOpen) client.destroy();
    throw new StoreError("could not connect to Redis at the STORE_URL address");
  }
  return client;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreError("timed out")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
