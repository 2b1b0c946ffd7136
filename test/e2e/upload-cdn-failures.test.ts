import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CdnFailureStatus } from "../emulators/discord/cdn.js";
import type { InteractionHandle } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import { answered, textOf } from "../support/fault-helpers.js";
import { type Harness, startHarness } from "../support/harness.js";
import { PNG, TEXT } from "./upload-files.js";

/**
 * Discord's CDN refusing an attachment's download, with the bot as its own process: a crash would end
 * the process, so only a child process shows that the bot lives on and still answers.
 */
const admin = seedWorld(1).subjects.admin;
let harness: Harness;
let userCounter = 0;
const freshUser = () => ({ id: `5100000000000${String(++userCounter).padStart(5, "0")}` });

beforeAll(async () => {
  harness = await startHarness({
    childProcess: true,
    opencloud: { operationPolls: 0 },
    env: ({ discord }) => ({
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: seededGuildIds(discord),
      UPLOAD_COOLDOWN_SECONDS: "30",
    }),
  });
}, 60_000);
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });

function uploadWithCdnAnswer(status: CdnFailureStatus, user: { id: string }): InteractionHandle {
  const attachment = harness.discord.addAttachment({ name: "logo.png", data: PNG });
  harness.discord.failAttachment(attachment, status);
  return harness.discord.runCommand({ name: "upload", options: { file: attachment }, user });
}

async function privateNotice(handle: InteractionHandle): Promise<string> {
  const notice = await handle.waitFor((m) => m.ephemeral && m.content.length > 0, 10_000);
  return notice.content;
}

async function botStillAnswers(): Promise<void> {
  const subject = harness.roblox.world.subjects.smallUser;
  const reply = await harness.discord
    .runCommand({ name: "user", options: { user: subject.userId }, user: freshUser() })
    .waitFor(answered, 15_000);
  expect(textOf(reply)).toContain(subject.userId);
}

describe("/upload when Discord's CDN refuses the download (bot in its own process)", () => {
  it.each([
    [404, /no longer serves that attachment .*Attach the file again/],
    [403, /no longer serves that attachment .*Attach the file again/],
    [500, /could not download that file from Discord/],
    [502, /could not download that file from Discord/],
    [503, /could not download that file from Discord/],
  ] as const)(
    "CDN %i: the member is told plainly, the bot keeps running and answers /user",
    async (status, expected) => {
      harness.roblox.clearRequests();
      const member = freshUser();
      const handle = uploadWithCdnAnswer(status, member);
      expect((await handle.ack()).type).toBe(5);
      expect(await privateNotice(handle)).toMatch(expected);
      expect(creates()).toBe(0);
      await botStillAnswers();
      expect(harness.logs.some((line) => /UND_ERR_ABORTED|uncaught/i.test(line))).toBe(false);
    },
  );

  it.each([
    [
      "a file larger than Discord declared (refused by its Content-Length)",
      { name: "liar.png", data: Buffer.concat([PNG, Buffer.alloc(200_000)]), declaredSize: 300 },
      /larger than it claimed/,
    ],
    [
      "a file whose bytes are no known type (refused after sniffing)",
      { name: "notes.png", data: TEXT },
      /text/i,
    ],
  ])("%s: refused plainly, the bot keeps running and answers /user", async (_, file, expected) => {
    harness.roblox.clearRequests();
    const attachment = harness.discord.addAttachment(file);
    const handle = harness.discord.runCommand({
      name: "upload",
      options: { file: attachment },
      user: freshUser(),
    });
    expect(await privateNotice(handle)).toMatch(expected);
    expect(creates()).toBe(0);
    await botStillAnswers();
  });

  it("Roblox dropping the upload mid-stream (the consumer fails): the reply says so, the bot keeps running", async () => {
    harness.roblox.clearRequests();
    harness.roblox.setFaults({ dropConnections: { count: 1, path: /^\/assets\/v1\/assets$/ } });
    try {
      const attachment = harness.discord.addAttachment({
        name: "big.png",
        data: Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024, 9)]),
      });
      const handle = harness.discord.runCommand({
        name: "upload",
        options: { file: attachment },
        user: freshUser(),
      });
      const done = await handle.waitFor(
        (m) =>
          !m.loading &&
          !/^(Uploading|Downloading|Waiting)/.test(
            String((m.embeds[0] as { title?: string } | undefined)?.title ?? "Uploading"),
          ),
        20_000,
      );
      expect(textOf(done)).toMatch(
        /interrupted .*before Roblox answered|could not take the upload right now/,
      );
      expect(harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" })).toBe(1);
    } finally {
      harness.roblox.setFaults({});
    }
    await botStillAnswers();
  });
});
