import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderRun, type Table, writeResults } from "../../bench/support/results.js";
import { ratio, summarize } from "../../bench/support/stats.js";

describe("bench statistics", () => {
  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(summarize(values)).toEqual({ n: 200, p50: 100, p99: 198, max: 200 });
    expect(summarize([7])).toEqual({ n: 1, p50: 7, p99: 7, max: 7 });
    expect(summarize([]).p50).toBeNaN();
  });

  it("writes ratios and refuses a zero baseline", () => {
    expect(ratio(3, 2)).toBe("1.50×");
    expect(ratio(3, 0)).toBe("n/a");
  });
});

describe("bench results file", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const table = (figure: string): Table => ({
    title: "T",
    notes: [],
    headers: ["a"],
    rows: [[figure]],
    verdicts: [`figure ${figure}`],
  });

  it("puts the latest run first and keeps the earlier ones below", () => {
    dir = mkdtempSync(join(tmpdir(), "bench-results-"));
    const file = join(dir, "RESULTS.md");
    writeResults(file, renderRun(new Date("2026-01-01T00:00:00Z"), 1, [table("first")]));
    writeResults(file, renderRun(new Date("2026-01-02T00:00:00Z"), 1, [table("second")]));
    const text = readFileSync(file, "utf8");
    expect(text.match(/^# Benchmark results/gm)).toHaveLength(1);
    const second = text.indexOf("## Run 2026-01-02");
    const first = text.indexOf("## Run 2026-01-01");
    expect(second).toBeGreaterThan(0);
    expect(first).toBeGreaterThan(second);
    expect(text).toContain("| second |");
    expect(text).toContain("- figure first");
    expect(text).toContain(`- Node: ${process.version}`);
  });
});
