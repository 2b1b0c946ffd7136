import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { InteractionHandle } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import { type Harness, startHarness } from "../support/harness.js";
import { noticeProblems, type Outcome } from "../support/outcomes.js";
import { assertWellFormedRobloxRequests } from "../support/roblox-requests.js";
import { MP3, PNG } from "./upload-files.js";

const MANAGE_EXPRESSIONS = 1n << 30n;
const ADMINISTRATOR = 1n << 3n;
const EVERYTHING_BUT_ADMIN = (1n << 53n) - 1n - ADMINISTRATOR;
const admin = seedWorld(1).subjects.admin;

let harness: Harness;
let listener: Server;
let listenerPort = 0;
let listenerHits = 0;
let userCounter = 0;
const freshUser = () => ({ id: `4000000000000${String(++userCounter).padStart(5, "0")}` });
const tried = new Map<string, number>();
const count = (key: string) => tried.set(key, (tried.get(key) ?? 0) + 1);

beforeAll(async () => {
  harness = await startHarness({
    opencloud: { operationPolls: 0 },
    env: ({ discord }) => ({
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: seededGuildIds(discord),
      UPLOAD_COOLDOWN_SECONDS: "0",
    }),
  });
  listener = createServer((_req, res) => {
    listenerHits++;
    res.end(PNG);
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  listenerPort = (listener.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const line of harness?.logs ?? []) if (/"level":(40|50)/.test(line)) console.error(line);
  console.info("hostile upload inputs tried:", Object.fromEntries(tried));
  await new Promise((resolve) => listener?.close(resolve));
  harness?.assertClean();
  await harness?.close();
});
beforeEach(() => harness.roblox.clearRequests());

const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });
const cdnDownloads = () => harness.discord.requests.filter((r) => r.path.includes("/attachments/")).length;

const PROGRESS = /Uploading|Downloading|Waiting/;

