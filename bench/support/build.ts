import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");
/**
 * Under node_modules so the compiled bot resolves the project's dependencies, and git ignores it.
 * BENCH_BUILD_NAME gives two runs at once (of different code) a folder each.
 */
export const BUILD_DIR = join(
  REPO_ROOT,
  "node_modules/.cache",
  process.env.BENCH_BUILD_NAME ?? "bench-build",
);

/**
 * Compiles the bot as production runs it (plain JavaScript, no loader), so the memory figures are
 * not inflated by on-the-fly TypeScript compilation. tsc emits even when some file has type errors.
 */
export async function buildBot(): Promise<{ entry: string; warnings: string }> {
  mkdirSync(BUILD_DIR, { recursive: true });
  const tsc = join(REPO_ROOT, "node_modules/typescript/bin/tsc");
  let warnings = "";
  try {
    await promisify(execFile)(
      process.execPath,
      [tsc, "-p", "tsconfig.build.json", "--outDir", BUILD_DIR, "--sourceMap", "false"],
      { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    warnings = String((error as { stdout?: string }).stdout ?? error).slice(0, 2_000);
  }
  // node_modules is a package boundary: without this file Node would load the output as CommonJS.
  writeFileSync(join(BUILD_DIR, "package.json"), '{ "type": "module" }\n');
  const entry = join(BUILD_DIR, "src/index.js");
  if (!existsSync(entry)) throw new Error(`the bot did not compile:\n${warnings}`);
  return { entry, warnings };
}

/**
 * The Node flags production starts the bot with: those of `npm start` (package.json), which the
 * Dockerfile repeats. Every bench bot runs with them, so the figures are production's.
 */
export function productionNodeFlags(): string[] {
  const scripts = (
    JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const words = (scripts.start ?? "").split(/\s+/);
  return words.slice(words.indexOf("node") + 1).filter((word) => word.startsWith("--"));
}
