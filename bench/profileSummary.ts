/**
 * Summarises a V8 CPU profile (`npm run bench -- ack --cpu-prof` leaves them in bench/profiles/):
 * self time per area (our code, each package, Node, GC), then the top functions by self and by total time.
 *
 *   npx tsx bench/profileSummary.ts <file.cpuprofile> [--window burst|steady] [--top 25]
 *
 * `--window` keeps only the samples inside a bench phase, read from the `<file>.windows.json` the ack
 * benchmark writes next to each profile (the profile and the bench share the monotonic clock).
 */
import { existsSync, readFileSync } from "node:fs";
import { type CpuProfile, type FunctionCost, summariseProfile } from "./support/cpuProfile.js";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

const file = process.argv
  .slice(2)
  .find((arg, i, args) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!file) {
  console.error(
    "usage: npx tsx bench/profileSummary.ts <file.cpuprofile> [--window burst|steady] [--top 25]",
  );
  process.exit(2);
}
const top = Number(option("--top") ?? 25);
const windowName = option("--window");
let window: [number, number] | undefined;
if (windowName) {
  const windowsFile = `${file}.windows.json`;
  if (!existsSync(windowsFile))
    throw new Error(`no ${windowsFile}: --window needs a profile from the ack benchmark`);
  window = (JSON.parse(readFileSync(windowsFile, "utf8")) as Record<string, [number, number]>)[windowName];
  if (!window) throw new Error(`no window "${windowName}" in ${windowsFile}`);
}

const summary = summariseProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, window);
const ms = (value: number) => value.toFixed(1).padStart(9);
const share = (value: number) => `${((100 * value) / (summary.busyMs || 1)).toFixed(1).padStart(5)}%`;
const list = (title: string, rows: FunctionCost[], key: "selfMs" | "totalMs") => {
  console.log(`\n${title}`);
  for (const row of rows.slice(0, top))
    console.log(`${ms(row[key])} ms ${share(row[key])}  ${row.area.padEnd(22)} ${row.name}`);
};

console.log(
  `${file}${windowName ? ` (window ${windowName})` : ""}: ${summary.sampledMs.toFixed(0)} ms sampled, ${summary.busyMs.toFixed(0)} ms busy (shares below are of busy time)`,
);
console.log("\nself time by area");
for (const { area, selfMs } of summary.areas) console.log(`${ms(selfMs)} ms ${share(selfMs)}  ${area}`);
list(
  `top ${top} functions by self time`,
  [...summary.functions].sort((a, b) => b.selfMs - a.selfMs),
  "selfMs",
);
list(
  `top ${top} functions by total time`,
  [...summary.functions].sort((a, b) => b.totalMs - a.totalMs),
  "totalMs",
);