/** Waits for the end of an upload: a private notice, or the reply's last stage (done or failed). */
async function finalOutcome(handle: InteractionHandle, label: string): Promise<Outcome> {
  const message = await handle.waitFor(
    (m) =>
      (m.role === "follow-up" && m.ephemeral) ||
      (m.role === "original" &&
        !m.loading &&
        !m.deleted &&
        (m.embeds.length > 0
          ? !PROGRESS.test(String((m.embeds[0] as { title?: string }).title))
          : m.content !== "")),
    15_000,
  );
  const kind = message.embeds.length === 0 ? "notice" : "answer";
  const outcome: Outcome = { kind, message, text: `${message.content}${JSON.stringify(message.embeds)}` };
  count(`${label}: ${kind}`);
  expect(noticeProblems(outcome)).toEqual([]);
  expect(outcome.text).not.toMatch(/went wrong on the bot's side/);
  assertWellFormedRobloxRequests(harness.roblox);
  return outcome;
}

function upload(
  file: { name: string; data: Buffer; declaredSize?: number },
  extra: { url?: string; memberPermissions?: bigint; guildId?: null; appPermissions?: string } = {},
): InteractionHandle {
  const attachment = harness.discord.addAttachment(file);
  return harness.discord.runCommand({
    name: "upload",
    options: { file: extra.url === undefined ? attachment : { ...attachment, url: extra.url } },
    user: freshUser(),
    ...(extra.memberPermissions === undefined ? {} : { memberPermissions: extra.memberPermissions }),
    ...(extra.guildId === undefined ? {} : { guildId: extra.guildId }),
    ...(extra.appPermissions === undefined ? {} : { appPermissions: extra.appPermissions }),
  });
}

describe("hostile attachments", () => {
  it.each([
    ["zero bytes, declared zero", { name: "empty.png", data: Buffer.alloc(0) }],
    ["zero bytes, declared 4 KB", { name: "empty.png", data: Buffer.alloc(0), declaredSize: 4096 }],
    [
      "more bytes than declared",
      { name: "liar.png", data: Buffer.concat([PNG, Buffer.alloc(100_000)]), declaredSize: 300 },
    ],
    [
      "wrong magic (GIF named .png)",
      { name: "anim.png", data: Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1") },
    ],
    [
      "wrong magic (ELF named .mp3)",
      { name: "song.mp3", data: Buffer.concat([Buffer.from("\x7fELF", "latin1"), Buffer.alloc(200)]) },
    ],
    ["truncated PNG signature", { name: "cut.png", data: PNG.subarray(0, 4) }],
    [
      "HTML with a PNG inside",
      { name: "page.png", data: Buffer.concat([Buffer.from("<html><script>alert(1)</script>"), PNG]) },
    ],
    [
      "random bytes",
      { name: "noise.bin", data: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 251)) },
    ],
  ])("refuses %s plainly, uploading nothing", async (label, file) => {
    const outcome = await finalOutcome(upload(file), label);
    expect(outcome.kind).toBe("notice");
    expect(creates()).toBe(0);
  });

  it.each([
    ["fewer bytes than declared", { name: "small.png", data: PNG, declaredSize: 9_000 }],
    [
      "a PNG/HTML polyglot (the bytes say PNG)",
      {
        name: "poly.html",
        data: Buffer.concat([PNG, Buffer.from("<html><script>alert(1)</script></html>")]),
      },
    ],
  ])("goes by the real bytes for %s", async (label, file) => {
    const outcome = await finalOutcome(upload(file), label);
    expect(outcome.text).toContain("Uploaded to Roblox");
    expect(outcome.text).toContain("new Decal");
    expect(creates()).toBe(1);
  });

  it("answers a bare ID3 tag (3 bytes, which sniff as MP3) with a plain outcome, never a bot error", async () => {
    const outcome = await finalOutcome(
      upload({ name: "cut.mp3", data: MP3.subarray(0, 3) }),
      "truncated MP3 tag",
    );
    // Sniffing goes by the tag; Roblox decides whether the audio is usable. Either way the user is told plainly.
    if (outcome.kind === "answer") expect(outcome.text).toMatch(/Uploaded to Roblox|Upload failed|Rejected/);
  });

  it("refuses links off Discord's CDN (loopback in every spelling, private, metadata, look-alikes) with no request", async () => {
    const cdn = new URL(harness.discord.cdnUrl).host;
    const urls = [
      `http://127.0.0.1:${listenerPort}/a.png`,
      `http://localhost:${listenerPort}/a.png`,
      `http://[::1]:${listenerPort}/a.png`,
      `http://[::ffff:127.0.0.1]:${listenerPort}/a.png`,
      `http://2130706433:${listenerPort}/a.png`,
      `http://0x7f.0.0.1:${listenerPort}/a.png`,
      `http://127.1:${listenerPort}/a.png`,
      `http://${cdn}@127.0.0.1:${listenerPort}/a.png`,
      `http://${cdn.replace(/:\d+$/, `:${listenerPort}`)}/a.png`,
      `file:///etc/passwd`,
      `http://10.0.0.1/a.png`,
      `http://172.16.0.1/a.png`,
      `http://192.168.0.1/a.png`,
      `http://169.254.169.254/latest/meta-data/`,
      `http://[fd00::1]/a.png`,
      `https://cdn.discordapp.com.evil.example/a.png`,
      `not a url`,
    ];
    const downloadsBefore = cdnDownloads();
    for (const url of urls) {
      const started = Date.now();
      const outcome = await finalOutcome(upload({ name: "a.png", data: PNG }, { url }), "off-CDN link");
      expect(outcome.kind, url).toBe("notice");
      // Refused before connecting: a private address that was really dialled would hang far longer.
      expect(Date.now() - started, url).toBeLessThan(5_000);
    }
    expect(listenerHits).toBe(0);
    expect(cdnDownloads()).toBe(downloadsBefore);
    expect(creates()).toBe(0);
  });
});

describe("who may upload, and where", () => {
  it.each([
    ["a member with no permissions", 0n],
    [
      "a member with everything but Manage Expressions (a role or channel overwrite took it away)",
      EVERYTHING_BUT_ADMIN - MANAGE_EXPRESSIONS,
    ],
  ])("refuses %s", async (label, memberPermissions) => {
    const outcome = await finalOutcome(upload({ name: "a.png", data: PNG }, { memberPermissions }), label);
    expect(outcome.text).toMatch(/Manage Expressions/);
    expect(creates()).toBe(0);
    expect(cdnDownloads()).toBe(0);
  });

  it("refuses a DM (the command is guild-only, but a stale client could still send it)", async () => {
    const outcome = await finalOutcome(upload({ name: "a.png", data: PNG }, { guildId: null }), "from a DM");
    expect(outcome.text).toMatch(/only in a server/);
    expect(creates()).toBe(0);
  });

  it("lets an Administrator upload (Discord grants every permission to administrators)", async () => {
    const outcome = await finalOutcome(
      upload({ name: "a.png", data: PNG }, { memberPermissions: ADMINISTRATOR }),
      "administrator",
    );
    expect(outcome.text).toContain("Uploaded to Roblox");
    expect(creates()).toBe(1);
  });

  it("still answers where the bot itself has no permissions (interaction replies need none)", async () => {
    const outcome = await finalOutcome(
      upload({ name: "a.png", data: PNG }, { appPermissions: "0" }),
      "bot without permissions",
    );
    expect(outcome.text).toContain("Uploaded to Roblox");
    expect(creates()).toBe(1);
  });
});
