/**
 * The line protocol between the bench and the emulator host process (`bench/host/main.ts`): one JSON
 * object per line each way. The host writes `ready` once, then one `reply` per request, in any order.
 */

/** What the host starts: both emulators, with the options a benchmark needs (JSON only). */
export interface HostOptions {
  /** Guilds to seed, spread over shard 0 as Discord would; default 1. */
  guilds?: number;
  /** Seconds between gateway heartbeats; default 5. */
  heartbeatSeconds?: number;
  /**
   * Roblox's per-IP limits on its public web APIs (users, thumbnails, …); default "off", so thousands of
   * commands from one address measure the bot's own cost rather than the throttle (`realistic` covers that).
   */
  webLimits?: "realistic" | "off";
}

export interface HostReady {
  kind: "ready";
  pid: number;
  discordUrl: string;
  robloxUrl: string;
  /** The bot's environment variables pointing at both emulators (token, key, URLs). */
  env: Record<string, string>;
  guildIds: string[];
  /** Usernames of the seeded Roblox subjects, by name (`smallUser`, …). */
  subjects: Record<string, string>;
  /** The application's public key (hex), which signs HTTP interactions. */
  verifyKey: string;
}

/** Saves the Interactions Endpoint URL (after Discord's PING and bad-signature checks), or clears it. */
export interface EndpointRequest {
  op: "endpoint";
  url: string | null;
}

/** Dispatches `count` slash commands, each from a different member, and waits for each one. */
export interface RunRequest {
  op: "run";
  count: number;
  command: { name: string; options: Record<string, string | number | boolean> };
  /** Member IDs are this snowflake plus the command's index. */
  userIdBase: string;
  /** "ack": until the defer or reply callback; "final": until the response is no longer "thinking…". */
  waitFor: "ack" | "final";
  /** Send in groups of this many, each group waited for before the next (default: all at once). */
  batch?: number;
  /** Instead of groups: one command every spreadSeconds / count, then wait for all. */
  spreadSeconds?: number;
  /** Round-robin the commands over the seeded guilds (default: the first guild). */
  spreadGuilds?: boolean;
  timeoutMs?: number;
}

export interface RunResult {
  /** Dispatch → acknowledgement of each acknowledged command, in ms (emulator clock). */
  ackMs: number[];
  /** Commands not acknowledged (or not finished, for "final") within the timeout. */
  failed: number;
  seconds: number;
  /** When each interaction (by ID) was sent on the gateway, CLOCK_MONOTONIC µs. */
  dispatchedUs: Record<string, number>;
}

/** The host's own cost and what the emulators saw so far. */
export interface StatsRequest {
  op: "stats";
}

export interface StatsResult {
  cpu: { userMs: number; systemMs: number };
  rss: number;
  /** Requests the bot made, by "METHOD route" (Discord) and "METHOD family" (Open Cloud). */
  discordRequests: Record<string, number>;
  robloxRequests: Record<string, number>;
}

export type HostRequest = (RunRequest | StatsRequest | EndpointRequest) & { id: number };

export type HostReply =
  | { kind: "reply"; id: number; ok: true; result: unknown }
  | { kind: "reply"; id: number; ok: false; error: string };

/** Parses a line from the host; anything that is not one of its messages (a stray log line) is null. */
export function parseHostLine(line: string): HostReady | HostReply | null {
  if (!line.startsWith("{")) return null;
  try {
    const value = JSON.parse(line) as { kind?: unknown };
    return value.kind === "ready" || value.kind === "reply" ? (value as HostReady | HostReply) : null;
  } catch {
    return null;
  }
}

/** Guild IDs spread over shard 0 as Discord would (any ID works for one shard). */
export function guildList(count: number): Array<{ id: string; name: string }> {
  return Array.from({ length: count }, (_, i) => ({
    id: String(((BigInt(i) + 1n) << 22n) + 1_000_000_000_000_000n),
    name: `Bench guild ${i + 1}`,
  }));
}
