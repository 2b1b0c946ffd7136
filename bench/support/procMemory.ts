import { readFileSync } from "node:fs";

export interface ProcessMemory {
  /** Resident set size now, in bytes. */
  rss: number;
  /** Peak resident set size since the process started (VmHWM), in bytes. */
  peak: number;
}

/** Reads a Linux process's memory from /proc; works for any process we started. */
export function readProcessMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string): number => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  };
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

/** Samples a process's RSS every `intervalMs` until stopped; returns the highest value seen. */
export function sampleRss(pid: number, intervalMs = 20): { stop(): number } {
  let highest = readProcessMemory(pid).rss;
  const timer = setInterval(() => {
    try {
      highest = Math.max(highest, readProcessMemory(pid).rss);
    } catch {
      // The process ended; keep what was seen.
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return highest;
    },
  };
}

/** Lets the process settle: waits, then reads RSS a few times and keeps the lowest (after GC noise). */
export async function settledRss(pid: number, waitMs = 1_500): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  let lowest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    lowest = Math.min(lowest, readProcessMemory(pid).rss);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return lowest;
}
