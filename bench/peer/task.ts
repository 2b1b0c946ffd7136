/** What a peer-comparison child is asked to do, read from its environment, and how it answers. */
export interface PeerTask {
  mode: "list" | "upload";
  url: string;
  apiKey: string;
  userId: string;
  filePath: string;
}

export function readTask(): PeerTask {
  const env = process.env;
  return {
    mode: env.PEER_MODE === "upload" ? "upload" : "list",
    url: env.PEER_URL ?? "",
    apiKey: env.PEER_API_KEY ?? "",
    userId: env.PEER_USER_ID ?? "",
    filePath: env.PEER_FILE ?? "",
  };
}

/** Runs the task and prints one JSON line: wall time, result size, RSS before and at peak. */
export async function report(work: () => Promise<number>): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const count = await work();
  const wallMs = performance.now() - t0;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ wallMs, count, rssBefore, peakRss }));
}
