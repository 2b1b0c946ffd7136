import type { Config } from "../../config.js";
import { createStores } from "../../store/index.js";
import type { DoctorFinding } from "./finding.js";
import { describeRedis, readRedisFacts } from "./redis.js";

export async function checkStore(config: Config): Promise<DoctorFinding[]> {
  try {
    const stores = await createStores(config.storeUrl);
    let redis: DoctorFinding[] = [];
    try {
      await stores.ping();
      if (stores.redis) redis = describeRedis(await readRedisFacts(stores.redis));
    } finally {
      await stores.close();
    }
    return [
      { ok: true, subject: "Store", detail: `${config.storeUrl.split("://")[0]} store answers` },
      ...redis,
    ];
  } catch (error) {
    return [
      {
        ok: false,
        subject: "Store",
        detail: `the store at STORE_URL does not work: ${(error as Error).message}`,
        fix: "For SQLite, make sure the folder is writable; for Redis, that the server runs and the URL is right.",
      },
    ];
  }
}
