import { type DiscordEmulator, startDiscordEmulator } from "../../test/emulators/discord/index.js";
import type { DiscordEmulatorOptions } from "../../test/emulators/discord/types.js";
import {
  type OpenCloudEmulator,
  type OpenCloudEmulatorOptions,
  startOpenCloudEmulator,
} from "../../test/emulators/opencloud/index.js";
import { emulatorEnv } from "../../test/support/emulatorEnv.js";

export interface Emulators {
  readonly discord: DiscordEmulator;
  readonly roblox: OpenCloudEmulator;
  /** The bot's environment pointing at both emulators, as production config reads it. */
  botEnv(extra?: Readonly<Record<string, string>>): Record<string, string>;
  close(): Promise<void>;
}

export async function startEmulators(
  options: { opencloud?: OpenCloudEmulatorOptions; discord?: DiscordEmulatorOptions } = {},
): Promise<Emulators> {
  const roblox = await startOpenCloudEmulator({ seed: 1, ...options.opencloud });
  const discord = await startDiscordEmulator({ heartbeatIntervalMs: 5_000, ...options.discord });
  return {
    discord,
    roblox,
    botEnv: (extra = {}) => ({
      NODE_ENV: "production",
      LOG_LEVEL: "info",
      ...emulatorEnv(discord, roblox),
      STORE_URL: "memory://",
      ...extra,
    }),
    async close() {
      await Promise.allSettled([discord.close(), roblox.close()]);
    },
  };
}
