/**
 * Preloaded into the bot (`node --expose-gc --import <this file>`) by the bench only: on SIGUSR2 it
 * runs a full garbage collection and prints the process's memory on one line, so growth is read
 * after a forced GC rather than whenever V8 chose to collect. Nothing in the bot knows about it.
 * Plain JavaScript on purpose: a .ts preload makes Node load its type stripper (about 20 MiB of RSS)
 * into the very process being measured. The line prefix is GC_LINE_PREFIX in botProcess.ts.
 */
import { writeSync } from "node:fs";

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
  writeSync(1, `BENCH_GC ${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers })}\n`);
});
