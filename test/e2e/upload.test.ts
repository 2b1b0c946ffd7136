import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { uploadCommand } from "../../src/commands/upload.js";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import { type Harness, startHarness } from "../support/harness.js";
import { FBX, GLB, MP3, PNG, RBXM, TEXT } from "./upload-files.js";

const MANAGE_EXPRESSIONS = 1n << 30n;
const admin = seedWorld(1).subjects.admin;

let harness: Harness;
let userCounter = 0;
/** A fresh member per test, so the per-member cooldown does not carry over. */
const freshUser = () => ({ id: `2000000000000${String(++userCounter).padStart(5, "0")}` });

beforeAll(async () => {
  harness = await startHarness({
    opencloud: { operationPolls: 1 },
    env: ({ discord }) => ({
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: seededGuildIds(discord),
      UPLOAD_COOLDOWN_SECONDS: "30",
    }),
  });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});
beforeEach(() => harness.roblox.clearRequests());

const embedOf = (m: MessageState) => (m.embeds[0] ?? {}) as Record<string, unknown> & { title?: string };
const textOf = (m: MessageState) => JSON.stringify(m.embeds) + m.content;
const finished = (m: MessageState) =>
  !m.loading && !/^Uploading/.test(String(embedOf(m).title ?? "Uploading"));
const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });

function upload(
  file: { name: string; data: Buffer; declaredSize?: number },
  options: Record<string, unknown> = {},
  extra: { user?: { id: string }; memberPermissions?: bigint; attachmentSizeLimit?: number } = {},
): InteractionHandle {
  const attachment = harness.discord.addAttachment(file);
  return harness.discord.runCommand({
    name: "upload",
    options: { file: attachment, ...options },
    user: extra.user ?? freshUser(),
    ...(extra.memberPermissions === undefined ? {} : { memberPermissions: extra.memberPermissions }),
    ...(extra.attachmentSizeLimit === undefined ? {} : { attachmentSizeLimit: extra.attachmentSizeLimit }),
  });
}

async function privateNotice(handle: InteractionHandle): Promise<string> {
  const notice = await handle.waitFor((m) => m.ephemeral && m.content.length > 0, 10_000);
  return notice.content;
}

function stagesOf(handle: InteractionHandle): string[] {
  const message = handle.message();
  if (!message) return [];
  return [...message.editHistory, message].map((m) => JSON.stringify(m.embeds));
}

