import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { type Download, FileTooLargeError, openDownload } from "../../src/services/uploads/download.js";

/**
 * Every way of abandoning a download must discard the body without an unhandled 'error' event: in the
 * bot's process such an event (UND_ERR_ABORTED on BodyReadable) ends the process for every member.
 */
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const servers: Server[] = [];
const stray: unknown[] = [];
const recordStray = (error: unknown) => stray.push(error);

beforeAll(() => {
  process.on("uncaughtException", recordStray);
  process.on("unhandledRejection", recordStray);
});
afterAll(() => {
  process.off("uncaughtException", recordStray);
  process.off("unhandledRejection", recordStray);
});
beforeEach(() => {
  stray.length = 0;
});
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(resolve);
        }),
    ),
  );
});

interface Served {
  readonly url: URL;
  /** Resolves when the server's side of the response closed (finished or dropped). */
  readonly closed: Promise<void>;
}

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Served> {
  let closedNow: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    closedNow = resolve;
  });
  const server = createServer((req, res) => {
    res.on("close", () => closedNow());
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/file`), closed };
}

/** A PNG-looking head, then `rest` bytes, then the response is left open (a CDN still sending). */
function sendHeadAndStall(res: ServerResponse, rest: number, length?: number): void {
  res.writeHead(200, {
    "content-type": "image/png",
    ...(length === undefined ? {} : { "content-length": String(length) }),
  });
  res.write(Buffer.concat([PNG_HEAD, Buffer.alloc(rest, 1)]));
}

/** Waits (bounded) until the abandoned response is over on the server's side, then lets its events run. */
async function settle(served: Served): Promise<void> {
  const closed = await Promise.race([
    served.closed.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000)),
  ]);
  expect(closed, "the abandoned download still holds its connection").toBe(true);
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("an abandoned download discards its body safely", () => {
  it.each([403, 404, 500, 503])("a %i answer with a body", async (status) => {
    const served = await serve((_req, res) => {
      res.writeHead(status, { "content-type": "text/plain" });
      res.end("This content is no longer available.");
    });
    await expect(openDownload(served.url, { maxBytes: 1024 })).rejects.toBeInstanceOf(UserError);
    await settle(served);
    expect(stray).toEqual([]);
  });

  it("an announced length over the limit", async () => {
    const served = await serve((_req, res) => sendHeadAndStall(res, 10_000, 10 * 1024 * 1024));
    await expect(openDownload(served.url, { maxBytes: 1024 })).rejects.toBeInstanceOf(FileTooLargeError);
    await settle(served);
    expect(stray).toEqual([]);
  });

  it("more bytes than allowed arriving mid-stream", async () => {
    const served = await serve((_req, res) => {
      sendHeadAndStall(res, 8_000);
      setTimeout(() => res.write(Buffer.alloc(64 * 1024, 2)), 20);
    });
    const download = await openDownload(served.url, { maxBytes: 30_000 });
    await expect(drain(download)).rejects.toBeInstanceOf(FileTooLargeError);
    await settle(served);
    expect(stray).toEqual([]);
  });

  it("the consumer failing while it reads", async () => {
    const served = await serve((_req, res) => sendHeadAndStall(res, 8_000, 1024 * 1024));
    const download = await openDownload(served.url, { maxBytes: 1024 * 1024 });
    await expect(
      (async () => {
        for await (const _chunk of download.body) throw new Error("Roblox dropped the upload");
      })(),
    ).rejects.toThrow("Roblox dropped the upload");
    await settle(served);
    expect(stray).toEqual([]);
  });

  it("an abort while the body is being read", async () => {
    const served = await serve((_req, res) => sendHeadAndStall(res, 8_000, 1024 * 1024));
    const abort = new AbortController();
    const download = await openDownload(served.url, { maxBytes: 1024 * 1024, signal: abort.signal });
    const reading = drain(download);
    abort.abort();
    await expect(reading).rejects.toBeDefined();
    download.cancel();
    await settle(served);
    expect(stray).toEqual([]);
  });

  it("cancel() right after the head was sniffed, the body never read", async () => {
    const served = await serve((_req, res) => sendHeadAndStall(res, 8_000, 1024 * 1024));
    const download = await openDownload(served.url, { maxBytes: 1024 * 1024 });
    download.cancel();
    download.cancel();
    await settle(served);
    expect(stray).toEqual([]);
  });

  it("the body read to its end, then cancel() as the upload service does on a later failure", async () => {
    const served = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.concat([PNG_HEAD, Buffer.alloc(20_000, 1)]));
    });
    const download = await openDownload(served.url, { maxBytes: 1024 * 1024 });
    expect(await drain(download)).toBe(20_008);
    download.cancel();
    await settle(served);
    expect(stray).toEqual([]);
  });
});

async function drain(download: Download): Promise<number> {
  let bytes = 0;
  for await (const chunk of download.body) bytes += chunk.byteLength;
  return bytes;
}
