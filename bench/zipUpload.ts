import { randomBytes } from "node:crypto";
import { seededGuildIds } from "../test/support/emulatorEnv.js";
import { buildZip } from "../test/support/zips.js";
import { forcedGcMemory, startBotProcess } from "./support/botProcess.js";
import { startEmulators } from "./support/emulators.js";
import { glbFile, MIB } from "./support/files.js";
import { sampleRss, settledRss } from "./support/procMemory.js";
import type { Table } from "./support/results.js";
import { mib, ms } from "./support/stats.js";

const FILES = 100;

/** One /upload of a 100-file, 50 MiB zip (incompressible GLB models, stored): the bot's RSS growth. */
export async function measureZipUpload(entry: string): Promise<Table> {
  const emulators = await startEmulators({ opencloud: { operationPolls: 1 } });
  const admin = emulators.roblox.world.subjects.admin;
  const bot = await startBotProcess(
    entry,
    emulators.botEnv({
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: seededGuildIds(emulators.discord),
      UPLOAD_COOLDOWN_SECONDS: "0",
      UPLOAD_DAILY_CAP_PER_SERVER: "1000",
    }),
    { gcHook: true },
  );
  const size = (50 * MIB) / FILES;
  const files = Array.from({ length: FILES }, (_, i) => {
    const data = glbFile(size);
    randomBytes(size - 16).copy(data, 16);
    return { name: `models/m${i}.glb`, data, store: true };
  });
  const zip = await buildZip(files);
  let growth = Number.NaN;
  let wall = Number.NaN;
  let created = 0;
  let idle = 0;
  try {
    idle = await settledRss(bot.pid, 2_000);
    await forcedGcMemory(bot);
    const before = await settledRss(bot.pid, 500);
    const sampler = sampleRss(bot.pid, 10);
    const t0 = performance.now();
    await emulators.discord
      .runCommand({
        name: "upload",
        options: { file: emulators.discord.addAttachment({ name: "models.zip", data: zip }) },
        attachmentSizeLimit: 100 * MIB,
      })
      .waitFor((m) => /Zip uploaded|Zip refused/.test(JSON.stringify(m.embeds)), 600_000);
    wall = performance.now() - t0;
    growth = sampler.stop() - before;
    created = emulators.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });
  } finally {
    await bot.stop();
    await emulators.close();
  }
  const met = growth < 20 * MIB && created === FILES;
  return {
    title: "zip upload (bot process RSS during /upload of a zip)",
    notes: [
      `One bot process; one /upload of a ${mib(zip.length)} MiB zip of ${FILES} incompressible GLB models (stored), downloaded to a temporary file, checked, then sent file by file to the Open Cloud emulator (each operation done after one poll). Growth = highest RSS sampled every 10 ms during the run − settled RSS after a forced GC before it. Idle RSS after ready: ${mib(idle)} MiB.`,
      "Target: growth under 20 MiB, every file created once.",
    ],
    headers: ["zip MiB", "files", "creates", "growth MiB", "wall ms"],
    verdicts: [
      `Zip upload: ${met ? "MET" : "SHORT"}: RSS growth ${mib(growth)} MiB for a ${mib(zip.length)} MiB zip, ${created} of ${FILES} files created (target < 20 MiB, all created).`,
    ],
    rows: [[mib(zip.length), String(FILES), String(created), mib(growth), ms(wall)]],
  };
}