describe("/upload", () => {
  it.each([
    ["an image", "logo.png", PNG, "Decal"],
    ["an audio file", "theme.mp3", MP3, "Audio"],
    ["a model", "chair.glb", GLB, "Model"],
  ])("uploads %s, editing the reply through its stages to the asset link", async (_, name, data, type) => {
    const handle = upload({ name, data });
    expect((await handle.ack()).type).toBe(5);
    const done = await handle.waitFor(finished, 15_000);
    const embed = embedOf(done);
    expect(embed.title).toBe("Uploaded to Roblox");
    const fields = embed.fields as Array<{ name: string; value: string }>;
    const assetId = fields.find((f) => f.name === "Asset ID")?.value ?? "";
    expect(assetId).toMatch(/^\d+$/);
    expect(embed.url).toBe(`https://create.roblox.com/store/asset/${assetId}`);
    expect(fields.find((f) => f.name === "Moderation")?.value).toBe("Approved");
    expect(String(embed.description)).toContain(`new ${type} for Roblox user ${admin.userId}`);
    const stages = stagesOf(handle).join("\n");
    expect(stages).toContain("Downloading the file");
    expect(stages).toContain("Uploading to Roblox");
    expect(stages).toContain("Waiting for Roblox");
    expect(harness.roblox.world.getAsset(assetId)?.assetType).toBe(type);
    expect(creates()).toBe(1);
  });

  it("uploads a new version of a Model with asset_id", async () => {
    const modelId = harness.roblox.world.subjects.modelAsset.assetId;
    const before = harness.roblox.world.getAsset(modelId)?.revisionId ?? 0;
    const handle = upload({ name: "chair-v2.fbx", data: FBX }, { asset_id: modelId });
    const done = await handle.waitFor(finished, 15_000);
    expect(embedOf(done).title).toBe("New version uploaded");
    expect(textOf(done)).toContain(`version ${before + 1} of Model ${modelId}`);
    expect(harness.roblox.countRequests({ method: "PATCH", path: `/assets/v1/assets/${modelId}` })).toBe(1);
    expect(creates()).toBe(0);
  });

  it("refuses a new Model version in a format other than .fbx before downloading it", async () => {
    const modelId = harness.roblox.world.subjects.modelAsset.assetId;
    const notice = await privateNotice(upload({ name: "chair-v2.rbxm", data: RBXM }, { asset_id: modelId }));
    expect(notice).toMatch(/Roblox takes new versions of a Model only as \.fbx files/);
    expect(harness.roblox.countRequests()).toBe(0);
    expect(harness.discord.requests.some((r) => r.path.includes("/cdn/"))).toBe(false);
  });

  it("refuses a file named .fbx whose bytes are another model format, before sending it", async () => {
    const modelId = harness.roblox.world.subjects.modelAsset.assetId;
    const handle = upload({ name: "chair-v2.fbx", data: GLB }, { asset_id: modelId });
    expect(await privateNotice(handle)).toMatch(/only as \.fbx files/);
    expect(harness.roblox.countRequests({ method: "PATCH" })).toBe(0);
  });

  it("refuses audio early when the key owner's monthly quota is spent, with the reset date", async () => {
    const { roblox } = harness;
    const now = roblox.clock.now();
    const capacity = roblox.world.getUser(admin.userId)?.idVerified ? 100 : 10;
    roblox.quotas.setAudioUsage(admin.userId, capacity, now);
    try {
      const notice = await privateNotice(upload({ name: "theme.mp3", data: MP3 }));
      // The reset day in the member's locale (en-US here), through Intl.
      const reset = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(roblox.quotas.audio(admin.userId, now).usageResetTime),
      );
      expect(notice).toBe(
        `The audio upload quota of user ${admin.userId} is used up: ${capacity} of ${capacity} audio uploads this month. It resets on ${reset}. Nothing was sent to Roblox.`,
      );
      expect(creates()).toBe(0);
      expect(roblox.countRequests({ path: `/cloud/v2/users/${admin.userId}/asset-quotas` })).toBe(1);
    } finally {
      roblox.quotas.setAudioUsage(admin.userId, 0, now);
    }
  });

  it("explains that only Models take new versions", async () => {
    const handle = upload({ name: "logo.png", data: PNG }, { asset_id: "123", type: "Decal" });
    expect(await privateNotice(handle)).toMatch(/does not allow new versions of Decal assets/);
    expect(harness.roblox.countRequests()).toBe(0);
  });

  it.each(["0", "000123", "99999999999999999999"])(
    "refuses asset_id %s up front: no download, nothing sent to Roblox, no cooldown spent",
    async (assetId) => {
      const user = freshUser();
      const downloadsBefore = harness.discord.requests.filter((r) => r.path.includes("/attachments/")).length;
      const handle = upload({ name: "chair-v2.rbxm", data: RBXM }, { asset_id: assetId }, { user });
      expect(await privateNotice(handle)).toMatch(/cannot be a Roblox asset ID/);
      expect(harness.roblox.countRequests()).toBe(0);
      expect(harness.discord.requests.filter((r) => r.path.includes("/attachments/")).length).toBe(
        downloadsBefore,
      );
      const next = await upload({ name: "logo.png", data: PNG }, {}, { user }).waitFor(
        (m) => finished(m) || (m.ephemeral && m.content.length > 0),
        15_000,
      );
      expect(embedOf(next).title).toBe("Uploaded to Roblox");
    },
  );

  it.each([
    ["Audio", "logo.png", PNG, "An Audio upload needs an audio file"],
    ["Decal", "theme.mp3", MP3, "A Decal upload needs an image"],
    ["Model", "logo.png", PNG, "A Model upload needs a model"],
  ])(
    "words the refusal of the wrong kind of file for type %s with the right article",
    async (type, name, data, expected) => {
      const handle = upload({ name, data }, { type });
      expect(await privateNotice(handle)).toContain(expected);
    },
  );

  it("shows a rejection by moderation", async () => {
    const handle = upload({ name: "moderated picture.png", data: PNG });
    const done = await handle.waitFor(finished, 15_000);
    expect(embedOf(done).title).toBe("Rejected by Roblox moderation");
  });

  it.each([
    ["a moderated name", { name: "badname here" }, /moderation did not accept the name/],
    ["a moderated description", { description: "baddescription" }, /did not accept the description/],
    ["an operation that failed", { name: "will fail" }, /could not process the file/],
  ])("maps Roblox errors to their messages: %s", async (_, options, expected) => {
    const handle = upload({ name: "img.png", data: PNG }, options);
    const done = await handle.waitFor(finished, 15_000);
    expect(textOf(done)).toMatch(expected);
  });

  it("maps Roblox being down to plain words", async () => {
    harness.roblox.setFaults({ status5xx: { count: 20, status: 503, path: /\/assets\/v1\/assets$/ } });
    try {
      const handle = upload({ name: "img.png", data: PNG });
      const done = await handle.waitFor(finished, 20_000);
      expect(textOf(done)).toMatch(/Roblox is not answering right now/);
    } finally {
      harness.roblox.setFaults({});
    }
  });

  it("refuses an explicit type that does not fit the bytes, saying what the file is", async () => {
    const handle = upload({ name: "song.mp3", data: MP3 }, { type: "Decal" });
    expect(await privateNotice(handle)).toMatch(/You chose Decal, but that file is an MP3 audio file/);
    expect(creates()).toBe(0);
  });

  it("goes by the bytes, not the name: a PNG named .mp3 becomes a Decal", async () => {
    const handle = upload({ name: "not-a-song.mp3", data: PNG });
    const done = await handle.waitFor(finished, 15_000);
    expect(textOf(done)).toContain("new Decal");
  });

  it("goes by the bytes, not the name: text named .png is refused", async () => {
    const handle = upload({ name: "notes.png", data: TEXT });
    expect(await privateNotice(handle)).toMatch(
      /That file is a text file, even though its name ends in \.png/,
    );
    expect(creates()).toBe(0);
  });

  it("refuses a declared size over the limit before downloading", async () => {
    const handle = upload({ name: "big.png", data: PNG, declaredSize: 30 * 1024 * 1024 });
    expect(await privateNotice(handle)).toMatch(/uploads can be at most 10 MB. Nothing was downloaded/);
    expect(harness.discord.requests.some((r) => r.path.includes("/cdn/"))).toBe(false);
    expect(creates()).toBe(0);
  });

  it("stops a file larger than it declared", async () => {
    const data = Buffer.concat([PNG, Buffer.alloc(64 * 1024)]);
    const handle = upload({ name: "liar.png", data, declaredSize: PNG.length });
    expect(await privateNotice(handle)).toMatch(/larger than it claimed to be/);
    expect(creates()).toBe(0);
  });

  it("refuses a URL that is not on Discord's CDN, without any request", async () => {
    let hits = 0;
    const server: Server = createServer((_req, res) => {
      hits++;
      res.end("x");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const attachment = harness.discord.addAttachment({ name: "a.png", data: PNG });
      const handle = harness.discord.runCommand({
        name: "upload",
        options: { file: { ...attachment, url: `http://127.0.0.1:${port}/a.png` } },
        user: freshUser(),
      });
      expect(await privateNotice(handle)).toMatch(/not on Discord's CDN/);
      expect(hits).toBe(0);
      expect(creates()).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("refuses a member without Manage Expressions", async () => {
    const handle = upload({ name: "a.png", data: PNG }, {}, { memberPermissions: 0n });
    expect(await privateNotice(handle)).toMatch(/Manage Expressions/);
    expect(creates()).toBe(0);
  });

  it("declares Manage Expressions as the command's default member permission", () => {
    expect(uploadCommand.data.default_member_permissions).toBe(String(MANAGE_EXPRESSIONS));
  });

  it("enforces the per-member cooldown", async () => {
    const user = freshUser();
    await upload({ name: "one.png", data: PNG }, {}, { user }).waitFor(finished, 15_000);
    const second = upload({ name: "two.png", data: PNG }, {}, { user });
    expect(await privateNotice(second)).toMatch(/You can upload again in \d+ s/);
  });

  it.each([
    ["a file of no known type", { name: "notes.png", data: TEXT }, /text/i],
    [
      "a file larger than declared",
      { name: "liar.png", data: Buffer.concat([PNG, Buffer.alloc(50_000)]), declaredSize: 400 },
      /larger than it claimed/,
    ],
    [
      "an attachment the CDN no longer serves",
      { name: "gone.png", data: PNG, cdnStatus: 404 as const },
      /Attach the file again/,
    ],
  ])("a refusal before anything reached Roblox (%s) costs no cooldown", async (_, refused, expected) => {
    const user = freshUser();
    const { cdnStatus, ...file } = { cdnStatus: undefined, ...refused };
    const attachment = harness.discord.addAttachment(file);
    if (cdnStatus !== undefined) harness.discord.failAttachment(attachment, cdnStatus);
    const first = harness.discord.runCommand({ name: "upload", options: { file: attachment }, user });
    expect(await privateNotice(first)).toMatch(expected);
    const right = await upload({ name: "right.png", data: PNG }, {}, { user }).waitFor(
      (m) => finished(m) || (m.ephemeral && m.content.length > 0),
      15_000,
    );
    expect(right.content).toBe("");
    expect(embedOf(right).title).toBe("Uploaded to Roblox");
    expect(creates()).toBe(1);
  });

  it("lists the member's uploads with their results", async () => {
    const user = freshUser();
    const done = await upload({ name: "listed.png", data: PNG }, {}, { user }).waitFor(finished, 15_000);
    const assetId = (embedOf(done).fields as Array<{ name: string; value: string }>)[0]?.value ?? "";
    const list = harness.discord.runCommand({ name: "uploads", user });
    const reply = await list.waitFor((m) => !m.loading, 10_000);
    expect(reply.ephemeral).toBe(true);
    expect(textOf(reply)).toContain(`asset ${assetId}, approved`);
  });
});

describe("/upload daily cap", () => {
  let capped: Harness;
  beforeAll(async () => {
    capped = await startHarness({
      opencloud: { operationPolls: 0 },
      env: ({ discord }) => ({
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: seededGuildIds(discord),
        UPLOAD_COOLDOWN_SECONDS: "0",
        UPLOAD_DAILY_CAP_PER_SERVER: "2",
      }),
    });
  });
  afterAll(async () => {
    capped?.assertClean();
    await capped?.close();
  });

  it("stops a server at its daily cap", async () => {
    for (const name of ["a.png", "b.png"]) {
      const attachment = capped.discord.addAttachment({ name, data: PNG });
      const handle = capped.discord.runCommand({
        name: "upload",
        options: { file: attachment },
        user: freshUser(),
      });
      await handle.waitFor(finished, 15_000);
    }
    const attachment = capped.discord.addAttachment({ name: "c.png", data: PNG });
    const third = capped.discord.runCommand({
      name: "upload",
      options: { file: attachment },
      user: freshUser(),
    });
    expect(await privateNotice(third)).toMatch(/used its 2 uploads for today/);
    expect(capped.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" })).toBe(2);
  });

  it("counts no refusal before anything reached Roblox against the cap", async () => {
    const fresh = await startHarness({
      opencloud: { operationPolls: 0 },
      env: ({ discord }) => ({
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: seededGuildIds(discord),
        UPLOAD_COOLDOWN_SECONDS: "0",
        UPLOAD_DAILY_CAP_PER_SERVER: "1",
      }),
    });
    try {
      const run = (file: { name: string; data: Buffer }) =>
        fresh.discord.runCommand({
          name: "upload",
          options: { file: fresh.discord.addAttachment(file) },
          user: freshUser(),
        });
      for (let i = 0; i < 3; i++)
        expect(await privateNotice(run({ name: "notes.png", data: TEXT }))).toMatch(/text/i);
      const done = await run({ name: "ok.png", data: PNG }).waitFor(finished, 15_000);
      expect(embedOf(done).title).toBe("Uploaded to Roblox");
      expect(await privateNotice(run({ name: "over.png", data: PNG }))).toMatch(/used its 1 uploads/);
    } finally {
      fresh.assertClean();
      await fresh.close();
    }
    expect(capped.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" })).toBe(2);
  });
});
