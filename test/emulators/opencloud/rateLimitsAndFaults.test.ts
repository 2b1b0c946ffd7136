import { afterEach, describe, expect, it } from "vitest";
import { type OpenCloudEmulator, type OpenCloudEmulatorOptions, startOpenCloudEmulator } from "./index.js";

let emu: OpenCloudEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function start(options: OpenCloudEmulatorOptions): Promise<OpenCloudEmulator> {
  emu = await startOpenCloudEmulator(options);
  return emu;
}

const userPath = (e: OpenCloudEmulator) => `${e.url}/cloud/v2/users/${e.world.subjects.smallUser.userId}`;
const inventoryPath = (e: OpenCloudEmulator) =>
  `${e.url}/cloud/v2/users/${e.world.subjects.smallUser.userId}/inventory-items`;

describe("rate limits", () => {
  it("uses the spec's per-minute numbers by default and answers 429 with headers when exhausted", async () => {
    const e = await start({});
    const headers = { "x-api-key": e.adminKey };
    const first = await fetch(inventoryPath(e), { headers });
    expect(first.headers.get("x-ratelimit-limit")).toBe("100, 100;w=60");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("99");
    await first.arrayBuffer();
    for (let i = 0; i < 99; i++) await (await fetch(inventoryPath(e), { headers })).arrayBuffer();
    const limited = await fetch(inventoryPath(e), { headers });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("x-ratelimit-reset"))).toBeLessThanOrEqual(60);
    expect(await limited.json()).toEqual({ code: "RESOURCE_EXHAUSTED", message: expect.any(String) });
    // Another family has its own budget.
    expect((await fetch(userPath(e), { headers })).status).toBe(200);
  });

  it("shares the budget between all keys of one owner, not between owners", async () => {
    const e = await start({ rateLimits: { users: { limit: 2, windowMs: 60_000 } } });
    const admin = e.world.subjects.admin.userId;
    const secondKey = e.world.apiKeyFor(admin, ["asset:read"]);
    const statuses = [];
    for (const key of [e.adminKey, secondKey, e.adminKey]) {
      const res = await fetch(userPath(e), { headers: { "x-api-key": key } });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    const other = await fetch(userPath(e), { headers: { "x-api-key": e.world.subjects.keys.noScopes } });
    expect(other.status).toBe(200);
  });

  it("opens a new window after windowMs", async () => {
    const e = await start({ rateLimits: { users: { limit: 1, windowMs: 300 } } });
    const headers = { "x-api-key": e.adminKey };
    expect((await fetch(userPath(e), { headers })).status).toBe(200);
    expect((await fetch(userPath(e), { headers })).status).toBe(429);
    await new Promise((r) => setTimeout(r, 350));
    expect((await fetch(userPath(e), { headers })).status).toBe(200);
  });

  it("can be switched off", async () => {
    const e = await start({ rateLimits: "off" });
    const res = await fetch(userPath(e), { headers: { "x-api-key": e.adminKey } });
    expect(res.headers.get("x-ratelimit-limit")).toBeNull();
  });
});

