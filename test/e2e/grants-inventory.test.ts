import { ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { en } from "../../src/i18n/translator.js";
import type { InteractionHandle, MessageState } from "../emulators/discord/types.js";
import {
  type HttpClient,
  type LinkingHarness,
  linkInBrowser,
  startLinkingHarness,
} from "../support/linking.js";

let linking: LinkingHarness;
const clients: HttpClient[] = [];

beforeAll(async () => {
  linking = await startLinkingHarness({
    appScopes: ["openid", "profile", "user.inventory-item:read", "asset:read", "asset:write"],
  });
});
afterAll(async () => {
  linking?.harness.assertClean(clients.flatMap((made) => made.pages));
  await linking?.harness.close();
});

type User = { id: string; username: string };
const dave: User = { id: "450000000000000001", username: "dave" };
const erin: User = { id: "450000000000000002", username: "erin" };
const privateUser = () => linking.harness.roblox.world.subjects.privateUser;

/** /link (with `access` when given) through the browser flow, consenting as the Roblox user. */
async function linkThroughRoblox(user: User, robloxUserId: string, access?: string): Promise<URL> {
  linking.clock.advance(60_000);
  const { authorizeUrl, browser } = await linkInBrowser(linking, user, robloxUserId, access);
  clients.push(browser);
  return authorizeUrl;
}

const notice = (handle: InteractionHandle): Promise<MessageState> =>
  handle.waitFor((m) => !m.loading && !m.deleted && (m.content !== "" || m.embeds.length > 0), 10_000);

const inventoryAs = (user: User, options: Record<string, unknown> = {}) =>
  notice(linking.harness.discord.runCommand({ name: "inventory", user, options }));

const bearerInventoryReads = () =>
  linking.harness.roblox.requests.filter(
    (request) => request.family === "inventory" && request.keyOwner === `users/${privateUser().userId}`,
  );

describe("a private inventory with the member's own grant", () => {
  it("identity-only link: the private inventory says how to grant access", async () => {
    await linkThroughRoblox(dave, privateUser().userId);
    const reply = await inventoryAs(dave);
    expect(reply.content).toBe(en.t("grant.inventoryNeeded"));
    // The identity grant was revoked at sign-in: nothing is kept to read with.
    expect(linking.harness.roblox.oauth.grants(linking.clientId).at(-1)?.revoked).toBe(true);
  });

  it("after /link access:inventory, the owner lists it; another member still cannot", async () => {
    const authorizeUrl = await linkThroughRoblox(dave, privateUser().userId, "inventory");
    expect(authorizeUrl.searchParams.get("scope")?.split(" ")).toEqual([
      "openid",
      "profile",
      "user.inventory-item:read",
    ]);
    const grant = linking.harness.roblox.oauth.grants(linking.clientId).at(-1);
    expect(grant).toMatchObject({ userId: privateUser().userId, revoked: false });

    const before = bearerInventoryReads().length;
    const mine = await inventoryAs(dave);
    expect(mine.content).toBe("");
    expect(JSON.stringify(mine.embeds)).toContain(privateUser().username);
    expect(JSON.stringify(mine.embeds)).toMatch(/\/catalog\/\d+|\/badges\/\d+|\/game-pass\/\d+/);
    expect(bearerInventoryReads().length).toBe(before + 1);

    // erin asks for dave's inventory: read with the bot's key, refused as private, never with dave's grant.
    const theirs = await inventoryAs(erin, { member: dave });
    expect(theirs.content).toMatch(/inventory is private, so Roblox does not show it to the bot/);
    expect(bearerInventoryReads().length).toBe(before + 1);
  });

  it("an ownership bind reads the member's private inventory with their own grant on /verify", async () => {
    const emu = linking.harness.discord;
    const guildId = emu.guilds[0]?.id ?? "";
    // As `npm run deploy-commands` would: the emulator then types each option from the registered command.
    const put = await fetch(`${emu.apiUrl}/v10/applications/${emu.applicationId}/commands`, {
      method: "PUT",
      headers: { authorization: `Bot ${emu.token}`, "content-type": "application/json" },
      body: JSON.stringify(commands.map((command) => command.data)),
    });
    expect(put.status).toBe(200);
    const vip = emu.guildControls.createRole(guildId, { name: "VIP" });
    for (let tries = 0; tries < 100; tries++) {
      if (linking.harness.bot()?.client.guilds.cache.get(guildId)?.roles.cache.has(vip)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    emu.guildControls.addMember(guildId, dave);
    const GAME_PASS = 880_000_077;
    linking.harness.roblox.world.addInventoryItems(privateUser().userId, [
      { kind: "gamePass", gamePassId: GAME_PASS },
    ]);
    const staff = { id: "450000000000000009", username: "staffer" };
    const saved = await emu
      .runCommand({
        name: "binds",
        subcommandGroup: "add",
        subcommand: "owns",
        user: staff,
        options: [
          { name: "item", type: T.String, value: "gamePass" },
          { name: "id", type: T.Integer, value: GAME_PASS },
          { name: "role", type: T.Role, value: vip },
        ],
      })
      .reply();
    expect(saved.content + JSON.stringify(saved.embeds)).toContain(`owns game pass ${GAME_PASS}`);

    const before = bearerInventoryReads().length;
    const verified = await emu.runCommand({ name: "verify", user: dave, options: [] }).reply();
    await linking.harness.settled();
    const text = JSON.stringify(verified.embeds) + verified.content;
    expect(text).toContain(`Added <@&${vip}>: owns game pass ${GAME_PASS}`);
    expect(text).not.toContain("inventory is private");
    // The bot's key was refused (private), then dave's own grant read it.
    expect(bearerInventoryReads().length).toBe(before + 1);
    expect(emu.guildControls.member(guildId, dave.id)?.roles).toEqual([vip]);
  });

  it("100 concurrent /inventory with an expired access token make exactly one token request", async () => {
    linking.clock.advance(15 * 60_000);
    linking.harness.roblox.clock.advance(15 * 60_000);
    const refreshes = () =>
      linking.harness.roblox.oauth.log.filter(
        (entry) => entry.endpoint === "token" && entry.grantType === "refresh_token",
      ).length;
    const before = refreshes();
    const replies = await Promise.all(Array.from({ length: 100 }, () => inventoryAs(dave)));
    expect(refreshes()).toBe(before + 1);
    for (const reply of replies) expect(JSON.stringify(reply.embeds)).toContain(privateUser().username);
  }, 60_000);

  it("a grant revoked at Roblox: the next listing says to /link again", async () => {
    const grant = linking.harness.roblox.oauth.grants(linking.clientId).at(-1);
    if (grant === undefined) throw new Error("no grant");
    grant.revoked = true;
    // 15 minutes on: the access token must be renewed, and Roblox refuses the refresh.
    linking.clock.advance(15 * 60_000);
    linking.harness.roblox.clock.advance(15 * 60_000);
    const reply = await inventoryAs(dave, { badges: true });
    expect(reply.content).toBe(en.t("grant.lapsed"));
    const refreshes = linking.harness.roblox.oauth.log.filter(
      (entry) => entry.endpoint === "token" && entry.grantType === "refresh_token",
    );
    expect(refreshes.at(-1)?.outcome).toBe("invalid_grant");
    // The page Roblox read before is not served from the cache either.
    expect((await inventoryAs(dave)).content).toBe(en.t("grant.lapsed"));
  });

  it("linking to another Roblox account ends the grant of the previous one", async () => {
    const { groupless, richUser } = linking.harness.roblox.world.subjects;
    await linkThroughRoblox(erin, groupless.userId, "inventory");
    const kept = linking.harness.roblox.oauth.grants(linking.clientId).at(-1);
    expect(kept).toMatchObject({ userId: groupless.userId, revoked: false });
    await linkThroughRoblox(erin, richUser.userId);
    expect(kept).toMatchObject({ revoked: true, revokedBy: "revoke" });
    expect(await linking.harness.bot()?.context.services.grants?.summary(erin.id)).toBeUndefined();
  });

  it("a Roblox account that moves to another Discord account ends the grant its previous owner kept for it", async () => {
    const { groupless } = linking.harness.roblox.world.subjects;
    await linkThroughRoblox(erin, groupless.userId, "inventory");
    const kept = linking.harness.roblox.oauth.grants(linking.clientId).at(-1);
    expect(kept).toMatchObject({ userId: groupless.userId, revoked: false });
    await linkThroughRoblox(dave, groupless.userId);
    expect(await linking.harness.bot()?.context.services.linking?.linkOf(dave.id)).toMatchObject({
      robloxUserId: groupless.userId,
    });
    expect(kept).toMatchObject({ revoked: true, revokedBy: "revoke" });
    expect(await linking.harness.bot()?.context.services.grants?.summary(erin.id)).toBeUndefined();
  });
});
