import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

export interface Table {
  title: string;
  /** Sentences printed above the table: what was measured, the target, and anything scaled down. */
  notes: string[];
  headers: string[];
  rows: string[][];
  /** One line per target: met or not, with the figure. Collected into the run's closing note. */
  verdicts?: string[];
}

const HEADER = `# Benchmark results

Written by \`npm run bench\` (see \`bench/README.md\`). The latest run comes first; earlier runs are kept below it.
The bot runs as its own compiled process. In \`ack\` and \`idle\` the emulators run in a process of their own;
in the other benchmarks they run in the bench process.
`;
const RUN_MARKER = "\n## Run ";

function renderTable(table: Table): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    `### ${table.title}`,
    "",
    ...table.notes.map((note) => `${note}`),
    ...(table.notes.length > 0 ? [""] : []),
    line(table.headers),
    line(table.headers.map(() => "---")),
    ...table.rows.map(line),
    "",
  ].join("\n");
}

export function machineLine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${process.platform} ${process.arch}`;
}

/** The machine's load averages over 1, 5 and 15 minutes, as `uptime` prints them. */
export function loadLine(load: readonly number[] = loadavg()): string {
  return load.map((value) => value.toFixed(2)).join(", ");
}

export function renderRun(startedAt: Date, durationS: number, tables: Table[], loadAtStart?: string): string {
  const closing = tables.flatMap((table) => table.verdicts ?? []).map((line) => `- ${line}`);
  return [
    `## Run ${startedAt.toISOString()}`,
    "",
    `- Machine: ${machineLine()}`,
    `- Node: ${process.version}`,
    `- Whole bench: ${durationS.toFixed(0)} s`,
    ...(loadAtStart
      ? [
          `- Load average (1, 5, 15 min; ${cpus().length} cores): ${loadAtStart} at the start, ${loadLine()} at the end`,
        ]
      : []),
    "",
    ...tables.map(renderTable),
    ...(closing.length > 0 ? ["### Against the targets", "", ...closing, ""] : []),
  ].join("\n");
}

/** Puts the new run on top of the file and keeps every earlier run below it. */
export function writeResults(file: string, run: string): void {
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  const start = previous.indexOf(RUN_MARKER);
  const earlier = start === -1 ? "" : previous.slice(start + 1);
  writeFileSync(file, `${HEADER}\n${run}\n${earlier ? `\n${earlier.trimEnd()}\n` : ""}`);
}