describe("fault injection", () => {
  it("answers the next N matching requests with 5xx, then recovers", async () => {
    const e = await start({ faults: { status5xx: { count: 2, status: 503, path: /inventory-items/ } } });
    const headers = { "x-api-key": e.adminKey };
    expect((await fetch(userPath(e), { headers })).status).toBe(200); // path does not match
    const failed = await fetch(inventoryPath(e), { headers });
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ code: "UNAVAILABLE", message: expect.any(String) });
    expect((await fetch(inventoryPath(e), { headers })).status).toBe(503);
    expect((await fetch(inventoryPath(e), { headers })).status).toBe(200);
    expect(e.countRequests({ path: /inventory-items/ })).toBe(3);
  });

  it("runs a 429 storm with retry-after", async () => {
    const e = await start({});
    e.setFaults({ storm429: { count: 3, retryAfterSeconds: 7 } });
    const headers = { "x-api-key": e.adminKey };
    for (let i = 0; i < 3; i++) {
      const res = await fetch(userPath(e), { headers });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("7");
      await res.arrayBuffer();
    }
    expect((await fetch(userPath(e), { headers })).status).toBe(200);
  });

  it("drops connections without an answer", async () => {
    const e = await start({ faults: { dropConnections: { count: 1 } } });
    await expect(fetch(userPath(e), { headers: { "x-api-key": e.adminKey } })).rejects.toThrow();
    expect((await fetch(userPath(e), { headers: { "x-api-key": e.adminKey } })).status).toBe(200);
    expect(e.requests[0]?.status).toBe(0);
  });

  it("adds latency and streams bodies slowly; setFaults({}) clears", async () => {
    const e = await start({ faults: { latencyMs: 150 } });
    const headers = { "x-api-key": e.adminKey };
    let t = performance.now();
    await (await fetch(userPath(e), { headers })).arrayBuffer();
    expect(performance.now() - t).toBeGreaterThanOrEqual(140);
    e.setFaults({ slowBodyMs: 200 });
    t = performance.now();
    const res = await fetch(userPath(e), { headers });
    const body = (await res.json()) as { id: string };
    expect(body.id).toBe(e.world.subjects.smallUser.userId);
    expect(performance.now() - t).toBeGreaterThanOrEqual(150);
    e.setFaults({});
    t = performance.now();
    await (await fetch(userPath(e), { headers })).arrayBuffer();
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe("per-key throttles", () => {
  it("throttles Get Operation per single key (100 per 60 s by the spec), besides the owner's budget", async () => {
    const e = await start({ keyThrottles: { operations: { limit: 2, windowMs: 60_000 } } });
    const other = e.world.apiKeyFor(e.world.subjects.admin.userId, ["asset:read"]);
    const poll = async (key: string) => {
      const res = await fetch(`${e.url}/assets/v1/operations/none`, { headers: { "x-api-key": key } });
      await res.arrayBuffer();
      return res;
    };
    expect((await poll(e.adminKey)).status).not.toBe(429);
    expect((await poll(e.adminKey)).status).not.toBe(429);
    const throttled = await poll(e.adminKey);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another key of the same owner has its own throttle (the owner's 300/min is far away).
    expect((await poll(other)).status).not.toBe(429);
  });
});

describe("per-IP limits of the public web APIs", () => {
  const lookup = (e: OpenCloudEmulator, names: string[]) =>
    fetch(`${e.url}/v1/usernames/users`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ usernames: names }),
    });

  it("are on by default with conservative numbers (one username lookup per 90 s), 429 with retry-after", async () => {
    const e = await start({});
    const name = e.world.subjects.smallUser.username;
    expect((await lookup(e, [name])).status).toBe(200);
    const limited = await lookup(e, [name]);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(60);
    expect(await limited.json()).toEqual({ errors: [{ code: 0, message: "TooManyRequests" }] });
    // Families have their own budgets; an API key does not lift a per-IP limit.
    const thumbs = await fetch(`${e.url}/v1/assets?assetIds=1&size=150x150&format=Png`);
    expect(thumbs.status).toBe(200);
  });

  it("can be configured per family, sent without retry-after, or turned off", async () => {
    const e = await start({
      webLimits: { catalog: { limit: 1, windowMs: 60_000 } },
      webLimitRetryAfter: false,
    });
    const details = () =>
      fetch(`${e.url}/v1/catalog/items/details`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ items: [{ itemType: "Asset", id: 1 }] }),
      });
    expect((await details()).status).toBe(403); // the x-csrf-token answer still counts
    const limited = await details();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeNull();
    const name = e.world.subjects.smallUser.username;
    for (let i = 0; i < 3; i++) expect((await lookup(e, [name])).status).toBe(200);
    e.setWebLimits("off");
    expect((await details()).status).toBe(403);
  });

  it("answers Pending (imageUrl null) first for about a quarter of the thumbnails", async () => {
    const e = await start({ webLimits: "off" });
    const ids = e.world
      .inventoryOf(e.world.subjects.richUser.userId)
      .flatMap((entry) => (entry.kind === "asset" ? [entry.assetId] : []))
      .slice(0, 40);
    const states = async () => {
      const res = await fetch(`${e.url}/v1/assets?assetIds=${ids.join(",")}&size=150x150&format=Png`);
      return ((await res.json()) as { data: Array<{ state: string; imageUrl: string | null }> }).data;
    };
    const first = await states();
    const pending = first.filter((t) => t.state === "Pending");
    expect(pending.length).toBeGreaterThan(2);
    expect(pending.length).toBeLessThan(30);
    expect(pending.every((t) => t.imageUrl === null)).toBe(true);
    expect((await states()).every((t) => t.state === "Completed")).toBe(true);
    // The mixed batch endpoint answers per requestId, the same way.
    const batch = await fetch(`${e.url}/v1/batch`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([
        { requestId: "a", targetId: Number(ids[0]), type: "Asset", size: "150x150", format: "Png" },
        { requestId: "b", targetId: 1, type: "BadgeIcon", size: "150x150", format: "Png" },
      ]),
    });
    const answered = ((await batch.json()) as { data: Array<{ requestId: string; state: string }> }).data;
    expect(answered.map((t) => [t.requestId, t.state])).toEqual([
      ["a", "Completed"],
      ["b", "Error"],
    ]);
  });
});
