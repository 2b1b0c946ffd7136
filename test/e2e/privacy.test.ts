import { createHash } from "node:crypto";
import { ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { afterAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/translator.js";
import type { InteractionHandle, MessageState } from "../emulators/discord/types.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { type LinkingHarness, startLinkingHarness } from "../support/linking.js";
import { createPrivateRedis, type PrivateRedis } from "../support/private-redis.js";
import { findInStore } from "../support/store-search.js";
import { PNG } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
const GUILD = "1300000000000000021";
const OTHER_GUILD = "1300000000000000022";
const MANAGE_EXPRESSIONS = 1n << 30n;
const MANAGE_GUILD = 1n << 5n;
type User = { id: string; username: string };

/** A bot with linking, uploads in GUILD and an upload log, on the given store. */
async function start(store: "sqlite" | "redis", redisUrl?: string): Promise<LinkingHarness> {
  return startLinkingHarness({
    store,
    opencloud: { operationPolls: 1 },
    discord: {
      guilds: [
        { id: GUILD, name: "The team's server" },
        { id: OTHER_GUILD, name: "Another server" },
      ],
    },
    env: {
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: GUILD,
      UPLOAD_COOLDOWN_SECONDS: "30",
      ...(redisUrl === undefined ? {} : { STORE_URL: redisUrl }),
    },
  });
}

async function linkByPhrase(linking: LinkingHarness, user: User, robloxUserId: string): Promise<void> {
  const reply = await linking.harness.discord
    .runCommand({ name: "link", user, guildId: GUILD, options: { method: "profile", account: robloxUserId } })
    .reply();
  const phrase = /`([a-z ]+)`/.exec(reply.content)?.[1] ?? "";
  linking.harness.roblox.world.setAbout(robloxUserId, phrase);
  await linking.harness.discord
    .click(reply, "lk:v1:check", { user })
    .waitFor((m) => m.content.startsWith("Linked as"), 10_000);
}

const titleOf = (m: MessageState) => String((m.embeds[0] as { title?: string } | undefined)?.title ?? "");
const uploaded = (m: MessageState) => !m.loading && titleOf(m) !== "" && !/^Uploading/.test(titleOf(m));
const textOf = (m: MessageState) => JSON.stringify(m.embeds) + m.content;
const notice = (handle: InteractionHandle): Promise<MessageState> =>
  handle.waitFor((m) => !m.loading && !m.deleted && m.content !== "", 10_000);

async function upload(linking: LinkingHarness, user: User, data: Buffer): Promise<string> {
  const attachment = linking.harness.discord.addAttachment({ name: "badge.png", data });
  const done = await linking.harness.discord
    .runCommand({
      name: "upload",
      options: { file: attachment },
      guildId: GUILD,
      user,
      memberPermissions: MANAGE_EXPRESSIONS,
    })
    .waitFor(uploaded, 15_000);
  const fields = (done.embeds[0] as { fields?: Array<{ name: string; value: string }> }).fields ?? [];
  return fields.find((f) => f.name === "Asset ID")?.value ?? "";
}

function deletesEverything(store: "sqlite" | "redis") {
  let linking: LinkingHarness | undefined;
  let redis: PrivateRedis | undefined;
  afterAll(async () => {
    await linking?.harness.close();
    await redis?.kill();
  });

  it(`on ${store}: /privacy shows the link and uploads; delete leaves no record of the member and the log says "deleted member"`, async () => {
    let storeUrl: string | undefined;
    if (store === "redis") {
      redis = await createPrivateRedis();
      await redis.start();
      storeUrl = redis.url;
    }
    linking = await start(store, storeUrl);
    storeUrl ??= linking.harness.config.storeUrl;
    const member = { id: "460000000000000001", username: "frank" };
    const staff = { id: "460000000000000009", username: "staff" };
    const roblox = linking.harness.roblox.world.subjects.oneGroupUser;
    await linkByPhrase(linking, member, roblox.userId);
    const bytes = Buffer.concat([PNG, Buffer.from(`privacy ${store}`)]);
    const assetId = await upload(linking, member, bytes);
    expect(assetId).toMatch(/^\d+$/);
    // A /verify records the server as one where the member's link shows.
    await notice(linking.harness.discord.runCommand({ name: "verify", user: member, guildId: OTHER_GUILD }));
    expect(await findInStore(storeUrl, member.id)).not.toEqual([]);

    const shown = await linking.harness.discord
      .runCommand({ name: "privacy", user: member, guildId: GUILD })
      .reply();
    expect(shown.ephemeral).toBe(true);
    expect(textOf(shown)).toContain(roblox.username);
    expect(textOf(shown)).toContain("profile");
    expect(textOf(shown)).toContain("1 upload recorded");

    const asked = await linking.harness.discord
      .click(shown, "pv:v1:delete", { user: member })
      .waitFor((m) => m.content === en.t("privacy.confirm"), 10_000);
    const done = await linking.harness.discord
      .click(asked, "pv:v1:confirm", { user: member })
      .waitFor((m) => m.content.startsWith("Deleted."), 10_000);
    expect(done.components).toEqual([]);

    // Every table (SQLite) or key of every type (Redis): nothing holds the member's Discord ID.
    expect(await findInStore(storeUrl, member.id)).toEqual([]);
    expect(await linking.harness.bot()?.context.services.links?.linkOf(member.id)).toBeUndefined();
    const mine = await notice(
      linking.harness.discord.runCommand({ name: "user", user: member, guildId: GUILD }),
    );
    expect(mine.content).toBe(en.t("target.selfNotLinked"));

    const log = await linking.harness.discord
      .runCommand({
        name: "uploads",
        options: { server: true },
        guildId: GUILD,
        user: staff,
        memberPermissions: MANAGE_GUILD,
      })
      .waitFor((m) => !m.loading && m.embeds.length > 0, 10_000);
    const entry = textOf(log);
    expect(entry).toContain("deleted member");
    expect(entry).toContain(createHash("sha256").update(bytes).digest("hex"));
    expect(entry).toContain(assetId);
    expect(entry).not.toContain(member.id);
    // The cooldown went with the rest: the member can upload again at once.
    expect(await findInStore(storeUrl, "upload-cooldown")).toEqual([]);
  });
}

describe("/privacy delete", () => {
  describe("SQLite", () => deletesEverything("sqlite"));
  describe("Redis", () => deletesEverything("redis"));
});

describe("who sees a link", () => {
  let linking: LinkingHarness | undefined;
  afterAll(async () => {
    await linking?.harness.close();
  });

  it("shows member:@x only where x linked, until x allows every server in /privacy", async () => {
    linking = await start("sqlite");
    const gina = { id: "460000000000000002", username: "gina" };
    const hal = { id: "460000000000000003", username: "hal" };
    const roblox = linking.harness.roblox.world.subjects.richUser;
    await linkByPhrase(linking, gina, roblox.userId);
    const ask = (guildId: string | null) =>
      linking?.harness.discord.runCommand({ name: "user", user: hal, guildId, options: { member: gina } });
    const here = await ask(GUILD)?.reply();
    expect(JSON.stringify(here?.embeds)).toContain(roblox.username);
    const elsewhere = await notice(ask(OTHER_GUILD) as InteractionHandle);
    expect(elsewhere.content).toBe(en.t("target.memberNotLinked"));

    const settings = await linking.harness.discord
      .runCommand({ name: "privacy", user: gina, guildId: OTHER_GUILD })
      .reply();
    expect(textOf(settings)).toContain(en.t("privacy.shown.linked"));
    const everywhere = await linking.harness.discord
      .click(settings, "pv:v1:show-everywhere", { user: gina })
      .waitFor((m) => textOf(m).includes(en.t("privacy.shown.everywhere")), 10_000);
    const nowShown = await ask(OTHER_GUILD)?.reply();
    expect(JSON.stringify(nowShown?.embeds)).toContain(roblox.username);
    const inDm = await ask(null)?.reply();
    expect(JSON.stringify(inDm?.embeds)).toContain(roblox.username);

    await linking.harness.discord
      .click(everywhere, "pv:v1:show-linked", { user: gina })
      .waitFor((m) => textOf(m).includes(en.t("privacy.shown.linked")), 10_000);
    const hiddenAgain = await notice(ask(OTHER_GUILD) as InteractionHandle);
    expect(hiddenAgain.content).toBe(en.t("target.memberNotLinked"));

    // Running /verify in a server shows the link there too (this one has no binds: nothing else changes).
    const verify = await notice(
      linking.harness.discord.runCommand({ name: "verify", user: gina, guildId: OTHER_GUILD }),
    );
    expect(verify.content).toBe(en.t("verify.noBinds"));
    const afterVerify = await ask(OTHER_GUILD)?.reply();
    expect(JSON.stringify(afterVerify?.embeds)).toContain(roblox.username);
    const inDmStill = await notice(ask(null) as InteractionHandle);
    expect(inDmStill.content).toBe(en.t("target.memberNotLinked"));
    const listed = await linking.harness.discord
      .runCommand({ name: "privacy", user: gina, guildId: null })
      .reply();
    expect(textOf(listed)).toContain(OTHER_GUILD);
  });

  it("/settings sets how long the server's upload log keeps an entry, and back to the default", async () => {
    const staff = { id: "460000000000000009", username: "staff" };
    const settings = (options: Array<{ name: string; type: T; value: number }>, subcommand: string) =>
      linking?.harness.discord
        .runCommand({
          name: "settings",
          options,
          user: staff,
          guildId: GUILD,
          memberPermissions: MANAGE_GUILD,
          ...(subcommand === "show" ? { subcommand } : { subcommandGroup: "set", subcommand }),
        })
        .reply();
    const set = await settings([{ name: "days", type: T.Integer, value: 45 }], "upload-log-days");
    expect(JSON.stringify(set?.embeds)).toContain("keeps each entry for 45 days");
    expect(await linking?.harness.bot()?.context.services.retention.uploadLogDays(GUILD)).toBe(45);
    const shown = await settings([], "show");
    expect(JSON.stringify(shown?.embeds)).toContain("(days the upload log keeps an entry): 45");
    const reset = await settings([], "upload-log-days");
    expect(JSON.stringify(reset?.embeds)).toContain("the bot's default, 180 days");
    expect(await linking?.harness.bot()?.context.services.retention.uploadLogDays(OTHER_GUILD)).toBe(180);
  });
});
