import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../support/emulatorEnv.js";
import { answered, embedOf, LEVEL, parsedLogs, textOf, until } from "../support/fault-helpers.js";
import { type Harness, startHarness } from "../support/harness.js";
import { PNG } from "./upload-files.js";

/**
 * Discord misbehaving under the bot: the gateway dropping mid-command and mid-upload, REST answering
 * with 5xx, and an interaction the bot could not acknowledge in 3 s because its event loop was blocked.
 */
let harness: Harness;
const admin = seedWorld(1).subjects.admin;
beforeAll(async () => {
  harness = await startHarness({
    opencloud: { operationPolls: 3 },
    env: ({ discord }) => ({
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: seededGuildIds(discord),
      UPLOAD_COOLDOWN_SECONDS: "0",
    }),
  });
});
afterAll(async () => {
  harness?.discord.setRestFaults({});
  harness?.roblox.setFaults({});
  harness?.assertClean();
  await harness?.close();
});

const world = () => harness.roblox.world;
let userCounter = 0;
const freshUser = () => ({ id: `31000000000000${String(++userCounter).padStart(4, "0")}` });

function command(name: string, options: Record<string, unknown> = {}): InteractionHandle {
  return harness.discord.runCommand({ name, options, user: freshUser() });
}

/** REST requests the bot made for one interaction (its callback, and its webhook by token). */
function requestsOf(handle: InteractionHandle) {
  return harness.discord.requests.filter(
    (r) => r.path.includes(`/interactions/${handle.id}/`) || r.path.includes(`/webhooks/`),
  );
}

async function stillServes(): Promise<void> {
  const handle = command("user", { user: admin.userId });
  expect((await handle.ack()).type).toBe(5);
  const message = await handle.waitFor(answered, 15_000);
  expect(JSON.stringify(message.embeds)).toContain(admin.userId);
}

function resumes(): { count: number; stop: () => void } {
  const client = harness.bot()!.client;
  const counter = { count: 0, stop: () => client.off("shardResume", onResume) };
  const onResume = () => {
    counter.count++;
  };
  client.on("shardResume", onResume);
  return counter;
}

describe("Discord faults", () => {
  it("the gateway drops mid-command: the session resumes and the reply is still edited", async () => {
    const resumed = resumes();
    harness.roblox.setFaults({ latencyMs: 700 });
    try {
      const handle = command("groups", { user: world().subjects.manyGroupsUser.userId });
      expect((await handle.ack()).type).toBe(5);
      harness.discord.dropGateway();
      const message = await handle.waitFor(answered, 20_000);
      expect(message.ephemeral).toBe(false);
      expect(embedOf(message).title ?? "").toContain(world().subjects.manyGroupsUser.username);
      await until(
        () => resumed.count === 1 && harness.discord.gatewayConnections() === 1,
        10_000,
        "a resume",
      );
    } finally {
      harness.roblox.setFaults({});
      resumed.stop();
    }
    // A command sent while the gateway is down is replayed on RESUME and answered in time.
    const again = resumes();
    harness.discord.dropGateway();
    const replayed = command("user", { user: world().subjects.smallUser.userId });
    expect((await replayed.ack()).elapsedMs).toBeLessThan(3_000);
    expect(textOf(await replayed.waitFor(answered, 15_000))).toContain(world().subjects.smallUser.userId);
    await until(() => again.count === 1, 10_000, "a second resume");
    again.stop();
    await stillServes();
  }, 40_000);

  it("the gateway drops mid-upload: the upload finishes once and its reply is edited to the result", async () => {
    const resumed = resumes();
    const creates = () => harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });
    const before = creates();
    const attachment = harness.discord.addAttachment({ name: "through-the-storm.png", data: PNG });
    const handle = harness.discord.runCommand({
      name: "upload",
      options: { file: attachment },
      user: freshUser(),
    });
    await handle.waitFor((m) => textOf(m).includes("Waiting for Roblox"), 15_000);
    harness.discord.dropGateway();
    const done = await handle.waitFor((m) => embedOf(m).title === "Uploaded to Roblox", 20_000);
    expect(textOf(done)).toContain("Approved");
    expect(creates() - before).toBe(1);
    await until(() => resumed.count === 1, 10_000, "a resume");
    resumed.stop();
    await stillServes();
  }, 40_000);

  it("a callback answered with 5xx is retried by discord.js and the command completes", async () => {
    harness.discord.setRestFaults({
      status5xx: { count: 1, path: /^\/interactions\/\d+\/:token\/callback$/ },
    });
    const handle = command("user", { user: world().subjects.richUser.userId });
    expect((await handle.ack()).type).toBe(5);
    const message = await handle.waitFor(answered, 15_000);
    expect(textOf(message)).toContain(world().subjects.richUser.userId);
    const callbacks = requestsOf(handle).filter((r) => r.route.endsWith("/callback"));
    expect(callbacks.map((r) => r.status)).toEqual([502, 204]);

    // The edit of the deferred reply failing twice is retried as well.
    harness.discord.setRestFaults({
      status5xx: { count: 2, status: 503, method: "PATCH", path: /\/messages\/@original$/ },
    });
    const edited = command("user", { user: world().subjects.smallUser.userId });
    expect(textOf(await edited.waitFor(answered, 15_000))).toContain(world().subjects.smallUser.userId);
    const faulted = harness.discord.requests.filter((r) => r.status === 503);
    expect(faulted).toHaveLength(2);
    harness.discord.setRestFaults({});
    await stillServes();
  }, 30_000);

  it("a callback failing for good: logged, no crash, the next command works", async () => {
    const logsBefore = harness.logs.length;
    const failedCallbacks = () => harness.discord.requests.filter((r) => r.status === 502).length;
    // Earlier tests' 502s do not count: the defer and the error notice each fail all 4 tries.
    const failedBefore = failedCallbacks();
    harness.discord.setRestFaults({ status5xx: { count: 20, path: /\/callback$/ } });
    const doomed = command("user", { user: world().subjects.emptyUser.userId });
    await until(() => failedCallbacks() - failedBefore >= 8, 15_000, "discord.js to give up");
    harness.discord.setRestFaults({});
    await expect(doomed.ack(4_000)).rejects.toThrow();
    await until(
      () => parsedLogs(harness.logs.slice(logsBefore)).some((l) => Number(l.level) >= LEVEL.warn),
      5_000,
      "the failure to be logged",
    );
    expect(parsedLogs(harness.logs.slice(logsBefore)).some((l) => Number(l.level) === LEVEL.fatal)).toBe(
      false,
    );
    await stillServes();
  }, 30_000);

  it("the 3 s window missed because the bot's event loop was blocked: 10062 logged as a warning", async () => {
    const logsBefore = harness.logs.length;
    const handle = command("user", { user: world().subjects.admin.userId });
    // The bot runs in this process: block its event loop past the acknowledgement window.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3_500);
    await expect(handle.ack(10_000)).rejects.toThrow();
    await until(
      () => parsedLogs(harness.logs.slice(logsBefore)).some((l) => l.code === 10062),
      10_000,
      "the 10062 warning",
    );
    const gone = parsedLogs(harness.logs.slice(logsBefore)).filter((l) => l.code === 10062);
    expect(gone.map((l) => l.level)).toEqual([LEVEL.warn]);
    expect(gone[0]?.msg).toBe("interaction could no longer be answered");
    expect(parsedLogs(harness.logs.slice(logsBefore)).filter((l) => Number(l.level) >= LEVEL.error)).toEqual(
      [],
    );
    expect(handle.message()).toBeUndefined();
    await stillServes();
  }, 30_000);
});
