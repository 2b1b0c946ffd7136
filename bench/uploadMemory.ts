import { seededGuildIds } from "../test/support/emulatorEnv.js";
import { startBotChild } from "./support/childProcess.js";
import { startEmulators } from "./support/emulators.js";
import { glbFile, MIB } from "./support/files.js";
import { sampleRss, settledRss } from "./support/procMemory.js";
import type { Table } from "./support/results.js";
import { median, mib, ms } from "./support/stats.js";

const SIZES_MIB = [1, 5, 10, 20];

export async function measureUploadMemory(entry: string, repeats: number): Promise<Table> {
  const emulators = await startEmulators({ opencloud: { operationPolls: 1 } });
  const admin = emulators.roblox.world.subjects.admin;
  const bot = await startBotChild(
    entry,
    emulators.botEnv({
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: seededGuildIds(emulators.discord),
      UPLOAD_COOLDOWN_SECONDS: "0",
    }),
  );
  const growth = new Map<number, number[]>();
  const wall = new Map<number, number[]>();
  let idle = 0;
  let failures = 0;
  try {
    idle = await settledRss(bot.pid, 2_000);
    let member = 0;
    // One unmeasured upload first: the first one loads and compiles the upload code paths.
    await emulators.discord
      .runCommand({
        name: "upload",
        options: { file: emulators.discord.addAttachment({ name: "warmup.glb", data: glbFile(64 * 1024) }) },
        user: { id: "499999999999999999" },
      })
      .waitFor((m) => !m.loading && JSON.stringify(m.embeds).includes("Uploaded to Roblox"), 60_000);
    for (let round = 0; round < repeats; round++) {
      for (const size of SIZES_MIB) {
        const attachment = emulators.discord.addAttachment({
          name: `model${size}.glb`,
          data: glbFile(size * MIB),
        });
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
      `One bot process; /upload of GLB models of each size from the emulator's CDN to the Open Cloud emulator, ${repeats} times each, after one unmeasured 64 KiB warm-up upload. Growth = highest RSS sampled every 10 ms during the upload − RSS just before it. Idle RSS after ready: ${mib(idle)} MiB.`,
      `Target: flat, growth well under the file size. Uploads that did not finish as "Uploaded to Roblox": ${failures}.`,
    ],
    headers: [
      "file MiB",
      "growth MiB (median)",
      "growth MiB (max)",
      "growth ÷ file size",
      "wall ms (median)",
    ],
    verdicts: SIZES_MIB.map((size) => {
      const med = median(growth.get(size) ?? []);
      const share = med / (size * MIB);
      return `Upload memory ${size} MiB: ${share < 0.25 ? "MET" : "SHORT"}: median growth ${mib(med)} MiB (${(share * 100).toFixed(0)}% of the file; target: well under, taken as < 25%).`;
    }),
    rows: SIZES_MIB.map((size) => {
      const list = growth.get(size) ?? [];
      const med = median(list);
      return [
        String(size),
        mib(med),
        mib(Math.max(...list)),
        (med / (size * MIB)).toFixed(2),
        ms(median(wall.get(size) ?? [])),
      ];
    }),
  };
}
