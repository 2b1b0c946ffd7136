// Starts every inventory read at once through our client with a scaled limiter (child of bench/rateBudget.ts).
import {
  createOpenCloudClient,
  InProcessRateLimiter,
  rateLimitsWith,
} from "../../src/services/opencloud/index.js";

const env = process.env;
const url = env.RATE_URL ?? "";
const limit = Number(env.RATE_LIMIT);
const windowMs = Number(env.RATE_WINDOW_MS);
const requests = Number(env.RATE_REQUESTS);
const client = createOpenCloudClient({
  apiKey: env.RATE_API_KEY ?? "",
  baseUrls: { apis: url, users: url },
  limiter: new InProcessRateLimiter({ limits: rateLimitsWith({ inventory: { limit, windowMs } }) }),
});

const t0 = performance.now();
const results = await Promise.allSettled(
  Array.from({ length: requests }, () =>
    client.inventory.listInventoryPage(env.RATE_USER_ID ?? "", { maxPageSize: 100 }),
  ),
);
const wallMs = performance.now() - t0;
const ok = results.filter((r) => r.status === "fulfilled").length;
console.log(JSON.stringify({ wallMs, ok, failed: requests - ok }));
await client.close();
