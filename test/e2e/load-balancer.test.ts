import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "../emulators/discord/index.js";
import type { MessageState } from "../emulators/discord/types.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../emulators/opencloud/index.js";
import { type BotProcess, spawnBot } from "../support/bot-process.js";
import { emulatorEnv, seededGuildIds } from "../support/emulatorEnv.js";
import { HTTP_READY_LINE } from "../support/harness.js";
import { rawRateLimitTexts, runMixedLoad } from "../support/mixed-load.js";
import { type LoadBalancer, startLoadBalancer } from "../support/nginx.js";
import { freePort, waitFor } from "../support/ports.js";
import { createPrivateRedis, type PrivateRedis } from "../support/private-redis.js";
import { PNG } from "./upload-files.js";

/**
 * Scale-out as deployed: three stateless instances taking interactions over HTTP behind nginx, one
 * events process on the gateway, one Redis. Any instance may answer any interaction or button press.
 */
const LOAD = { interactions: 1_000, users: 100, durationMs: 60_000 };
const INSTANCES = 3;

let discord: DiscordEmulator;
let roblox: OpenCloudEmulator;
let redis: PrivateRedis;
let balancer: LoadBalancer;
let workDir: string;
let baseEnv: Record<string, string>;
const instancePorts: number[] = [];
const instances: BotProcess[] = [];
let events: BotProcess | undefined;
const logs: string[] = [];

function startInstance(index: number): BotProcess {
  const bot = spawnBot({ ...baseEnv, WEB_PORT: String(instancePorts[index]) }, workDir, {
    readyText: HTTP_READY_LINE,
    onStdout: (line) => logs.push(`${index} ${line}`),
    onStderr: (line) => logs.push(`${index} stderr: ${line}`),
  });
  instances[index] = bot;
  return bot;
}

