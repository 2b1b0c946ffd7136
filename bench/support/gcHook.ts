/**
 * Preloaded into the bot (`node --expose-gc --import <this file>`) by the bench only: on SIGUSR2 it
 * runs a full garbage collection and prints the process's memory on one line, so growth is read
 * after a forced GC rather than whenever V8 chose to collect. Nothing in the bot knows about it.
 * Plain Node runs it (type stripping), so it uses only erasable TypeScript and Node built-ins.
 */
import { writeSync } from "node:fs";

export const GC_LINE_PREFIX = "BENCH_GC ";

const collect = (globalThis as { gc?: (options?: { type: "major"; execution: "sync" }) => void }).gc;

process.on("SIGUSR2", () => {
  if (!collect) {
    writeSync(2, "BENCH_GC unavailable: start node with --expose-gc\n");
    return;
  }
  // Twice: the first pass can leave objects whose finalizers free more on the second.
  collect();
  collect();
  const memory = process.memoryUsage();
  writeSync(
    1,
    `${GC_LINE_PREFIX}${JSON.stringify({
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      heapTotal: memory.heapTotal,
      external: memory.external,
      arrayBuffers: memory.arrayBuffers,
    })}\n`,
  );
});
