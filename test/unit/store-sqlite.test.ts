import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { Worker } from "node:worker_threads";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { systemClock } from "../../src/clock.js";
import { PagerSessions } from "../../src/services/pager/sessions.js";
import { UploadJobStore } from "../../src/services/uploads/jobs.js";
import { carryOverLegacyUploads } from "../../src/services/uploads/legacy.js";
import { createStores } from "../../src/store/index.js";
import { MemoryPrimitives, SqlitePrimitives } from "../../src/store/primitives/index.js";

const FIXTURE = new URL("../fixtures/previous-release/", import.meta.url);
const WRITTEN_AT = Number(readFileSync(new URL("written-at.txt", FIXTURE), "utf8"));
const tempDir = mkdtempSync(join(tmpdir(), "bot-node-sqlite-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

/** A copy of the store the previous release (@keyv/sqlite 4 over sqlite3) wrote; opening it switches it to WAL. */
function previousReleaseStore(name: string): string {
  const path = join(tempDir, name);
  copyFileSync(new URL("store.sqlite", FIXTURE), path);
  return path;
}

const rawRow = (path: string, key: string) =>
  (
    new DatabaseSync(path, { readOnly: true }).prepare("SELECT value FROM keyv WHERE key = ?").get(key) as
      | { value: string }
      | undefined
  )?.value;

describe("the node:sqlite store on a file of the previous release", () => {
  it("reads its in-flight upload, its pager session and its cache as they were written", async () => {
    const path = previousReleaseStore("read.sqlite");
    // Keyv drops entries past their expiry; read the file at the moment it was written.
    vi.useFakeTimers({ now: WRITTEN_AT, toFake: ["Date"] });
    const stores = await createStores(`sqlite://${path}`);

    // Its upload jobs are carried over into the primitives' tables in the same file, then leave keyv.
    const primitives = new SqlitePrimitives(path, systemClock);
    const uploads = new UploadJobStore(primitives, Date.now);
    const [job, ...others] = await carryOverLegacyUploads(stores.jobs, uploads);
    expect(others).toEqual([]);
    expect(job).toMatchObject({ stage: "waiting", fileName: "in-flight.png", replyOpen: true });
    expect(job?.operationId).toMatch(/\S/);
    expect(await uploads.activeIds()).toEqual([job?.id]);
    expect(await uploads.recent(job?.userId ?? "", 5)).toMatchObject([{ id: job?.id, stage: "waiting" }]);
    expect(await stores.jobs.get(`upload:${job?.id}`)).toBeUndefined();
    expect(await stores.jobs.get("upload-active")).toBeUndefined();
    expect(await carryOverLegacyUploads(stores.jobs, uploads)).toEqual([]);
    await primitives.close();

    const sessionKeys: string[] = [];
    for await (const [key] of stores.sessions.iterator?.(undefined) ?? []) sessionKeys.push(String(key));
    expect(sessionKeys).toHaveLength(1);
    const session = await new PagerSessions(stores.sessions, new MemoryPrimitives(systemClock)).load(
      sessionKeys[0] ?? "",
    );
    expect(session).toMatchObject({ kind: "inventory", position: { index: 0, hasNext: true } });

    expect(await stores.cache.get("username:richcollector936")).toBe("2000002");
    await stores.close();
  });

  it("writes a value exactly as the previous release did, so either can read the other's rows", async () => {
    const path = join(tempDir, "fresh.sqlite");
    const stores = await createStores(`sqlite://${path}`);
    const old = previousReleaseStore("compare.sqlite");
    const written = JSON.parse(rawRow(old, "jobs:upload-active") ?? "null") as { value: string[] };
    await stores.jobs.set("upload-active", written.value);
    await stores.close();
    expect(rawRow(path, "jobs:upload-active")).toBe(rawRow(old, "jobs:upload-active"));
    const schema = (file: string) =>
      new DatabaseSync(file, { readOnly: true })
        .prepare("SELECT sql FROM sqlite_master WHERE name = 'keyv'")
        .get();
    expect(schema(path)).toEqual(schema(old));
  });
});

describe("the node:sqlite store's settings", () => {
  it("keeps the file in WAL mode", async () => {
    const path = join(tempDir, "wal.sqlite");
    const stores = await createStores(`sqlite://${path}`);
    await stores.ping();
    const mode = new DatabaseSync(path).prepare("PRAGMA journal_mode").get();
    expect(mode).toEqual({ journal_mode: "wal" });
    await stores.close();
  });

  it("waits for another process's write lock instead of failing with SQLITE_BUSY", async () => {
    const path = join(tempDir, "busy.sqlite");
    const stores = await createStores(`sqlite://${path}`);
    await stores.ping();
    // Another connection takes the write lock and holds it for a moment on its own thread.
    const holder = new Worker(
      `const { DatabaseSync } = require("node:sqlite");
       const { parentPort, workerData } = require("node:worker_threads");
       const db = new DatabaseSync(workerData);
       db.exec("BEGIN IMMEDIATE");
       db.exec("INSERT INTO keyv (key, value) VALUES ('cache:held', '{\\"value\\":1}')");
       parentPort.postMessage("locked");
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
       db.exec("COMMIT");
       db.close();`,
      { eval: true, workerData: path },
    );
    await new Promise((locked) => holder.once("message", locked));
    await stores.cache.set("after-lock", 2);
    expect(await stores.cache.get("held")).toBe(1);
    expect(await stores.cache.get("after-lock")).toBe(2);
    await new Promise((exited) => holder.once("exit", exited));
    await stores.close();
  });

  it("clears and lists one namespace only", async () => {
    const stores = await createStores(`sqlite://${join(tempDir, "namespaces.sqlite")}`);
    await stores.cache.set("a", 1);
    await stores.cache.set("b", 2);
    await stores.sessions.set("a", 3);
    const listed: string[] = [];
    for await (const [key] of stores.cache.iterator?.(undefined) ?? []) listed.push(String(key));
    expect(listed.sort()).toEqual(["a", "b"]);
    expect(await stores.cache.getMany(["a", "missing", "b"])).toEqual([1, undefined, 2]);
    await stores.cache.clear();
    expect(await stores.cache.get("a")).toBeUndefined();
    expect(await stores.sessions.get("a")).toBe(3);
    await stores.close();
  });

  it("closes the file: the WAL is folded back and later calls are refused", async () => {
    const path = join(tempDir, "closed.sqlite");
    const stores = await createStores(`sqlite://${path}`);
    await stores.cache.set("kept", 1);
    expect(existsSync(`${path}-wal`)).toBe(true);
    await stores.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    await expect(stores.cache.get("kept")).rejects.toThrow(/closed/);
    const reopened = await createStores(`sqlite://${path}`);
    expect(await reopened.cache.get("kept")).toBe(1);
    await reopened.close();
  });
});
