import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import type { Services } from "./services/index.js";
import type { Stores } from "./store/index.js";

/** Everything a handler may use, built once in the composition root and passed down. */
export interface AppContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly stores: Stores;
  readonly services: Services;
}
