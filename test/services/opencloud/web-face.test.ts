import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  createOpenCloudClient,
  type OpenCloudClient,
  OpenCloudError,
  type WebFamily,
  type WebGate,
} from "../../../src/services/opencloud/index.js";

const API_KEY = "web-face-test-key-0123456789";

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

type Answer = (seen: Seen, res: ServerResponse) => void;

const sendJson = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

const USER = { id: "1", name: "Builder", displayName: "Builder", createTime: "2010-01-01T00:00:00Z" };

/** One loopback origin for every Roblox host, counting the connections it accepts. */
async function startRoblox(answer: Answer) {
  const seen: Seen[] = [];
  let connections = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const entry = { method: req.method ?? "", path: req.url ?? "", headers: req.headers };
      seen.push(entry);
      answer(entry, res);
    });
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createOpenCloudClient({
    apiKey: API_KEY,
    baseUrls: { apis: url, users: url, catalog: url, badges: url, thumbnails: url },
    retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
    // One socket per origin: a second pool anywhere in the client would show as a second socket.
    connectionsPerOrigin: 1,
    webGate: gate,
  });
  opened.push(async () => {
    await client.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { client, seen, connections: () => connections };
}

const passes: WebFamily[] = [];
const gate: WebGate = {
  run: (family, send) => {
    passes.push(family);
    return send();
  },
};

const opened: Array<() => Promise<void>> = [];
afterEach(async () => {
  passes.length = 0;
  for (const close of opened.splice(0)) await close();
});

async function everyFace(client: OpenCloudClient) {
  await client.users.getUser("1");
  await client.items.badgeName("5");
  await client.users.resolveUsernames(["Builder"]);
  await client.items.thumbnails("asset", ["9"]);
  await client.users.getUser("1");
}

describe("the Roblox client's public web face", () => {
  it("shares one connection pool with Open Cloud: one socket per origin serves both faces", async () => {
    const roblox = await startRoblox((seen, res) => {
      if (seen.path.startsWith("/cloud/v2/users/")) return sendJson(res, 200, USER);
      if (seen.path.startsWith("/v1/badges/")) return sendJson(res, 200, { displayName: "Badge" });
      return sendJson(res, 200, { data: [] });
    });
    await everyFace(roblox.client);
    expect(roblox.seen).toHaveLength(5);
    expect(roblox.connections()).toBe(1);
    expect(passes).toEqual(["badges", "usernames", "thumbnails"]);
  });

  it("sends no credentials, and a failure is a typed error with the key scrubbed out", async () => {
    const roblox = await startRoblox((_seen, res) =>
      sendJson(res, 500, { errors: [{ code: 0, message: `upstream saw ${API_KEY}` }] }),
    );
    const failure = await roblox.client.items.badgeName("7").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenCloudError);
    expect(failure).toMatchObject({ kind: "unavailable", status: 500 });
    expect(String((failure as Error).message)).not.toContain(API_KEY);
    expect(String((failure as Error).message)).toContain("[redacted]");
    // A badge lookup is not repeated after a 5xx: the page shows without the name.
    expect(roblox.seen).toHaveLength(1);
    for (const request of roblox.seen) {
      expect(request.headers["x-api-key"]).toBeUndefined();
      expect(request.headers.authorization).toBeUndefined();
    }
  });

  it("answers the catalog's x-csrf-token handshake, each request passing the family's gate", async () => {
    const roblox = await startRoblox((seen, res) => {
      if (seen.headers["x-csrf-token"] !== "token-1")
        return sendJson(res, 403, {}, { "x-csrf-token": "token-1" });
      return sendJson(res, 200, { data: [{ id: 11, name: "Hat" }] });
    });
    expect(await roblox.client.items.assetNames(["11"])).toEqual(new Map([["11", "Hat"]]));
    expect(roblox.seen.map((request) => request.headers["x-csrf-token"])).toEqual([undefined, "token-1"]);
    expect(passes).toEqual(["catalog", "catalog"]);

    // The token is kept: the next lookup is one request.
    await roblox.client.items.assetNames(["11"]);
    expect(roblox.seen).toHaveLength(3);
    expect(passes).toHaveLength(3);
  });

  it("gives up after one repeat when the catalog keeps refusing the token", async () => {
    const roblox = await startRoblox((_seen, res) =>
      sendJson(res, 403, {}, { "x-csrf-token": "never-good" }),
    );
    const failure = await roblox.client.items.assetNames(["11"]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenCloudError);
    expect(failure).toMatchObject({ kind: "permission_denied", status: 403 });
    expect(roblox.seen).toHaveLength(2);
  });
});