async function stop(bot: BotProcess | undefined): Promise<void> {
  if (!bot || bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  bot.child.kill("SIGTERM");
  await bot.exited;
}

beforeAll(async () => {
  redis = await createPrivateRedis();
  roblox = await startOpenCloudEmulator({ seed: 1, webLimits: "off", operationPolls: 4 });
  discord = await startDiscordEmulator({ heartbeatIntervalMs: 5_000 });
  workDir = mkdtempSync(join(tmpdir(), "bot-lb-"));
  const admin = roblox.world.subjects.admin;
  baseEnv = {
    NODE_ENV: "test",
    LOG_LEVEL: "info",
    JOB_LOCK_SECONDS: "2",
    ...emulatorEnv(discord, roblox),
    STORE_URL: redis.url,
    ROBLOX_WEB_LIMITS: "off",
    INTERACTIONS_MODE: "http",
    DISCORD_PUBLIC_KEY: discord.verifyKey,
    TRUST_PROXY: "1",
    ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
    UPLOAD_GUILD_IDS: seededGuildIds(discord),
    UPLOAD_COOLDOWN_SECONDS: "0",
  };
  for (let index = 0; index < INSTANCES; index++) instancePorts.push(await freePort());
  const eventsPort = await freePort();
  events = spawnBot({ ...baseEnv, WEB_PORT: String(eventsPort) }, workDir, {
    entry: "src/eventsProcess.ts",
    onStdout: (line) => logs.push(`events ${line}`),
  });
  await Promise.all([...instancePorts.map((_, index) => startInstance(index).ready), events.ready]);
  balancer = await startLoadBalancer(await freePort(), instancePorts);
  await discord.setInteractionsEndpoint(`${balancer.url}/interactions`);
}, 90_000);

afterAll(async () => {
  // LB_TEST_LOGS=<file> keeps every process's log lines (prefixed by instance) for a failed run.
  if (process.env.LB_TEST_LOGS) writeFileSync(process.env.LB_TEST_LOGS, logs.join("\n"));
  await Promise.all([...instances.map(stop), stop(events)]);
  await balancer?.close();
  await Promise.allSettled([discord?.close(), roblox?.close(), redis?.kill()]);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The instance (nginx's upstream address) that answered each interaction, by interaction id. */
function upstreamsById(): Map<string, string> {
  const byId = new Map<string, string>();
  for (const request of balancer.proxied()) {
    try {
      const id = (JSON.parse(request.body) as { id?: string }).id;
      if (id !== undefined && request.status === 200) byId.set(id, request.upstream);
    } catch {
      // Hostile or empty bodies are not interactions.
    }
  }
  return byId;
}

const footerOf = (message: MessageState) =>
  (message.embeds[0] as { footer?: { text: string } } | undefined)?.footer?.text ?? "";

function buttonId(message: MessageState, action: string): string {
  const row = message.components[0] as { components: Array<{ custom_id: string }> };
  const id = row.components.find((button) => button.custom_id.endsWith(`:${action}`))?.custom_id;
  if (!id) throw new Error(`no ${action} button`);
  return id;
}

describe("three instances behind nginx, one events process, one Redis", () => {
  it("holds one gateway session (the events process) and passed Discord's endpoint checks through nginx", () => {
    expect(discord.gatewayConnections()).toBe(1);
  });

  it("pages one list with presses landing on different instances, each turn correct", async () => {
    const subject = roblox.world.subjects.manyGroupsUser;
    const user = { id: "620000000000000001", username: "pager" };
    const handle = discord.runCommand({ name: "groups", options: { user: subject.username }, user });
    let message = await handle.waitFor((m) => !m.loading, 15_000);
    const pages = Number(/page 1 of (\d+)/.exec(footerOf(message))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    const presses: string[] = [];
    const plan = ["next", "next", "next", "prev", "first", "last"] as const;
    let page = 1;
    for (const action of plan) {
      const press = discord.click(message, buttonId(message, action), { user });
      presses.push(press.id);
      page = action === "next" ? page + 1 : action === "prev" ? page - 1 : action === "first" ? 1 : pages;
      message = await press.waitFor((m) => footerOf(m).includes(`page ${page} of ${pages}`), 15_000);
      expect(message.id).toBe(handle.message()?.id);
    }
    const byId = upstreamsById();
    const answeredBy = new Set(presses.map((id) => byId.get(id)));
    expect(answeredBy.has(undefined)).toBe(false);
    expect(answeredBy.size).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it("answers 1,000 interactions over 60 s: none expired, every reply correct, no global 429", async () => {
    const deliveredBefore = discord.httpDeliveries.length;
    const results = await runMixedLoad({ discord, roblox }, LOAD);
    expect(results).toHaveLength(LOAD.interactions);
    expect(results.filter((result) => result.outcome === "problem").map((result) => result.detail)).toEqual(
      [],
    );
    const deliveries = discord.httpDeliveries.slice(deliveredBefore);
    expect(deliveries).toHaveLength(LOAD.interactions);
    // The emulator enforces the 3 s rule: an answer after it is recorded as 10062.
    expect(deliveries.filter((delivery) => delivery.error !== undefined)).toEqual([]);
    expect(deliveries.filter((delivery) => delivery.status !== 200)).toEqual([]);
    expect(discord.requests.filter((request) => request.status === 429)).toEqual([]);
    expect(rawRateLimitTexts(discord)).toEqual([]);
    expect(discord.violations).toEqual([]);
    // Spread over every instance.
    const byId = upstreamsById();
    expect(new Set(deliveries.map((delivery) => byId.get(delivery.interactionId))).size).toBe(INSTANCES);
  }, 120_000);

  it("finishes an upload on another instance after the one waiting for Roblox's operation is SIGKILLed", async () => {
    roblox.clearRequests();
    const creates = () => roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });
    const logsBefore = logs.length;
    const attachment = discord.addAttachment({ name: "scale-out.png", data: PNG });
    const handle = discord.runCommand({
      name: "upload",
      options: { file: attachment },
      user: { id: "620000000000000002", username: "uploader" },
    });
    await handle.waitFor((m) => JSON.stringify(m.embeds).includes("Waiting for Roblox"), 20_000);
    const accepted = await waitFor(
      async () => logs.slice(logsBefore).find((line) => line.includes("upload accepted by Roblox")),
      10_000,
      "the instance running the upload",
    );
    const victim = Number(accepted.split(" ", 1)[0]);
    instances[victim]?.child.kill("SIGKILL");
    await instances[victim]?.exited;
    const done = await handle.waitFor(
      (m) => (m.embeds[0] as { title?: string } | undefined)?.title === "Uploaded to Roblox",
      30_000,
    );
    expect(JSON.stringify(done.embeds)).toContain("Approved");
    expect(creates()).toBe(1);
    // Logged just after the reply is edited.
    const finished = await waitFor(
      async () => logs.slice(logsBefore).find((line) => line.includes("upload finished")),
      5_000,
      "the instance that finished the upload",
    );
    expect(Number(finished.split(" ", 1)[0])).not.toBe(victim);
    expect(logs.slice(logsBefore).filter((line) => line.includes("upload finished"))).toHaveLength(1);
  }, 60_000);
});
