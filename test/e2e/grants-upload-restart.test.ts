import { ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import {
  type HttpClient,
  type LinkingHarness,
  linkInBrowser,
  startLinkingHarness,
} from "../support/linking.js";
import { PNG } from "./upload-files.js";

const operator = seedWorld(1).subjects.admin;
const titleOf = (m: MessageState) => String((m.embeds[0] as { title?: string } | undefined)?.title ?? "");
const showing = (text: string) => (m: MessageState) => JSON.stringify(m.embeds).includes(text);

describe("/upload to:me across a killed bot process", () => {
  let linking: LinkingHarness;
  const clients: HttpClient[] = [];
  const member = { id: "470000000000000001", username: "maker" };
  const creates = () => linking.harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });

  beforeAll(async () => {
    linking = await startLinkingHarness({
      childProcess: true,
      appScopes: ["openid", "profile", "asset:read", "asset:write"],
      opencloud: { operationPolls: 5 },
      env: { ROBLOX_UPLOAD_CREATOR: `user:${operator.userId}`, UPLOAD_COOLDOWN_SECONDS: "0" },
    });
  }, 60_000);
  afterAll(async () => {
    linking?.harness.assertClean(clients.flatMap((made) => made.pages));
    await linking?.harness.close();
  });

  it("resumes with the member's grant after SIGKILL and a restart, and never POSTs twice", async () => {
    const { browser } = await linkInBrowser(
      linking,
      member,
      linking.harness.roblox.world.subjects.oneGroupUser.userId,
      "uploads",
    );
    clients.push(browser);
    await linking.harness.discord
      .runCommand({
        name: "settings",
        subcommandGroup: "set",
        subcommand: "self-uploads",
        options: [{ name: "on", type: T.Boolean, value: true }],
        user: { id: "470000000000000009", username: "staff" },
        memberPermissions: String(1n << 5n),
      })
      .reply();
    linking.harness.roblox.clearRequests();
    const attachment = linking.harness.discord.addAttachment({ name: "mine.png", data: PNG });
    const handle = linking.harness.discord.runCommand({
      name: "upload",
      options: { file: attachment, to: "me" },
      user: member,
      memberPermissions: 0n,
    });
    await handle.waitFor(showing("Waiting for Roblox"), 15_000);
    await linking.harness.killBot();
    await linking.harness.startBot();
    const done = await handle.waitFor((m) => titleOf(m) === "Uploaded to Roblox", 20_000);
    expect(JSON.stringify(done.embeds)).toContain("Approved");
    expect(creates()).toBe(1);
    const owner = `users/${linking.harness.roblox.world.subjects.oneGroupUser.userId}`;
    const operations = linking.harness.roblox.requests.filter((request) => request.family === "operations");
    expect(operations.length).toBeGreaterThan(0);
    // Every poll, before and after the restart, went with the member's grant, never the operator's key.
    expect(operations.every((request) => request.keyOwner === owner)).toBe(true);
  }, 60_000);
});
