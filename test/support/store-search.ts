import { DatabaseSync } from "node:sqlite";
import { createClient, type RedisClientType } from "@keyv/redis";

/** The keys or rows of a store whose stored text contains `needle`: every table, every Redis type. */
export async function findInStore(storeUrl: string, needle: string): Promise<string[]> {
  if (storeUrl.startsWith("sqlite://")) return findInSqlite(storeUrl.slice("sqlite://".length), needle);
  if (storeUrl.startsWith("redis://")) return findInRedis(storeUrl, needle);
  throw new Error(`cannot search ${storeUrl}`);
}

function findInSqlite(path: string, needle: string): string[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
      name: string;
    }>;
    const found: string[] = [];
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all()) {
        const text = JSON.stringify(row);
        if (text.includes(needle)) found.push(`${name}: ${text.slice(0, 80)}`);
      }
    }
    return found;
  } finally {
    db.close();
  }
}

async function findInRedis(url: string, needle: string): Promise<string[]> {
  const client: RedisClientType = createClient({ url });
  await client.connect();
  try {
    const found: string[] = [];
    for await (const keys of client.scanIterator({ COUNT: 500 })) {
      for (const key of keys) {
        const type = await client.type(key);
        const value =
          type === "string"
            ? await client.get(key)
            : type === "hash"
              ? await client.hGetAll(key)
              : type === "list"
                ? await client.lRange(key, 0, -1)
                : type === "set"
                  ? await client.sMembers(key)
                  : type === "zset"
                    ? await client.zRange(key, 0, -1)
                    : type === "stream"
                      ? await client.xRange(key, "-", "+")
                      : null;
        if (JSON.stringify(value).includes(needle)) found.push(`${type} ${key}`);
      }
    }
    return found;
  } finally {
    await client.quit();
  }
}
