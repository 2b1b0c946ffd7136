import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import { type Harness, startHarness } from "../support/harness.js";
import { PNG } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
const titleOf = (m: MessageState) => String((m.embeds[0] as { title?: string } | undefined)?.title ?? "");
const textOf = (m: MessageState) => JSON.stringify(m.embeds);
const showing = (text: string) => (m: MessageState) => textOf(m).includes(text);

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("/upload across a killed bot process", () => {
  let harness: Harness;
  const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });

  beforeAll(async () => {
    harness = await startHarness({
      childProcess: true,
      store: "sqlite",
      opencloud: { operationPolls: 5 },
      env: ({ discord }) => ({
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: seededGuildIds(discord),
        UPLOAD_COOLDOWN_SECONDS: "0",
      }),
    });
  }, 60_000);
  afterAll(async () => {
    harness?.assertClean();
    await harness?.close();
  });

  function upload(name: string, user: string): InteractionHandle {
    const attachment = harness.discord.addAttachment({ name, data: PNG });
    return harness.discord.runCommand({ name: "upload", options: { file: attachment }, user: { id: user } });
  }

  it("keeps waiting on the operation after SIGKILL and a restart, and edits the reply to the result", async () => {
    harness.roblox.clearRequests();
    const handle = upload("survivor.png", "300000000000000001");
    await handle.waitFor(showing("Waiting for Roblox"), 15_000);
    await harness.killBot();
    await harness.startBot();
    const done = await handle.waitFor((m) => titleOf(m) === "Uploaded to Roblox", 20_000);
    expect(textOf(done)).toContain("Approved");
    expect(creates()).toBe(1);
  }, 60_000);

  it("reports an upload killed mid-POST as interrupted and never sends it again", async () => {
    harness.roblox.clearRequests();
    harness.roblox.setFaults({ latencyMs: 5_000 });
    const handle = upload("halfway.png", "300000000000000002");
    await handle.waitFor(showing("Uploading to Roblox"), 15_000);
    await until(() => creates() === 1, 10_000);
    await harness.killBot();
    harness.roblox.setFaults({});
    await harness.startBot();
    const done = await handle.waitFor((m) => titleOf(m) === "Upload interrupted", 20_000);
    expect(textOf(done)).toContain("may or may not have reached Roblox");
    // A graceful stop lets the bot finish whatever it still does: after it, every request it made is recorded.
    await harness.stopBot();
    expect(creates()).toBe(1);
  }, 60_000);
});

describe("/upload outliving the interaction token", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      opencloud: { operationPolls: 100_000 },
      env: ({ discord }) => ({
        ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
        UPLOAD_GUILD_IDS: seededGuildIds(discord),
      }),
    });
  });
  afterAll(async () => {
    harness?.assertClean();
    await harness?.close();
  });

  it("ends with a still-processing message before the token's 15 minutes are up", async () => {
    const attachment = harness.discord.addAttachment({ name: "slow.png", data: PNG });
    const handle = harness.discord.runCommand({ name: "upload", options: { file: attachment } });
    await handle.waitFor(showing("Waiting for Roblox"), 15_000);
    harness.discord.clock.advance(14 * 60_000 + 30_000);
    const last = await handle.waitFor(showing("still processing"), 20_000);
    expect(textOf(last)).toContain("/uploads");
    const edits = handle.message()?.editHistory.length ?? 0;
    // The bot says when it lets go of the reply; past that it keeps polling Roblox, and must not edit.
    await until(
      () => harness.logs.some((line) => line.includes("the upload keeps waiting in the background")),
      10_000,
    );
    const polls = () => harness.roblox.countRequests({ method: "GET", family: "operations" });
    const pollsAtHandover = polls();
    await until(() => polls() >= pollsAtHandover + 2, 20_000);
    expect(handle.message()?.editHistory.length).toBe(edits);
    const list = harness.discord.runCommand({ name: "uploads" });
    const reply = await list.waitFor((m) => !m.loading, 10_000);
    expect(JSON.stringify(reply.embeds)).toContain("Roblox is still processing it");
    expect(handle.message()?.editHistory.length).toBe(edits);
  }, 40_000);
});
