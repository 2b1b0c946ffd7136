// Lists an inventory or uploads a file through our Open Cloud client (child process of the peer benchmark).
import { createReadStream, statSync } from "node:fs";
import {
  createOpenCloudClient,
  InProcessRateLimiter,
  rateLimitsWith,
} from "../../src/services/opencloud/index.js";
import { readTask, report } from "./task.js";

const task = readTask();
// The comparison is of HTTP clients, so the limits are off on both sides; bench/rateBudget.ts measures ours.
const limiter = new InProcessRateLimiter({
  limits: rateLimitsWith({ inventory: undefined, "assets-write": undefined }),
});
const client = createOpenCloudClient({
  apiKey: task.apiKey,
  baseUrls: { apis: task.url, users: task.url },
  limiter,
});

await report(async () => {
  if (task.mode === "list") {
    let items = 0;
    for await (const page of client.inventory.iterateInventoryPages(task.userId)) items += page.items.length;
    return items;
  }
  const size = statSync(task.filePath).size;
  const operation = await client.assets.createAsset({
    assetType: "Model",
    displayName: "Bench model",
    description: "peer benchmark",
    creator: { userId: task.userId },
    file: { stream: createReadStream(task.filePath), size, contentType: "model/fbx", fileName: "bench.fbx" },
  });
  return operation.done ? 1 : 0;
});
await client.close();
