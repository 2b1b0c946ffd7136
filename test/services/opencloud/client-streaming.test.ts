import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../../emulators/opencloud/index.js";

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL("./upload-child.ts", import.meta.url));
const UPLOAD_BYTES = 20_000_000;
const MB = 1024 * 1024;

let emulator: OpenCloudEmulator;
beforeAll(async () => {
  // The emulator runs here; the uploading client runs in a child process measured on its own.
  emulator = await startOpenCloudEmulator({ seed: 5, operationPolls: 0 });
});
afterAll(async () => {
  await emulator.close();
});

interface Measurement {
  operationId: string;
  assetId?: string;
  sha256: string;
  rssGrowthMb: number;
  bufferGrowthMb: number;
}

async function upload(mode: "stream" | "buffer", gcEveryChunks: number): Promise<Measurement> {
  const { stdout } = await run(process.execPath, ["--expose-gc", "--import", "tsx", CHILD], {
    cwd: fileURLToPath(new URL("../../..", import.meta.url)),
    env: {
      ...process.env,
      EMULATOR_URL: emulator.url,
      EMULATOR_KEY: emulator.adminKey,
      CREATOR_ID: emulator.world.subjects.admin.userId,
      UPLOAD_BYTES: String(UPLOAD_BYTES),
      UPLOAD_MODE: mode,
      GC_EVERY_CHUNKS: String(gcEveryChunks),
    },
    timeout: 60_000,
  });
  const raw = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as {
    baselineRss: number;
    peakRss: number;
    baselineBuffers: number;
    peakBuffers: number;
    operationId: string;
    assetId?: string;
    sha256: string;
  };
  const measurement = {
    ...raw,
    rssGrowthMb: (raw.peakRss - raw.baselineRss) / MB,
    bufferGrowthMb: (raw.peakBuffers - raw.baselineBuffers) / MB,
  };
  console.log(
    `${mode} upload of 20 MB (gc every ${gcEveryChunks || "-"} chunks): RSS +${measurement.rssGrowthMb.toFixed(1)} MB, Buffers +${measurement.bufferGrowthMb.toFixed(1)} MB`,
  );
  return measurement;
}

/**
 * Chunks already sent are garbage that V8 frees lazily (on external-memory pressure), which makes
 * RSS wander by tens of MB run to run. Collecting every 16 chunks (1 MiB) takes that noise out so
 * the peak shows what the upload keeps alive; the control proves the same setup sees buffering.
 */
describe("streaming upload", () => {
  it("uploads 20 MB while the process's peak RSS grows by far less than 20 MB, and the server gets every byte", async () => {
    emulator.clearRequests();
    const streamed = await upload("stream", 16);
    expect(streamed.rssGrowthMb).toBeLessThan(8);
    expect(streamed.bufferGrowthMb).toBeLessThan(4);
    expect(emulator.countRequests({ method: "POST", path: "/assets/v1/assets" })).toBe(1);
    const asset = streamed.assetId === undefined ? undefined : emulator.world.assets.get(streamed.assetId);
    expect(asset?.contentSize).toBe(UPLOAD_BYTES);
    expect(asset?.contentSha256).toBe(streamed.sha256);
  });

  it("control: the same measurement sees a client that buffers the file first", async () => {
    const buffered = await upload("buffer", 16);
    expect(buffered.bufferGrowthMb).toBeGreaterThan(UPLOAD_BYTES / MB - 1);
  });
});
