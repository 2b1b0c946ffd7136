import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { guildList, parseHostLine } from "../../bench/host/protocol.js";
import { botNodeArgs, forcedGcMemory, readAckProbe } from "../../bench/support/botProcess.js";
import { startChild } from "../../bench/support/childProcess.js";
import { areaOf, type CpuProfile, summariseProfile } from "../../bench/support/cpuProfile.js";
import { diffHeapGroups } from "../../bench/support/heapSnapshot.js";
import { cpuSince, parseProcStat, readCpuTime } from "../../bench/support/procCpu.js";

describe("bench CPU time from /proc", () => {
  it("reads utime and stime after a command name holding spaces and parentheses", () => {
    const line =
      "4242 (node (bench) x) S 1 4242 4242 0 -1 4194304 9000 0 0 0 731 129 0 0 20 0 11 0 123456 1000000 20000 18446744073709551615";
    expect(parseProcStat(line)).toEqual({ utime: 731, stime: 129 });
  });

  it("refuses a line that is not a stat line", () => {
    expect(() => parseProcStat("no parentheses here")).toThrow(/stat line/);
    expect(() => parseProcStat("1 (x) S 1")).toThrow(/no CPU times/);
  });

  it("agrees with the process's own count of its CPU time (ticks converted to ms)", () => {
    const fromProc = readCpuTime(process.pid);
    const own = process.cpuUsage();
    const after = readCpuTime(process.pid);
    expect(fromProc.userMs).toBeGreaterThan(0);
    // /proc counts in clock ticks (10 ms): the two agree to within a few ticks.
    expect(Math.abs(fromProc.userMs - own.user / 1_000)).toBeLessThan(100);
    expect(Math.abs(fromProc.systemMs - own.system / 1_000)).toBeLessThan(100);
    const spent = cpuSince(fromProc, after);
    expect(spent.userMs).toBeGreaterThanOrEqual(0);
  });
});

describe("bench emulator host protocol", () => {
  it("parses its messages and ignores stray log lines", () => {
    expect(parseHostLine('{"kind":"reply","id":3,"ok":true,"result":{"failed":0}}')).toEqual({
      kind: "reply",
      id: 3,
      ok: true,
      result: { failed: 0 },
    });
    expect(parseHostLine('{"level":30,"msg":"listening"}')).toBeNull();
    expect(parseHostLine("Discord emulator listening")).toBeNull();
    expect(parseHostLine('{"kind":"reply",')).toBeNull();
  });

  it("seeds distinct guild IDs", () => {
    const ids = guildList(2_500).map((guild) => guild.id);
    expect(new Set(ids).size).toBe(2_500);
  });
});

describe("bench CPU profile summary", () => {
  const frame = (functionName: string, url: string, lineNumber = 0) => ({
    functionName,
    url,
    lineNumber,
    columnNumber: 0,
  });
  const build = "file:///repo/node_modules/.cache/bench-build/src/events/interactionCreate.js";
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame("(root)", ""), children: [2, 3, 5] },
      { id: 2, callFrame: frame("(idle)", "") },
      { id: 3, callFrame: frame("onInteraction", build, 9), children: [4] },
      {
        id: 4,
        callFrame: frame("makeRequest", "file:///repo/node_modules/@discordjs/rest/dist/index.js", 65),
      },
      { id: 5, callFrame: frame("(garbage collector)", "") },
    ],
    startTime: 1_000_000,
    endTime: 1_010_000,
    // Samples at 1,001,000 (idle), 1,002,000 and 1,004,000 (our handler), 1,007,000 (rest), 1,009,000 (GC).
    samples: [2, 3, 3, 4, 5],
    timeDeltas: [1_000, 1_000, 2_000, 3_000, 2_000],
  };

  it("gives self and total time per function, each sample lasting until the next", () => {
    const summary = summariseProfile(profile);
    expect(summary.sampledMs).toBe(9);
    expect(summary.busyMs).toBe(8);
    const byName = Object.fromEntries(summary.functions.map((f) => [f.name.split(" ")[0], f]));
    expect(byName.onInteraction).toMatchObject({ area: "ours", selfMs: 5, totalMs: 7 });
    expect(byName.onInteraction?.name).toBe("onInteraction (src/events/interactionCreate.js:10)");
    expect(byName.makeRequest).toMatchObject({ area: "@discordjs/rest", selfMs: 2, totalMs: 2 });
    expect(summary.areas).toEqual([
      { area: "ours", selfMs: 5 },
      { area: "@discordjs/rest", selfMs: 2 },
      { area: "(garbage collector)", selfMs: 1 },
    ]);
  });

  it("keeps only the samples inside a window", () => {
    const summary = summariseProfile(profile, [1_003_500, 1_007_500]);
    expect(summary.sampledMs).toBe(5);
    expect(summary.areas).toEqual([
      { area: "ours", selfMs: 3 },
      { area: "@discordjs/rest", selfMs: 2 },
    ]);
  });

  it("names the area of Node's internals and its bundled undici", () => {
    expect(areaOf(frame("connect", "node:net"))).toBe("node");
    expect(areaOf(frame("writeH1", "node:internal/deps/undici/undici"))).toBe("node:undici");
    expect(areaOf(frame("Headers", "file:///repo/node_modules/undici/lib/web/fetch/headers.js"))).toBe(
      "undici",
    );
    expect(areaOf(frame("main", "file:///repo/bench/bareClient.ts"))).toBe("ours");
  });

  it("counts undici's WebAssembly parser as undici and a named build folder as ours", () => {
    expect(areaOf(frame("wasm-function[20]", "wasm://wasm/00034eea"))).toBe("undici (llhttp wasm)");
    expect(areaOf(frame("route", "file:///repo/node_modules/.cache/bench-build-perf/src/bot.js"))).toBe(
      "ours",
    );
  });
});

