import { ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/translator.js";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import {
  type HttpClient,
  type LinkingHarness,
  linkInBrowser,
  startLinkingHarness,
} from "../support/linking.js";
import { MP3, PNG } from "./upload-files.js";

const operator = seedWorld(1).subjects.admin;
const MANAGE_GUILD = String(1n << 5n);
let linking: LinkingHarness;
const clients: HttpClient[] = [];

beforeAll(async () => {
  linking = await startLinkingHarness({
    appScopes: ["openid", "profile", "asset:read", "asset:write"],
    opencloud: { operationPolls: 1 },
    // The operator's account is set, but no server is on its allow-list: only uploads to self can work.
    env: { ROBLOX_UPLOAD_CREATOR: `user:${operator.userId}`, UPLOAD_COOLDOWN_SECONDS: "0" },
  });
});
afterAll(async () => {
  linking?.harness.assertClean(clients.flatMap((made) => made.pages));
  await linking?.harness.close();
});

const member = { id: "460000000000000001", username: "maker" };
const staff = { id: "460000000000000009", username: "staff" };
const robloxUser = () => linking.harness.roblox.world.subjects.oneGroupUser;
const creates = () => linking.harness.roblox.countRequests({ method: "POST", path: "/assets/v1/assets" });
const embedOf = (m: MessageState) =>
  (m.embeds[0] ?? {}) as { title?: string; fields?: Array<{ name: string; value: string }> };

function upload(
  options: Record<string, unknown>,
  user = member,
  file = { name: "logo.png", data: PNG },
): InteractionHandle {
  const attachment = linking.harness.discord.addAttachment(file);
  // No Manage Expressions: an ordinary member.
  return linking.harness.discord.runCommand({
    name: "upload",
    options: { file: attachment, ...options },
    user,
    memberPermissions: 0n,
  });
}

const notice = async (handle: InteractionHandle) =>
  (await handle.waitFor((m) => !m.loading && m.content.length > 0, 10_000)).content;

async function setSelfUploads(on: boolean): Promise<string> {
  const reply = await linking.harness.discord
    .runCommand({
      name: "settings",
      subcommandGroup: "set",
      subcommand: "self-uploads",
      options: [{ name: "on", type: T.Boolean, value: on }],
      user: staff,
      memberPermissions: MANAGE_GUILD,
    })
    .reply();
  return JSON.stringify(reply.embeds) + reply.content;
}

