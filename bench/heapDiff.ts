/**
 * Compares two V8 heap snapshots (the idle benchmark writes them with `--heap-snapshot`): what kind of
 * objects grew, by count and by their own size.
 *
 *   npm run bench:heap-diff -- <before.heapsnapshot> <after.heapsnapshot> [--top 30]
 */
import { diffHeapGroups, groupHeapSnapshot } from "./support/heapSnapshot.js";

const [before, after] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (!before || !after) {
  console.error("usage: npx tsx bench/heapDiff.ts <before.heapsnapshot> <after.heapsnapshot> [--top 30]");
  process.exit(2);
}
const topAt = process.argv.indexOf("--top");
const top = topAt === -1 ? 30 : Number(process.argv[topAt + 1]);
const rows = diffHeapGroups(groupHeapSnapshot(before), groupHeapSnapshot(after));
const total = rows.reduce((sum, row) => sum + row.sizeDelta, 0);
console.log(`heap self size growth: ${(total / 1024 / 1024).toFixed(2)} MiB`);
for (const row of rows.slice(0, top))
  console.log(
    `${(row.sizeDelta / 1024).toFixed(0).padStart(9)} KiB ${String(row.countDelta).padStart(8)} objects  ${row.key}`,
  );