describe("bench heap snapshot diff", () => {
  it("orders what grew by its own size and counts objects that appeared or went", () => {
    const group = (key: string, count: number, selfSize: number) => [key, { key, count, selfSize }] as const;
    const before = new Map([group("(object) Role", 10, 1_000), group("(string)", 100, 5_000)]);
    const after = new Map([
      group("(object) Role", 12, 1_200),
      group("(string)", 90, 4_500),
      group("(object) SequentialHandler", 3, 3_000),
    ]);
    expect(diffHeapGroups(before, after).map((row) => [row.key, row.countDelta, row.sizeDelta])).toEqual([
      ["(object) SequentialHandler", 3, 3_000],
      ["(object) Role", 2, 200],
      ["(string)", -10, -500],
    ]);
  });
});

describe("bench ack probe", () => {
  it("notes each request a client writes, with its CPU and the interaction it acknowledges", async () => {
    const server = createServer((_req, res) => res.end("{}"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const script = `
      const { request } = await import(${JSON.stringify(import.meta.resolve("undici"))});
      for (const path of ["/api/v10/interactions/123/tok/callback", "/api/v10/webhooks/1/tok/messages/@original"])
        await (await request("http://127.0.0.1:${port}" + path, { method: "POST", body: "{}" })).body.text();
      console.log("sent");
      setInterval(() => {}, 1000);`;
    const child = startChild([...botNodeArgs({ ackProbe: true }), "--input-type=module", "-e", script], {});
    try {
      await child.waitForLine(/^sent$/, 20_000);
      const requests = await readAckProbe(child);
      expect(requests.map((request) => request.callback)).toEqual(["123", null]);
      expect(requests[0]?.cpuUs).toBeGreaterThan(0);
      expect(requests[1]?.atUs).toBeGreaterThanOrEqual(requests[0]?.atUs ?? Number.NaN);
      expect(await readAckProbe(child)).toEqual([]);
    } finally {
      await child.stop();
      server.close();
    }
  });

  it("cannot share SIGUSR2 with the GC hook", () => {
    expect(() => botNodeArgs({ ackProbe: true, gcHook: true })).toThrow(/SIGUSR2/);
  });
});

describe("bench GC hook", () => {
  it("collects garbage and reports memory when the process gets SIGUSR2", async () => {
    const args = botNodeArgs({ gcHook: true });
    expect(args.slice(0, 2)).toEqual(["--expose-gc", "--import"]);
    const child = startChild([...args, "-e", "setInterval(() => {}, 1000); console.log('up')"], {});
    try {
      await child.waitForLine(/^up$/, 10_000);
      const memory = await forcedGcMemory(child, 10_000);
      expect(memory.rss).toBeGreaterThan(memory.heapUsed);
      expect(memory.heapUsed).toBeGreaterThan(0);
      expect(memory.heapTotal).toBeGreaterThanOrEqual(memory.heapUsed);
    } finally {
      await child.stop();
    }
  });
});
