import { oneOf, wholeNumber } from "./formats.js";

/** The scheduled role sync: how often, and how much of the Roblox budget it may take. */
export const ROLE_SYNC_VARIABLES = {
  ROLE_SYNC_ON_LINK: oneOf(["on", "off"], "on"),
  ROLE_SYNC_INTERVAL: wholeNumber("minutes", 0, 7 * 24 * 60, 360),
  ROLE_SYNC_RESERVE_PERCENT: wholeNumber("percent", 0, 90, 20),
  ROLE_SYNC_OWNERSHIP_PER_MINUTE: wholeNumber("members a minute", 0, 80, 30),
};

interface RoleSyncEnv {
  readonly ROLE_SYNC_ON_LINK: "on" | "off";
  readonly ROLE_SYNC_INTERVAL: number;
  readonly ROLE_SYNC_RESERVE_PERCENT: number;
  readonly ROLE_SYNC_OWNERSHIP_PER_MINUTE: number;
}

export function roleSyncOf(env: RoleSyncEnv) {
  return {
    /** Whether a member who links is synced at once in the server they linked from. */
    onLink: env.ROLE_SYNC_ON_LINK === "on",
    /** Milliseconds between two scheduled passes over every linked member; 0: no schedule. */
    intervalMs: env.ROLE_SYNC_INTERVAL * 60_000,
    /** The share (0 to 1) of each Roblox budget the scheduled sync leaves to commands. */
    reserve: env.ROLE_SYNC_RESERVE_PERCENT / 100,
    /** Members whose ownership binds the rolling reconcile re-checks a minute (inventory calls); 0: off. */
    ownershipPerMinute: env.ROLE_SYNC_OWNERSHIP_PER_MINUTE,
  };
}
