import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import { type Harness, startHarness } from "../support/harness.js";
import { buildZip, markEncrypted, renameEntry, type ZipInput } from "../support/zips.js";
import { FBX, GLB, MP3, PNG, RBXM, TEXT } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
const titleOf = (m: MessageState) => String((m.embeds[0] as { title?: string } | undefined)?.title ?? "");
const textOf = (m: MessageState) => JSON.stringify(m.embeds);
const ended = (m: MessageState) => ["Zip uploaded", "Zip refused"].includes(titleOf(m));

/** 30 files: images, sounds, models, two byte-identical copies, one unsupported, one mislabelled. */
function thirtyFiles(salt = 0): ZipInput[] {
  const variant = (data: Buffer, n: number) => Buffer.concat([data, Buffer.from([n, salt])]);
  const files: ZipInput[] = [];
  for (let i = 1; i <= 10; i += 1) files.push({ name: `images/img${i}.png`, data: variant(PNG, i) });
  for (let i = 1; i <= 8; i += 1) files.push({ name: `sounds/s${i}.mp3`, data: variant(MP3, i) });
  for (let i = 1; i <= 3; i += 1) files.push({ name: `models/m${i}.glb`, data: variant(GLB, i) });
  for (let i = 1; i <= 3; i += 1) files.push({ name: `models/r${i}.rbxm`, data: variant(RBXM, i) });
  for (let i = 1; i <= 2; i += 1) files.push({ name: `models/f${i}.fbx`, data: variant(FBX, i) });
  files.push({ name: "images/copy-of-img1.png", data: variant(PNG, 1) });
  files.push({ name: "sounds/s1-again.mp3", data: variant(MP3, 1) });
  files.push({ name: "notes.txt", data: Buffer.concat([TEXT, Buffer.from(String(salt))]) });
  files.push({ name: "sounds/actually-an-image.mp3", data: variant(PNG, 99) });
  return files;
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("/upload of a zip", () => {
  let harness: Harness;
  let users = 0;
  const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });

  beforeAll(async () => {
    // A bot process of its own, as in production: the result files go up as multipart through its own undici.
    harness = await startHarness({
      childProcess: true,
      store: "sqlite",
      opencloud: { operationPolls: 1 },
      env: ({ discord }) => ({
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: seededGuildIds(discord),
        UPLOAD_COOLDOWN_SECONDS: "0",
        UPLOAD_DAILY_CAP_PER_SERVER: "1000",
        UPLOAD_ZIP_MAX_FILES: "500",
        UPLOAD_ZIP_MAX_RATIO: "100",
      }),
    });
  }, 60_000);
  afterAll(async () => {
    harness?.assertClean();
    await harness?.close();
  });
  beforeEach(() => {
    harness.roblox.clearRequests();
    // Each test uploads 8 sounds: the key owner's monthly audio quota starts unspent for each.
    harness.roblox.quotas.setAudioUsage(admin.userId, 0, harness.roblox.clock.now());
  });

  function uploadZip(name: string, data: Buffer): InteractionHandle {
    const attachment = harness.discord.addAttachment({ name, data });
    const user = { id: `4000000000000${String(++users).padStart(5, "0")}` };
    return harness.discord.runCommand({ name: "upload", options: { file: attachment }, user });
  }

  it("creates one asset per distinct supported file, skips copies, names the rest, attaches the mapping", async () => {
    const files = thirtyFiles();
    expect(files).toHaveLength(30);
    const handle = uploadZip("assets.zip", await buildZip(files));
    const done = await handle.waitFor(ended, 60_000);
    expect(titleOf(done)).toBe("Zip uploaded");
    // 10 images + 8 sounds + 8 models + the mislabelled one: 27 distinct supported files, each sent once.
    expect(creates()).toBe(27);
    const text = textOf(done);
    expect(text).toContain("27 of 27 files");
    expect(text).toContain(
      "27 uploaded, 0 already on Roblox, 2 duplicates skipped, 1 not supported, 0 failed",
    );
    expect(text).toContain("notes.txt");
    expect(text).toContain("actually-an-image.mp3 → actually-an-image.png");
    expect(text).toContain("copy-of-img1.png = images/img1.png");

    const json = done.attachments.find((a) => a.filename === "assets.json");
    const luau = done.attachments.find((a) => a.filename === "Assets.luau");
    expect(json && luau).toBeTruthy();
    const mapping = JSON.parse(json?.data.toString("utf8") ?? "{}") as Record<
      string,
      { assetId: string; type: string }
    >;
    // Every supported name, the copies included, maps to an asset; the unsupported one does not.
    expect(Object.keys(mapping)).toHaveLength(29);
    expect(mapping["notes.txt"]).toBeUndefined();
    expect(mapping["images/copy-of-img1.png"]?.assetId).toBe(mapping["images/img1.png"]?.assetId);
    expect(mapping["sounds/s1-again.mp3"]?.assetId).toBe(mapping["sounds/s1.mp3"]?.assetId);
    const ids = new Set(Object.values(mapping).map((entry) => entry.assetId));
    expect(ids.size).toBe(27);
    const world = harness.roblox.world;
    expect(world.getAsset(mapping["images/img3.png"]?.assetId ?? "")?.assetType).toBe("Decal");
    expect(world.getAsset(mapping["sounds/s2.mp3"]?.assetId ?? "")?.assetType).toBe("Audio");
    expect(world.getAsset(mapping["models/m1.glb"]?.assetId ?? "")?.assetType).toBe("Model");
    // The mislabelled file went up as what its bytes are.
    expect(world.getAsset(mapping["sounds/actually-an-image.mp3"]?.assetId ?? "")?.assetType).toBe("Decal");
    const module = luau?.data.toString("utf8") ?? "";
    expect(module).toMatch(/^-- .*\nreturn \{\n/);
    expect(module).toContain(`\t["models/r2.rbxm"] = "rbxassetid://${mapping["models/r2.rbxm"]?.assetId}",`);
    expect(module.match(/rbxassetid:\/\/\d+/g)).toHaveLength(29);

    // The same files again, to the same creator: nothing is sent twice, every name still maps.
    harness.roblox.clearRequests();
    const again = await uploadZip("again.zip", await buildZip(files)).waitFor(ended, 60_000);
    expect(creates()).toBe(0);
    expect(textOf(again)).toContain("0 uploaded, 27 already on Roblox");
    const second = again.attachments.find((a) => a.filename === "assets.json")?.data.toString("utf8");
    expect(JSON.parse(second ?? "{}")).toEqual(mapping);
  }, 90_000);

  it("finishes after SIGKILL half-way and a restart: the zip fetched again, finished files skipped, nothing twice", async () => {
    const handle = uploadZip("resume.zip", await buildZip(thirtyFiles(1)));
    await until(() => creates() >= 10, 40_000);
    await harness.killBot();
    const beforeRestart = creates();
    expect(beforeRestart).toBeLessThan(27);
    const downloads = harness.discord.cdnDownloads();
    await harness.startBot();
    const done = await handle.waitFor(ended, 60_000);
    expect(titleOf(done)).toBe("Zip uploaded");
    expect(harness.discord.cdnDownloads()).toBe(downloads + 1);
    // Every distinct file was sent at most once over both runs; a file cut off in its POST is reported, not resent.
    expect(creates()).toBeLessThanOrEqual(27);
    const mapping = JSON.parse(
      done.attachments.find((a) => a.filename === "assets.json")?.data.toString("utf8") ?? "{}",
    ) as Record<string, { assetId: string }>;
    const ids = Object.values(mapping).map((entry) => entry.assetId);
    const interrupted = (textOf(done).match(/may or may not have reached Roblox/g) ?? []).length;
    expect(interrupted).toBeLessThanOrEqual(1);
    expect(new Set(ids).size).toBe(27 - interrupted);
    // An interrupted POST may have reached Roblox (counted, no asset ID known) or not (not counted).
    expect(creates()).toBeGreaterThanOrEqual(27 - interrupted);
  }, 120_000);

  it("a graceful stop half-way hands the zip back: after the restart the rest is uploaded, nothing twice", async () => {
    const handle = uploadZip("stopped.zip", await buildZip(thirtyFiles(2)));
    await until(() => creates() >= 10, 40_000);
    await harness.stopBot();
    expect(creates()).toBeLessThan(27);
    await harness.startBot();
    const done = await handle.waitFor(ended, 60_000);
    expect(titleOf(done)).toBe("Zip uploaded");
    const mapping = JSON.parse(
      done.attachments.find((a) => a.filename === "assets.json")?.data.toString("utf8") ?? "{}",
    ) as Record<string, { assetId: string }>;
    const interrupted = (textOf(done).match(/may or may not have reached Roblox/g) ?? []).length;
    expect(interrupted).toBeLessThanOrEqual(1);
    expect(new Set(Object.values(mapping).map((entry) => entry.assetId)).size).toBe(27 - interrupted);
    expect(creates()).toBeLessThanOrEqual(27);
  }, 120_000);

  it.each([
    [
      "a zip bomb",
      async () =>
        buildZip([{ name: "huge.png", data: Buffer.concat([PNG, Buffer.alloc(20 * 1024 * 1024)]) }]),
      /unpacks to more than 100 times its packed size/,
    ],
    [
      "a ../ path",
      async () =>
        renameEntry(await buildZip([{ name: "aa/evil.png", data: PNG }]), "aa/evil.png", "../evil.png"),
      /unsafe path \(\.\.\/evil\.png\)/,
    ],
    [
      "an absolute path",
      async () => renameEntry(await buildZip([{ name: "x/etc.png", data: PNG }]), "x/etc.png", "/etc/.png"),
      /unsafe path/,
    ],
    [
      "10,000 empty entries",
      async () =>
        buildZip(
          Array.from({ length: 10_000 }, (_, i) => ({
            name: `e${i}.png`,
            data: Buffer.alloc(0),
            store: true,
          })),
        ),
      /10,000 entries; at most 500 are taken/,
    ],
    [
      "a nested zip",
      async () =>
        buildZip([
          { name: "ok.png", data: PNG },
          { name: "inner.bin", data: await buildZip([{ name: "a.png", data: PNG }]) },
        ]),
      /holds another zip \(inner\.bin\)/,
    ],
    [
      "an encrypted entry",
      async () => markEncrypted(await buildZip([{ name: "secret.png", data: PNG }])),
      /encrypted file \(secret\.png\)/,
    ],
    ["bytes that are no zip", async () => PNG, /named \.zip but its bytes are not a zip archive/],
  ])(
    "refuses %s early, with a clear message and no Roblox request",
    async (_, build, said) => {
      const done = await uploadZip("hostile.zip", await build()).waitFor(ended, 30_000);
      expect(titleOf(done)).toBe("Zip refused");
      expect(textOf(done)).toMatch(said);
      expect(textOf(done)).toContain("Nothing was sent to Roblox");
      expect(harness.roblox.countRequests()).toBe(0);
    },
    40_000,
  );
});