describe("/upload to the member's own Roblox account", () => {
  it("is off by default in a server: to:me is refused and nothing is sent", async () => {
    linking.clock.advance(60_000);
    const { browser, authorizeUrl } = await linkInBrowser(linking, member, robloxUser().userId, "uploads");
    clients.push(browser);
    expect(authorizeUrl.searchParams.get("scope")).toBe("openid profile asset:read asset:write");
    const before = creates();
    expect(await notice(upload({ to: "me" }))).toBe(en.t("upload.selfOff"));
    // to: server for a non-staff member, on a server the operator did not allow: refused, nothing sent.
    expect(await notice(upload({ to: "server" }))).not.toBe("");
    expect(creates()).toBe(before);
  });

  it("with self-uploads on, the asset is created under the member's Roblox user, never the operator", async () => {
    expect(await setSelfUploads(true)).toContain(en.t("settings.set.selfUploads.on"));
    const before = creates();
    // No `to`: where self-uploads are on, the default is the member's own account.
    const done = await upload({}).waitFor(
      (m) => !m.loading && embedOf(m).title === "Uploaded to Roblox",
      20_000,
    );
    const assetId = embedOf(done).fields?.find((field) => field.name === "Asset ID")?.value ?? "";
    expect(assetId).toMatch(/^\d+$/);
    expect(creates()).toBe(before + 1);
    const asset = linking.harness.roblox.world.getAsset(assetId);
    expect(asset?.creator).toEqual({ userId: robloxUser().userId });
    const post = linking.harness.roblox.requests.filter(
      (request) => request.method === "POST" && request.path === "/assets/v1/assets",
    );
    expect(post.at(-1)?.keyOwner).toBe(`users/${robloxUser().userId}`);
  });

  it("an audio upload to:me is refused when the member's own audio quota is spent, and nothing is sent", async () => {
    const roblox = linking.harness.roblox;
    roblox.quotas.setAudioUsage(robloxUser().userId, 10, roblox.clock.now());
    const before = creates();
    const reply = await upload({ to: "me" }, member, { name: "theme.mp3", data: MP3 }).waitFor(
      (m) => !m.loading && /quota/.test(JSON.stringify(m.embeds) + m.content),
      15_000,
    );
    expect(JSON.stringify(reply.embeds) + reply.content).toContain(
      `The audio upload quota of user ${robloxUser().userId} is used up`,
    );
    expect(creates()).toBe(before);
    const quotaReads = roblox.requests.filter((request) => request.family === "asset-quotas");
    expect(quotaReads.at(-1)?.keyOwner).toBe(`users/${robloxUser().userId}`);
    roblox.quotas.setAudioUsage(robloxUser().userId, 0, roblox.clock.now());
  });

  it("/unlink revokes the kept grant at Roblox, and /upload to:me then asks for a link", async () => {
    const reply = await linking.harness.discord.runCommand({ name: "unlink", user: member }).reply();
    expect(reply.content).toMatch(/^Unlinked: .* the access you gave the bot on Roblox was revoked/);
    const grant = linking.harness.roblox.oauth
      .grants(linking.clientId)
      .filter((g) => g.userId === robloxUser().userId)
      .at(-1);
    expect(grant).toMatchObject({ revoked: true, revokedBy: "revoke" });
    expect(await notice(upload({ to: "me" }))).toBe(en.t("target.selfNotLinked"));
  });

  it("a member linked without the upload grant is told how to give it", async () => {
    const other = { id: "460000000000000002", username: "other" };
    linking.clock.advance(60_000);
    const { browser } = await linkInBrowser(
      linking,
      other,
      linking.harness.roblox.world.subjects.groupless.userId,
    );
    clients.push(browser);
    const before = creates();
    expect(await notice(upload({ to: "me" }, other))).toBe(en.t("grant.uploadsNeeded"));
    expect(creates()).toBe(before);
  });

  it("/privacy delete leaves the upload in the server's log with neither the member nor whose grant sent it", async () => {
    const leaving = { id: "460000000000000003", username: "leaving" };
    const roblox = linking.harness.roblox.world.subjects.richUser;
    linking.clock.advance(60_000);
    const { browser } = await linkInBrowser(linking, leaving, roblox.userId, "uploads");
    clients.push(browser);
    expect(await setSelfUploads(true)).toContain(en.t("settings.set.selfUploads.on"));
    const done = await upload({ to: "me" }, leaving).waitFor(
      (m) => !m.loading && embedOf(m).title === "Uploaded to Roblox",
      20_000,
    );
    expect(embedOf(done).fields?.find((field) => field.name === "Asset ID")?.value).toMatch(/^\d+$/);
    const services = linking.harness.bot()?.context.services;
    const guildId = linking.harness.discord.guilds[0]?.id ?? "";
    const [sent] = (await services?.uploads.recent(leaving.id)) ?? [];
    expect(sent).toMatchObject({ userId: leaving.id, grantOf: leaving.id });
    const logged = async () =>
      (await services?.uploads.log({ guildId, limit: 50 }))?.find((job) => job.id === sent?.id);
    expect(await logged()).toBeDefined();

    const shown = await linking.harness.discord
      .runCommand({ name: "privacy", user: leaving, guildId })
      .reply();
    const asked = await linking.harness.discord
      .click(shown, "pv:v1:delete", { user: leaving })
      .waitFor((m) => m.content === en.t("privacy.confirm"), 10_000);
    await linking.harness.discord
      .click(asked, "pv:v1:confirm", { user: leaving })
      .waitFor((m) => m.content.startsWith("Deleted."), 10_000);
    const kept = await logged();
    expect(kept).toBeDefined();
    expect(JSON.stringify(kept)).not.toContain(leaving.id);
  });
});
