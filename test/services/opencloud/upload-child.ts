/**
 * Runs in its own process so its memory can be measured alone: uploads a generated file of
 * UPLOAD_BYTES to the emulator at EMULATOR_URL and prints one JSON line with RSS and Buffer
 * memory (arrayBuffers) before the upload and at their peaks during it. UPLOAD_MODE=buffer reads
 * the whole file into memory first (the control that shows the measurement would catch
 * buffering). GC_EVERY_CHUNKS=n runs a collection every n chunks (needs --expose-gc).
 */
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { createOpenCloudClient } from "../../../src/services/opencloud/index.js";

const url = process.env.EMULATOR_URL ?? "";
const apiKey = process.env.EMULATOR_KEY ?? "";
const creatorId = process.env.CREATOR_ID ?? "";
const size = Number(process.env.UPLOAD_BYTES);
const mode = process.env.UPLOAD_MODE === "buffer" ? "buffer" : "stream";
const CHUNK = 64 * 1024;

const collectEvery = Number(process.env.GC_EVERY_CHUNKS ?? 0);

function* chunks(): Generator<Buffer> {
  for (let offset = 0, index = 0; offset < size; offset += CHUNK, index++) {
    // Collecting now and then keeps garbage chunks (which V8 would reclaim under pressure) out of
    // the peak, so the peak shows what the upload keeps alive.
    if (collectEvery > 0 && index % collectEvery === 0) gc?.();
    yield Buffer.alloc(Math.min(CHUNK, size - offset), index % 251);
  }
}

const hash = createHash("sha256");
function* hashed(): Generator<Buffer> {
  for (const chunk of chunks()) {
    hash.update(chunk);
    yield chunk;
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
const client = createOpenCloudClient({ apiKey, baseUrls: { apis: url, users: url } });
// Warm up: load every module and open the connection before the baseline is taken.
await client.assets.getOperation("warmup").catch(() => undefined);
gc?.();
await new Promise((resolve) => setTimeout(resolve, 50));
gc?.();
const baseline = process.memoryUsage();
let peakRss = baseline.rss;
let peakBuffers = baseline.arrayBuffers;
function sample() {
  const now = process.memoryUsage();
  peakRss = Math.max(peakRss, now.rss);
  peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
}
const sampler = setInterval(sample, 2);

const source = mode === "buffer" ? Readable.from([Buffer.concat([...hashed()])]) : Readable.from(hashed());
const operation = await client.assets.createAsset({
  assetType: "Model",
  displayName: `rss probe (${mode})`,
  description: "",
  creator: { userId: creatorId },
  file: { stream: source, size, contentType: "model/x-rbxm", fileName: "probe.rbxm" },
});
sample();
clearInterval(sampler);
await client.close();
process.stdout.write(
  `${JSON.stringify({ baselineRss: baseline.rss, peakRss, baselineBuffers: baseline.arrayBuffers, peakBuffers, operationId: operation.operationId, assetId: operation.asset?.assetId, sha256: hash.digest("hex") })}\n`,
);
