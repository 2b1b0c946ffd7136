import { once } from "node:events";
import { createServer, type IncomingMessage, request, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BodyTooLargeError, readBody } from "./body.js";
import { matchPath, matchRoute } from "./route.js";
import { sendJson } from "./send.js";

describe("route matching", () => {
  const routes = [
    { method: "GET", pattern: /^\/v1\/users\/(?<user>\d+)$/, name: "get user" },
    { method: "PATCH", pattern: "/webhooks/:app/:token/messages/@original", name: "edit original" },
  ];

  it("takes named groups from a RegExp and parameters from a template", () => {
    expect(matchRoute(routes, "GET", "/v1/users/42")).toEqual({ route: routes[0], params: { user: "42" } });
    expect(matchRoute(routes, "PATCH", "/webhooks/1/abc/messages/@original")).toEqual({
      route: routes[1],
      params: { app: "1", token: "abc" },
    });
  });

  it("compares template segments with the decoded path, as discord.js escapes them", () => {
    expect(
      matchPath("/webhooks/:app/:token/messages/@original", "/webhooks/1/a%20b/messages/%40original"),
    ).toEqual({
      app: "1",
      token: "a b",
    });
    expect(matchPath("/webhooks/:app", "/webhooks/1/extra")).toBeUndefined();
  });

  it("tells a path served under another method (405) from an unknown one (404)", () => {
    expect(matchRoute(routes, "DELETE", "/v1/users/42")).toEqual({ route: undefined, pathKnown: true });
    expect(matchRoute(routes, "GET", "/v1/groups/42")).toEqual({ route: undefined, pathKnown: false });
  });
});

describe("body reading and JSON answers", () => {
  let server: ReturnType<typeof createServer> | undefined;
  afterEach(() => server?.close());

  async function serve(
    handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  ): Promise<number> {
    server = createServer((req, res) => {
      void handler(req, res);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    return (server.address() as AddressInfo).port;
  }

  function post(
    port: number,
    body: Buffer,
  ): Promise<{ status: number; type: string; extra: string | undefined; text: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ port, host: "127.0.0.1", method: "POST", path: "/" }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers["content-type"]),
            extra: res.headers["x-extra"] as string | undefined,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  it("reads a body within the limit and answers JSON with its length", async () => {
    const port = await serve(async (req, res) => {
      const body = await readBody(req, { limit: 16 });
      sendJson(res, 201, { echoed: body.toString("utf8") }, { headers: { "x-extra": "1" } });
    });
    const answer = await post(port, Buffer.from("hello"));
    expect(answer).toEqual({
      status: 201,
      type: "application/json",
      extra: "1",
      text: '{"echoed":"hello"}',
    });
  });

  it("past the limit drains the rest, so the client still gets the answer", async () => {
    let error: unknown;
    const port = await serve(async (req, res) => {
      error = await readBody(req, { limit: 16 }).catch((caught: unknown) => caught);
      sendJson(res, 400, { error: "too large" }, { contentType: "application/json; charset=utf-8" });
    });
    const answer = await post(port, Buffer.alloc(64 * 1024, 1));
    expect(answer).toEqual({
      status: 400,
      type: "application/json; charset=utf-8",
      extra: undefined,
      text: '{"error":"too large"}',
    });
    expect(error).toBeInstanceOf(BodyTooLargeError);
  });
});
