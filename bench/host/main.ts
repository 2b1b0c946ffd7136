/**
 * The emulator host: Open Cloud and Discord emulators in a process of their own, so the bench's
 * measurements of the bot (and of the bare client) do not share a CPU budget with the emulators'
 * work. Options come as JSON in BENCH_HOST_OPTIONS; see protocol.ts for the line protocol on stdin/stdout.
 */
import { createInterface } from "node:readline";
import { startDiscordEmulator } from "../../test/emulators/discord/index.js";
import { startOpenCloudEmulator } from "../../test/emulators/opencloud/index.js";
import { emulatorEnv } from "../../test/support/emulatorEnv.js";
import {
  guildList,
  type HostOptions,
  type HostReady,
  type HostReply,
  type HostRequest,
  type StatsResult,
} from "./protocol.js";
import { runCommands } from "./run.js";

const options = JSON.parse(process.env.BENCH_HOST_OPTIONS ?? "{}") as HostOptions;
const roblox = await startOpenCloudEmulator({ seed: 1, webLimits: options.webLimits ?? "off" });
const discord = await startDiscordEmulator({
  heartbeatIntervalMs: (options.heartbeatSeconds ?? 5) * 1_000,
  ...(options.guilds && options.guilds > 1 ? { guilds: guildList(options.guilds) } : {}),
});

const write = (message: HostReady | HostReply) => process.stdout.write(`${JSON.stringify(message)}\n`);

function count<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function stats(): StatsResult {
  const cpu = process.cpuUsage();
  return {
    cpu: { userMs: cpu.user / 1_000, systemMs: cpu.system / 1_000 },
    rss: process.memoryUsage.rss(),
    discordRequests: count(discord.requests, (r) => `${r.method} ${r.route}`),
    robloxRequests: count(roblox.requests, (r) => `${r.method} ${r.family}`),
  };
}

async function answer(request: HostRequest): Promise<unknown> {
  if (request.op === "run") return runCommands(discord, request);
  if (request.op === "stats") return stats();
  if (request.op === "endpoint") return discord.setInteractionsEndpoint(request.url);
  throw new Error(`unknown op ${(request as { op: unknown }).op}`);
}

createInterface({ input: process.stdin }).on("line", (line) => {
  let request: HostRequest;
  try {
    request = JSON.parse(line) as HostRequest;
  } catch {
    return;
  }
  answer(request).then(
    (result) => write({ kind: "reply", id: request.id, ok: true, result }),
    (error: unknown) =>
      write({
        kind: "reply",
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});

const stop = () => {
  void Promise.allSettled([discord.close(), roblox.close()]).then(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
// The bench closing the pipe (or dying) ends the host too.
process.stdin.once("end", stop);

write({
  kind: "ready",
  pid: process.pid,
  discordUrl: discord.url,
  robloxUrl: roblox.url,
  env: emulatorEnv(discord, roblox),
  guildIds: discord.guilds.map((guild) => guild.id),
  subjects: Object.fromEntries(
    Object.entries(roblox.world.subjects).map(([name, subject]) => [name, subject.username]),
  ),
  verifyKey: discord.verifyKey,
});
