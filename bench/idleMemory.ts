import { startBotChild } from "./support/childProcess.js";
import { startEmulators } from "./support/emulators.js";
import { settledRss } from "./support/procMemory.js";
import type { Table } from "./support/results.js";
import { mib } from "./support/stats.js";

/** Guild IDs the emulator spreads over shard 0 as Discord would (any ID works for one shard). */
function guildList(count: number): Array<{ id: string; name: string }> {
  return Array.from({ length: count }, (_, i) => ({
    id: String(((BigInt(i) + 1n) << 22n) + 1_000_000_000_000_000n),
    name: `Bench guild ${i + 1}`,
  }));
}

async function idleWith(entry: string, guilds: number, interactions: number) {
  const emulators = await startEmulators({ discord: { guilds: guildList(guilds) } });
  const subject = emulators.roblox.world.subjects.smallUser;
  const bot = await startBotChild(entry, emulators.botEnv());
  try {
    const afterReady = await settledRss(bot.pid, 3_000);
    let failed = 0;
    const t0 = performance.now();
    const batch = 100;
    for (let sent = 0; sent < interactions; sent += batch) {
      const handles = Array.from({ length: Math.min(batch, interactions - sent) }, (_, i) =>
        emulators.discord.runCommand({
          name: "user",
          options: { user: subject.username },
          user: { id: String(600000000000000000n + BigInt(sent + i)), username: `m${sent + i}` },
          guildId: emulators.discord.guilds[(sent + i) % guilds]?.id ?? null,
        }),
      );
      const results = await Promise.allSettled(handles.map((h) => h.waitFor((m) => !m.loading, 20_000)));
      failed += results.filter((r) => r.status === "rejected").length;
    }
    const seconds = (performance.now() - t0) / 1_000;
    const afterWork = interactions > 0 ? await settledRss(bot.pid, 3_000) : Number.NaN;
    return { afterReady, afterWork, failed, seconds };
  } finally {
    await bot.stop();
    await emulators.close();
  }
}

export async function measureIdleMemory(entry: string, interactions: number): Promise<Table> {
  const one = await idleWith(entry, 1, 0);
  const many = await idleWith(entry, 2_500, interactions);
  return {
    title: "4. Idle memory (bot process RSS)",
    notes: [
      "RSS of the compiled bot process, settled 3 s after the event, lowest of five readings 100 ms apart (no forced GC).",
      `The interactions are /user commands from ${interactions.toLocaleString("en-US")} different members spread over the 2,500 guilds, 100 at a time, each waited for to its final reply (${many.seconds.toFixed(0)} s; ${many.failed} did not finish). Target: no growth beyond caches with limits.`,
    ],
    headers: [
      "guilds",
      "after ready MiB",
      `after ${interactions.toLocaleString("en-US")} interactions MiB`,
      "growth MiB",
    ],
    verdicts: [
      `Idle memory: ${mib(one.afterReady)} MiB with 1 guild, ${mib(many.afterReady)} MiB with 2,500 guilds; after ${interactions.toLocaleString("en-US")} interactions ${mib(many.afterWork)} MiB (${many.afterWork - many.afterReady <= 16 * 1024 * 1024 ? "MET" : "CHECK"}: growth ${mib(many.afterWork - many.afterReady)} MiB, taken as bounded when ≤ 16 MiB).`,
    ],
    rows: [
      ["1", mib(one.afterReady), "—", "—"],
      ["2,500", mib(many.afterReady), mib(many.afterWork), mib(many.afterWork - many.afterReady)],
    ],
  };
}
