import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTsChild } from "./support/childProcess.js";
import { startEmulators } from "./support/emulators.js";
import { fbxFile, MIB, writeFile } from "./support/files.js";
import type { Table } from "./support/results.js";
import { median, mib, ms, ratio } from "./support/stats.js";

interface Sample {
  wallMs: number;
  count: number;
  rssBefore: number;
  peakRss: number;
  requests: number;
}

const CLIENTS = [
  { name: "ours (src/services/opencloud)", file: "bench/peer/ourClient.ts" },
  { name: "OpenBlox 1.0.62", file: "bench/peer/openbloxClient.ts" },
];

export async function measurePeerClient(repeats: number): Promise<Table> {
  const dir = mkdtempSync(join(tmpdir(), "bench-peer-"));
  const filePath = writeFile(join(dir, "bench.fbx"), fbxFile(20 * MIB));
  // Limits off on the server and both clients: this compares HTTP clients, not limiters.
  const emulators = await startEmulators({ opencloud: { rateLimits: "off", operationPolls: 0 } });
  const { richUser, admin } = emulators.roblox.world.subjects;
  const samples = new Map<string, Sample[]>();
  try {
    for (let round = 0; round < repeats; round++) {
      for (const mode of ["list", "upload"] as const) {
        for (const client of CLIENTS) {
          emulators.roblox.clearRequests();
          const child = startTsChild(client.file, {
            PEER_MODE: mode,
            PEER_URL: emulators.roblox.url,
            PEER_API_KEY: emulators.roblox.adminKey,
            PEER_USER_ID: mode === "list" ? richUser.userId : admin.userId,
            PEER_FILE: filePath,
          });
          const line = await child.waitForLine(/^\{"wallMs"/, 120_000);
          await child.exited;
          const result = JSON.parse(line) as Omit<Sample, "requests">;
          const key = `${mode}|${client.name}`;
          samples.set(key, [
            ...(samples.get(key) ?? []),
            { ...result, requests: emulators.roblox.requests.length },
          ]);
        }
      }
    }
  } finally {
    await emulators.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const rows: string[][] = [];
  for (const mode of ["list", "upload"] as const) {
    const baseline = samples.get(`${mode}|${CLIENTS[1]?.name}`) ?? [];
    for (const client of CLIENTS) {
      const list = samples.get(`${mode}|${client.name}`) ?? [];
      const wall = median(list.map((s) => s.wallMs));
      const growth = median(list.map((s) => s.peakRss - s.rssBefore));
      const baseWall = median(baseline.map((s) => s.wallMs));
      const baseGrowth = median(baseline.map((s) => s.peakRss - s.rssBefore));
      rows.push([
        mode === "list" ? "list 10,000 items" : "upload 20 MiB",
        client.name,
        ms(wall),
        ratio(wall, baseWall),
        String(median(list.map((s) => s.requests))),
        mib(median(list.map((s) => s.peakRss))),
        mib(growth),
        ratio(growth, baseGrowth),
        String(median(list.map((s) => s.count))),
      ]);
    }
  }
  const verdicts = (["list", "upload"] as const).map((mode) => {
    const ours = samples.get(`${mode}|${CLIENTS[0]?.name}`) ?? [];
    const peer = samples.get(`${mode}|${CLIENTS[1]?.name}`) ?? [];
    const wall = ratio(median(ours.map((s) => s.wallMs)), median(peer.map((s) => s.wallMs)));
    const growth = ratio(
      median(ours.map((s) => s.peakRss - s.rssBefore)),
      median(peer.map((s) => s.peakRss - s.rssBefore)),
    );
    return `Peer (${mode}): wall time ${wall} of OpenBlox's, memory growth ${growth}, requests ${median(ours.map((s) => s.requests))} vs ${median(peer.map((s) => s.requests))}.`;
  });
  return {
    verdicts,
    title: "5. Open Cloud client against a peer (OpenBlox)",
    notes: [
      `Each client runs in its own child process (through the tsx loader, both alike) against the same Open Cloud emulator; medians of ${repeats} runs. Rate limits are off on the emulator and on our client's limiter (OpenBlox has none), so this compares the HTTP clients; the operation is done in the create answer.`,
      "OpenBlox is pointed at the emulator through its own documented hook (`config.http.adapter`), with an adapter that rewrites the `*.roblox.com` origin and otherwise does what its fetch adapter does; no OpenBlox code is patched. OpenBlox reads the file into a Blob before sending; ours streams it with an exact Content-Length.",
      "Ratios are ours ÷ OpenBlox (below 1 is better for us). Memory: peak RSS of the child, and growth = peak − RSS after loading the library.",
    ],
    headers: [
      "task",
      "client",
      "wall ms",
      "vs OpenBlox",
      "requests",
      "peak RSS MiB",
      "growth MiB",
      "growth vs OpenBlox",
      "result (items / done)",
    ],
    rows,
  };
}
