import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Stores } from "../store/index.js";

/** The domain services handlers call; each owns its HTTP clients, caches and store state. */
export type Services = Record<string, never>;

export function createServices(_config: Config, _logger: Logger, _stores: Stores): Services {
  return {};
}

export async function closeServices(_services: Services): Promise<void> {}
