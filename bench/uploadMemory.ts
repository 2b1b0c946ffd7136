import { seededGuildIds } from "../test/support/emulatorEnv.js";
import { forcedGcMemory, startBotProcess } from "./support/botProcess.js";
import { startEmulators } from "./support/emulators.js";
import { glbFile, MIB } from "./support/files.js";
import { sampleRss, settledRss } from "./support/procMemory.js";
import type { Table } from "./support/results.js";
import { median, mib, ms } from "./support/stats.js";

const SIZES_MIB = [1, 5, 10, 20];

export async function measureUploadMemory(entry: string, repeats: number): Promise<Table> {
  const emulators = await startEmulators({ opencloud: { operationPolls: 1 } });
  const admin = emulators.roblox.world.subjects.admin;
  // The GC hook only answers SIGUSR2 (read after each upload): V8 collects as it would without it.
  const bot = await startBotProcess(
    entry,
    emulators.botEnv({
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: seededGuildIds(emulators.discord),
      UPLOAD_COOLDOWN_SECONDS: "0",
    }),
    { gcHook: true },
  );
  const growth = new Map<number, number[]>();
  /** RSS after a forced GC right after the upload − RSS after a forced GC before it. */
  const kept = new Map<number, number[]>();
  const wall = new Map<number, number[]>();
  let idle = 0;
  let failures = 0;
  let warmupGrowth = Number.NaN;
  try {
    idle = await settledRss(bot.pid, 2_000);
    let member = 0;
    // One unmeasured upload of the largest size first: the first large upload of a process compiles
    // the streaming path's hot code and sizes the allocator's and V8's spaces once; its growth (which a
    // GC does not take back, and which later uploads do not repeat) is reported apart.
    const warmupGcBefore = (await forcedGcMemory(bot)).rss;
    const warmupSize = Math.max(...SIZES_MIB) * MIB;
    await emulators.discord
      .runCommand({
        name: "upload",
        options: {
          file: emulators.discord.addAttachment({ name: "warmup.glb", data: glbFile(warmupSize) }),
        },
        user: { id: "499999999999999999" },
        attachmentSizeLimit: 25 * MIB,
      })
      .waitFor((m) => !m.loading && JSON.stringify(m.embeds).includes("Uploaded to Roblox"), 60_000);
    warmupGrowth = (await forcedGcMemory(bot)).rss - warmupGcBefore;
    for (let round = 0; round < repeats; round++) {
      for (const size of SIZES_MIB) {
        const attachment = emulators.discord.addAttachment({
          name: `model${size}.glb`,
          data: glbFile(size * MIB),
        });
        const beforeGc = (await forcedGcMemory(bot)).rss;
        const before = await settledRss(bot.pid, 500);
        const sampler = sampleRss(bot.pid, 10);
        const t0 = performance.now();
        const finished = await emulators.discord
          .runCommand({
            name: "upload",
            options: { file: attachment },
            user: { id: String(500000000000000000n + BigInt(++member)) },
            attachmentSizeLimit: 25 * MIB,
          })
          .waitFor(
            (m) =>
              !m.loading && /Uploaded to Roblox|failed|could not/i.test(JSON.stringify(m.embeds) + m.content),
            60_000,
          )
          .catch(() => undefined);
        const elapsed = performance.now() - t0;
        const peak = sampler.stop();
        if (!finished || !JSON.stringify(finished.embeds).includes("Uploaded to Roblox")) failures++;
        growth.set(size, [...(growth.get(size) ?? []), peak - before]);
        const afterGc = await forcedGcMemory(bot);
        kept.set(size, [...(kept.get(size) ?? []), afterGc.rss - beforeGc]);
        wall.set(size, [...(wall.get(size) ?? []), elapsed]);
      }
    }
  } finally {
    await bot.stop();
    await emulators.close();
  }
  return {
    title: "3. Upload memory (bot process RSS while uploading)",
    notes: [
      `One bot process; /upload of GLB models of each size from the emulator's CDN to the Open Cloud emulator, ${repeats} times each, after one unmeasured ${Math.max(...SIZES_MIB)} MiB warm-up upload (it grew RSS after GC by ${mib(warmupGrowth)} MiB, once). Growth = highest RSS sampled every 10 ms during the upload − RSS just before it (no forced GC in between). After GC = RSS after a forced GC right after the upload − RSS after one just before it: what the upload left behind that a collection cannot free. Idle RSS after ready: ${mib(idle)} MiB.`,
      `Target: flat: growth ≤ 2 MiB median and ≤ 5 MiB max for every size. Uploads that did not finish as "Uploaded to Roblox": ${failures}.`,
    ],
    headers: [
      "file MiB",
      "growth MiB (median)",
      "growth MiB (max)",
      "growth ÷ file size",
      "after GC MiB (median / max)",
      "wall ms (median)",
    ],
    verdicts: SIZES_MIB.map((size) => {
      const list = growth.get(size) ?? [];
      const med = median(list);
      const max = Math.max(...list);
      const met = med <= 2 * MIB && max <= 5 * MIB;
      return `Upload memory ${size} MiB: ${met ? "MET" : "SHORT"}: growth median ${mib(med)} MiB, max ${mib(max)} MiB over ${list.length} uploads (target ≤ 2 MiB median, ≤ 5 MiB max).`;
    }),
    rows: SIZES_MIB.map((size) => {
      const list = growth.get(size) ?? [];
      const med = median(list);
      return [
        String(size),
        mib(med),
        mib(Math.max(...list)),
        (med / (size * MIB)).toFixed(2),
        `${mib(median(kept.get(size) ?? []))} / ${mib(Math.max(...(kept.get(size) ?? [])))}`,
        ms(median(wall.get(size) ?? [])),
      ];
    }),
  };
}
