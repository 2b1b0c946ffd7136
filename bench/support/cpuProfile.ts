/** Reads V8 `.cpuprofile` files (what `node --cpu-prof` writes) into self and total time per function. */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  /** µs on the monotonic clock (CLOCK_MONOTONIC on Linux, the same as process.hrtime). */
  startTime: number;
  endTime: number;
  /** Node id of each sample. */
  samples: number[];
  /** µs from the previous sample (the first: from startTime). */
  timeDeltas: number[];
}

export interface FunctionCost {
  /** "name (file:line)" */
  name: string;
  /** Where the code lives: "ours", a package name, "node", or V8's own "(garbage collector)", "(idle)", … */
  area: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  /** Sampled time inside the window, ms. */
  sampledMs: number;
  /** Time not idle, ms. */
  busyMs: number;
  functions: FunctionCost[];
  /** Self time per area, highest first. */
  areas: Array<{ area: string; selfMs: number }>;
}

/** The bot's build folder (bench-build, or bench-build-<name> with BENCH_BUILD_NAME). */
const BUILD_FOLDER = /\/bench-build[^/]*\//;

/** Shortens a script URL to a path the reader recognises: the bot's build and node_modules are cut. */
export function shortLocation(url: string): string {
  const path = url.replace(/^file:\/\//, "");
  const build = BUILD_FOLDER.exec(path);
  if (build) return path.slice(build.index + build[0].length);
  const modules = path.lastIndexOf("/node_modules/");
  if (modules !== -1) return path.slice(modules + "/node_modules/".length);
  return path;
}

/** "ours" for the project's code (the bot's build, the bench), the package for dependencies, "node" for Node's internals. */
export function areaOf(frame: CpuProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  // Node's bundled copy of undici (its fetch) is worth telling apart from the rest of Node.
  const bundled = /^node:internal\/deps\/([^/]+)/.exec(url);
  if (bundled) return `node:${bundled[1]}`;
  if (url.startsWith("node:")) return "node";
  // undici's HTTP parser (llhttp) is WebAssembly; no other wasm runs in the bot.
  if (url.startsWith("wasm://")) return "undici (llhttp wasm)";
  // The compiled bot lives under node_modules/.cache/bench-build, so that test comes first.
  if (BUILD_FOLDER.test(url)) return "ours";
  return url.includes("/node_modules/") ? packageOf(url) : "ours";
}

function packageOf(path: string): string {
  const rest = path.slice(path.lastIndexOf("/node_modules/") + "/node_modules/".length).split("/");
  return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1] ?? ""}` : (rest[0] ?? "unknown");
}

function frameName(frame: CpuProfileNode["callFrame"]): string {
  const name = frame.functionName || "(anonymous)";
  return frame.url === "" ? name : `${name} (${shortLocation(frame.url)}:${frame.lineNumber + 1})`;
}

/**
 * Self time (the sample's own function) and total time (every distinct function on its stack) per
 * function, from the samples whose time falls in `window` ([start, end] µs, the profile's clock).
 * A sample lasts until the next one, as DevTools counts it.
 */
export function summariseProfile(profile: CpuProfile, window?: readonly [number, number]): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const costs = new Map<string, FunctionCost>();
  const cost = (node: CpuProfileNode): FunctionCost => {
    const name = frameName(node.callFrame);
    let entry = costs.get(name);
    if (!entry) {
      entry = { name, area: areaOf(node.callFrame), selfMs: 0, totalMs: 0 };
      costs.set(name, entry);
    }
    return entry;
  };

  const times: number[] = [];
  let at = profile.startTime;
  for (const delta of profile.timeDeltas) {
    at += delta;
    times.push(at);
  }
  let sampledMs = 0;
  let idleMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const time = times[i] ?? profile.endTime;
    if (window && (time < window[0] || time > window[1])) continue;
    const durationMs = Math.max(0, (times[i + 1] ?? profile.endTime) - time) / 1_000;
    const node = byId.get(profile.samples[i] ?? -1);
    if (!node) continue;
    sampledMs += durationMs;
    if (node.callFrame.functionName === "(idle)") {
      idleMs += durationMs;
      continue;
    }
    cost(node).selfMs += durationMs;
    const onStack = new Set<FunctionCost>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id);
      if (!frame || frame.callFrame.functionName === "(root)") continue;
      onStack.add(cost(frame));
    }
    for (const entry of onStack) entry.totalMs += durationMs;
  }

  const areas = new Map<string, number>();
  for (const entry of costs.values()) areas.set(entry.area, (areas.get(entry.area) ?? 0) + entry.selfMs);
  return {
    sampledMs,
    busyMs: sampledMs - idleMs,
    functions: [...costs.values()],
    areas: [...areas.entries()]
      .map(([area, selfMs]) => ({ area, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}
