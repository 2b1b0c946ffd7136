import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createOpenCloudClient } from "../../../src/services/opencloud/index.js";
import { startStub } from "./harness.js";

const KEY = "paging-test-key-abcdef123456";
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Serves inventory pages from a script keyed by the incoming pageToken. */
async function inventoryStub(pages: Record<string, { items: number; next?: string }>) {
  const tokens: string[] = [];
  const stub = await startStub((req, res) => {
    const token = new URL(req.url ?? "/", "http://x").searchParams.get("pageToken") ?? "";
    tokens.push(token);
    const page = pages[token] ?? { items: 0 };
    const inventoryItems = Array.from({ length: page.items }, (_, i) => ({
      badgeDetails: { badgeId: String(i + 1) },
    }));
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ inventoryItems, nextPageToken: page.next ?? "" }));
  });
  const client = createOpenCloudClient({ apiKey: KEY, baseUrls: { apis: stub.url, users: stub.url } });
  cleanups.push(async () => {
    await client.close();
    await stub.close();
  });
  return { client, tokens };
}

async function count(iterable: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of iterable) n++;
  return n;
}

describe("inventory iteration stops where it must", () => {
  it("on an empty page even when a token came with the previous one", async () => {
    const { client, tokens } = await inventoryStub({
      "": { items: 3, next: "a" },
      a: { items: 0, next: "b" },
    });
    expect(await count(client.inventory.iterateInventory(1))).toBe(3);
    expect(tokens).toEqual(["", "a"]);
  });

  it("on a token it has seen before", async () => {
    const { client, tokens } = await inventoryStub({
      "": { items: 2, next: "a" },
      a: { items: 2, next: "a" },
    });
    expect(await count(client.inventory.iterateInventory(1))).toBe(4);
    expect(tokens).toEqual(["", "a"]);
  });

  it("on an empty token", async () => {
    const { client, tokens } = await inventoryStub({ "": { items: 2, next: "a" }, a: { items: 1 } });
    expect(await count(client.inventory.iterateInventory(1))).toBe(3);
    expect(tokens).toEqual(["", "a"]);
  });
});

describe("logging", () => {
  it("logs requests and retries without the API key", async () => {
    let calls = 0;
    const stub = await startStub((_req, res) => {
      calls++;
      if (calls === 1)
        res.writeHead(503).end(`{"code":"UNAVAILABLE","message":"key ${KEY} is fine, try again"}`);
      else
        res
          .writeHead(200, { "content-type": "application/json" })
          .end('{"id":"1","name":"a","createTime":"2020-01-01T00:00:00Z"}');
    });
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const client = createOpenCloudClient({
      apiKey: KEY,
      baseUrls: { apis: stub.url, users: stub.url },
      retry: { baseDelayMs: 5, maxDelayMs: 10 },
      logger: pino({ level: "debug" }, sink),
    });
    cleanups.push(async () => {
      await client.close();
      await stub.close();
    });
    await client.users.getUser(1);
    const output = lines.join("");
    expect(output).toContain("retrying open cloud request");
    expect(output).toContain("open cloud request");
    expect(output).not.toContain(KEY);
  });
});
