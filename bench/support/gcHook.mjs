/**
 * Preloaded into the bot (`node --expose-gc --import <this file>`) by the bench only: on SIGUSR2 it
 * runs a full garbage collection and prints the process's memory on one line, so growth is read
 * after a forced GC rather than whenever V8 chose to collect. With BENCH_HEAP_DIR set it also writes
 * a heap snapshot there after the collection (heap-1.heapsnapshot, heap-2…), for bench/heapDiff.ts.
 * Nothing in the bot knows about it.
 * Plain JavaScript on purpose: a .ts preload makes Node load its type stripper (about 20 MiB of RSS)
 * into the very process being measured. The line prefix is GC_LINE_PREFIX in botProcess.ts.
 */
import { writeSync } from "node:fs";
import { join } from "node:path";
import { getHeapSpaceStatistics, writeHeapSnapshot } from "node:v8";

const heapDir = process.env.BENCH_HEAP_DIR;
let snapshots = 0;

process.on("SIGUSR2", () => {
  const collect = globalThis.gc;
  if (typeof collect !== "function") {
    writeSync(2, "BENCH_GC unavailable: start node with --expose-gc\n");
    return;
  }
  // Twice: the first pass can leave objects whose finalizers free more on the second.
  collect();
  collect();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  // Committed and used bytes of each V8 heap space: where heapTotal exceeds heapUsed.
  const spaces = Object.fromEntries(
    getHeapSpaceStatistics().map((space) => [space.space_name, [space.space_size, space.space_used_size]]),
  );
  // Memory is read before the snapshot: writing one allocates a lot outside the heap.
  const snapshot = heapDir ? writeHeapSnapshot(join(heapDir, `heap-${++snapshots}.heapsnapshot`)) : null;
  writeSync(
    1,
    `BENCH_GC ${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers, spaces, snapshot })}\n`,
  );
});
