import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export interface CpuTime {
  /** Milliseconds of CPU spent in user mode since the process started. */
  userMs: number;
  /** Milliseconds of CPU spent in the kernel on the process's behalf. */
  systemMs: number;
}

let ticksPerSecond: number | undefined;

/** The kernel's clock tick (USER_HZ), the unit of /proc/<pid>/stat times; 100 on every common Linux. */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * utime and stime (fields 14 and 15) of a /proc/<pid>/stat line, in ticks. The command name (field 2)
 * is in parentheses and may itself hold spaces or parentheses, so the fields are counted from the last ")".
 */
export function parseProcStat(line: string): { utime: number; stime: number } {
  const close = line.lastIndexOf(")");
  if (close === -1) throw new Error("not a /proc/<pid>/stat line");
  // After ")": state is field 3, so utime (14) and stime (15) are at offsets 11 and 12.
  const fields = line
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error("no CPU times in the stat line");
  return { utime, stime };
}

/** CPU time a Linux process has used so far (any process we can read, including our children). */
export function readCpuTime(pid: number): CpuTime {
  const { utime, stime } = parseProcStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  const msPerTick = 1_000 / clockTicks();
  return { userMs: utime * msPerTick, systemMs: stime * msPerTick };
}

export function cpuSince(before: CpuTime, after: CpuTime): CpuTime {
  return { userMs: after.userMs - before.userMs, systemMs: after.systemMs - before.systemMs };
}

/** Starts counting a set of processes' CPU time; `stop` gives each one's use over the interval. */
export function cpuMeter(pids: Readonly<Record<string, number>>): { stop(): Record<string, CpuTime> } {
  const read = (): Record<string, CpuTime> =>
    Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, readCpuTime(pid)]));
  const before = read();
  return {
    stop() {
      const after = read();
      return Object.fromEntries(
        Object.entries(after).map(([name, time]) => [name, cpuSince(before[name] ?? time, time)]),
      );
    },
  };
}

/** "1,234 ms (user 1,000 + sys 234)" */
export function describeCpu(time: CpuTime): string {
  const f = (value: number) => Math.round(value).toLocaleString("en-US");
  return `${f(time.userMs + time.systemMs)} (${f(time.userMs)} + ${f(time.systemMs)})`;
}

/**
 * Waits until a process has gone quiet: under `quietMs` of CPU over one `intervalMs` (after ready,
 * discord.js still builds its guild cache from the GUILD_CREATEs that follow READY). Resolves with
 * the time waited; gives up after `timeoutMs`.
 */
export async function waitForQuiet(
  pid: number,
  { intervalMs = 1_000, quietMs = 20, timeoutMs = 120_000 } = {},
): Promise<number> {
  const started = performance.now();
  const used = () => {
    const time = readCpuTime(pid);
    return time.userMs + time.systemMs;
  };
  let last = used();
  while (performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const now = used();
    if (now - last < quietMs) break;
    last = now;
  }
  return performance.now() - started;
}
