import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { createOpenCloudClient } from "../../src/services/opencloud/index.js";
import { FileTooLargeError, openDownload } from "../../src/services/uploads/download.js";

// Garbage waiting for the collector is not memory the upload holds: collect before each sample.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const servers: Server[] = [];

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

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

/** Writes `total` bytes (PNG signature first) in 64 KiB slices, honouring backpressure; reports what it wrote. */
function generate(res: ServerResponse, total: number, written: { bytes: number; closed: boolean }): void {
  const first = Buffer.alloc(64 * 1024, 1);
  PNG_HEAD.copy(first);
  const rest = Buffer.alloc(64 * 1024, 1);
  const pump = (): void => {
    while (written.bytes < total && !written.closed) {
      const size = Math.min(rest.length, total - written.bytes);
      const chunk = (written.bytes === 0 ? first : rest).subarray(0, size);
      written.bytes += size;
      if (!res.write(chunk)) {
        res.once("drain", pump);
        return;
      }
    }
    if (!written.closed) res.end();
  };
  res.on("close", () => {
    written.closed = true;
  });
  pump();
}

describe("streamed download", () => {
  it("stops reading a file without a length at the limit", async () => {
    const written = { bytes: 0, closed: false };
    const base = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "image/png" });
      generate(res, 50 * 1024 * 1024, written);
    });
    const download = await openDownload(new URL(`${base}/file`), { maxBytes: 256 * 1024 });
    expect(download.contentLength).toBeUndefined();
    let received = 0;
    await expect(
      (async () => {
        for await (const chunk of download.body) received += chunk.byteLength;
      })(),
    ).rejects.toBeInstanceOf(FileTooLargeError);
    expect(received).toBeLessThanOrEqual(256 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(written.closed).toBe(true);
    // The connection was dropped: the server got nowhere near writing the 50 MB.
    expect(written.bytes).toBeLessThan(10 * 1024 * 1024);
  });

  it("refuses a file whose announced length is over the limit without reading it", async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { "content-length": String(30 * 1024 * 1024) });
      res.write(PNG_HEAD);
    });
    await expect(openDownload(new URL(`${base}/file`), { maxBytes: 1024 })).rejects.toBeInstanceOf(
      FileTooLargeError,
    );
  });

  it("streams 20 MB from the CDN into the upload with memory growing far less than the file", async () => {
    const size = 20 * 1024 * 1024;
    const cdn = await serve((req, res) => {
      const bytes = Number(req.url?.slice(1));
      res.writeHead(200, { "content-type": "image/png", "content-length": String(bytes) });
      generate(res, bytes, { bytes: 0, closed: false });
    });
    let uploaded = 0;
    const roblox = await serve((req, res) => {
      req.on("data", (chunk: Buffer) => {
        uploaded += chunk.byteLength;
      });
      req.on("end", () => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ path: "operations/abc", operationId: "abc", done: false }));
      });
    });
    const client = createOpenCloudClient({
      apiKey: "test-key-0123456789abcdef",
      baseUrls: { apis: roblox, users: roblox },
    });
    const upload = async (bytes: number) => {
      const download = await openDownload(new URL(`${cdn}/${bytes}`), { maxBytes: size });
      return client.assets.createAsset({
        assetType: "Decal",
        displayName: "big",
        description: "",
        creator: { userId: "1" },
        file: { stream: download.body, size: bytes, contentType: "image/png", fileName: "big.png" },
      });
    };
    try {
      // A small upload first, so one-time costs (code, connection pools, allocator arenas) are not counted.
      await upload(2 * 1024 * 1024);
      uploaded = 0;
      collectGarbage();
      const baseline = process.memoryUsage();
      let peakRss = baseline.rss;
      let peakBuffers = baseline.arrayBuffers;
      const sampler = setInterval(() => {
        collectGarbage();
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
      }, 10);
      const operation = await upload(size);
      clearInterval(sampler);
      expect(operation.operationId).toBe("abc");
      expect(uploaded).toBeGreaterThan(size);
      const rssGrowth = peakRss - baseline.rss;
      const bufferGrowth = peakBuffers - baseline.arrayBuffers;
      console.info(
        `20 MB upload: peak RSS +${(rssGrowth / 1048576).toFixed(1)} MB, peak ArrayBuffers +${(bufferGrowth / 1048576).toFixed(1)} MB`,
      );
      // Buffering the file would add at least 20 MB to both; streaming keeps it to a few socket buffers.
      expect(bufferGrowth).toBeLessThan(6 * 1024 * 1024);
      expect(rssGrowth).toBeLessThan(12 * 1024 * 1024);
    } finally {
      await client.close();
    }
  });
});
