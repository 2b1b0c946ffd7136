import { randomBytes, randomUUID } from "node:crypto";
import { createClient, type RedisClientType } from "@keyv/redis";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../../src/clock.js";
import { MemberGrants, REFRESH_LIFETIME_MS } from "../../src/services/linking/grants.js";
import { RobloxOAuth } from "../../src/services/linking/oauthClient.js";
import { Sealer, type SealingKey } from "../../src/services/linking/sealing.js";
import { MemoryPrimitives, RedisPrimitives, type StorePrimitives } from "../../src/store/primitives/index.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../emulators/opencloud/index.js";
import { grantTokens } from "../emulators/opencloud/oauth/flowHelpers.js";
import type { OAuthApp } from "../emulators/opencloud/oauth/types.js";

const REDIS_URL = "redis://127.0.0.1:6379";
const redisPrefix = `test:grants:${randomUUID()}:`;
const redisClients: RedisClientType[] = [];
const MINUTE = 60_000;

let emu: OpenCloudEmulator;
let app: OAuthApp;
/** The bot's clock follows the emulator's, so "15 minutes later" is the same moment on both sides. */
let clock: Clock;

beforeAll(async () => {
  emu = await startOpenCloudEmulator({});
  app = emu.oauth.defaultApp as OAuthApp;
  clock = { now: () => emu.clock.now() };
});
afterAll(async () => {
  const cleaner = redisClients[0];
  if (cleaner) {
    for await (const keys of cleaner.scanIterator({ MATCH: `${redisPrefix}*`, COUNT: 500 })) {
      if (keys.length > 0) await cleaner.del(keys);
    }
  }
  await Promise.all(redisClients.map((client) => client.quit()));
  await emu.close();
});

const key = (): SealingKey => ({ id: randomBytes(3).toString("hex"), hex: randomBytes(32).toString("hex") });

function grantsOn(primitives: StorePrimitives, keys: readonly SealingKey[]): MemberGrants {
  const oauth = new RobloxOAuth({
    apisUrl: emu.url,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    redirectUri: app.redirectUris[0] as string,
    clock,
  });
  return new MemberGrants({
    primitives,
    sealer: new Sealer(keys),
    tokens: oauth,
    clock,
    logger: pino({ level: "silent" }),
    pollMs: 10,
  });
}

/** A consent at the emulator, kept as the member's grant; returns the member's Discord ID. */
async function granted(grants: MemberGrants, userId: string, scope: string): Promise<string> {
  const tokens = await grantTokens(emu, app, { userId }, { scope });
  const discordUserId = String(100_000 + Math.floor(Math.random() * 1e9));
  await grants.save(discordUserId, {
    robloxUserId: userId,
    tokens: {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      expiresIn: tokens.expires_in,
      scopes: tokens.scope.split(" "),
    },
  });
  return discordUserId;
}

const refreshesSince = (from: number) =>
  emu.oauth.log
    .slice(from)
    .filter((entry) => entry.endpoint === "token" && entry.grantType === "refresh_token");

async function redisPair(): Promise<[StorePrimitives, StorePrimitives]> {
  const connect = async () => {
    const client: RedisClientType = createClient({ url: REDIS_URL });
    await client.connect();
    redisClients.push(client);
    return client;
  };
  const prefix = `${redisPrefix}${randomUUID()}:`;
  return [new RedisPrimitives(await connect(), prefix), new RedisPrimitives(await connect(), prefix)];
}

describe("members' grants against the emulator's OAuth server", () => {
  const scope = "openid user.inventory-item:read";

  it("100 concurrent needs of an expired access token make exactly one refresh; the next comes 15 minutes later", async () => {
    const grants = grantsOn(new MemoryPrimitives(clock), [key()]);
    const member = await granted(grants, emu.world.subjects.privateUser.userId, scope);
    const fresh = await grants.accessToken(member, []);
    expect(fresh.ok).toBe(true);
    emu.clock.advance(15 * MINUTE);
    const from = emu.oauth.log.length;
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, () => grants.accessToken(member, ["user.inventory-item:read"])),
    );
    expect(refreshesSince(from)).toHaveLength(1);
    expect(refreshesSince(from)[0]?.outcome).toBe("ok");
    const tokens = new Set(outcomes.map((outcome) => (outcome.ok ? outcome.token : outcome.reason)));
    expect(tokens.size).toBe(1);
    expect([...tokens][0]).not.toBe(fresh.ok ? fresh.token : "");
    // The rotated refresh token was kept: a second refresh works (a reused one would revoke the grant).
    emu.clock.advance(15 * MINUTE);
    const again = await grants.accessToken(member, []);
    expect(again.ok).toBe(true);
    expect(refreshesSince(from).map((entry) => entry.outcome)).toEqual(["ok", "ok"]);
  });

  it("two processes on one Redis, 50 concurrent needs each: still exactly one refresh", async () => {
    const [first, second] = await redisPair();
    const keys = [key()];
    const one = grantsOn(first, keys);
    const two = grantsOn(second, keys);
    const member = await granted(one, emu.world.subjects.privateUser.userId, scope);
    emu.clock.advance(15 * MINUTE);
    const from = emu.oauth.log.length;
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, index) => (index % 2 === 0 ? one : two).accessToken(member, [])),
    );
    expect(refreshesSince(from)).toHaveLength(1);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(new Set(outcomes.map((outcome) => (outcome.ok ? outcome.token : ""))).size).toBe(1);
  });

  it("a grant the member revoked at Roblox lapses on its next refresh, and says so without asking again", async () => {
    const grants = grantsOn(new MemoryPrimitives(clock), [key()]);
    const member = await granted(grants, emu.world.subjects.privateUser.userId, scope);
    const grant = emu.oauth.grants(app.clientId).at(-1);
    expect(grant).toBeDefined();
    // The member withdraws the app on Roblox's side: the emulator's revoke takes the refresh token, which
    // only the bot holds, so the grant is ended by hand here.
    if (grant) grant.revoked = true;
    emu.clock.advance(15 * MINUTE);
    const from = emu.oauth.log.length;
    expect(await grants.accessToken(member, [])).toEqual({ ok: false, reason: "lapsed" });
    expect(await grants.accessToken(member, [])).toEqual({ ok: false, reason: "lapsed" });
    expect(refreshesSince(from).map((entry) => entry.outcome)).toEqual(["invalid_grant"]);
    expect(await grants.summary(member)).toMatchObject({ lapsed: true });
  });

  it("a refresh token past its 90 days lapses without a call to Roblox", async () => {
    const grants = grantsOn(new MemoryPrimitives(clock), [key()]);
    const member = await granted(grants, emu.world.subjects.privateUser.userId, scope);
    emu.clock.advance(REFRESH_LIFETIME_MS + MINUTE);
    const from = emu.oauth.log.length;
    expect(await grants.accessToken(member, [])).toEqual({ ok: false, reason: "lapsed" });
    expect(refreshesSince(from)).toHaveLength(0);
  });

  it("names the scope a grant lacks, and answers none for a member without a grant", async () => {
    const grants = grantsOn(new MemoryPrimitives(clock), [key()]);
    const member = await granted(grants, emu.world.subjects.privateUser.userId, "openid");
    expect(await grants.accessToken(member, ["user.inventory-item:read"])).toEqual({
      ok: false,
      reason: "missing-scope",
      missing: ["user.inventory-item:read"],
    });
    expect(await grants.accessToken("1", [])).toEqual({ ok: false, reason: "none" });
  });

  it("keys rotate: a grant sealed with the old key reads, is sealed again with the new one, and refreshes", async () => {
    const primitives = new MemoryPrimitives(clock);
    const oldKey = key();
    const newKey = key();
    const before = grantsOn(primitives, [oldKey]);
    const member = await granted(before, emu.world.subjects.privateUser.userId, scope);
    const sealedBefore = await primitives.get(`link:grant:${member}`);
    expect(sealedBefore?.split(".")[1]).toBe(oldKey.id);
    const tokens = emu.oauth.secretsSeen().filter((secret) => secret.startsWith("RT."));
    for (const token of tokens) expect(sealedBefore).not.toContain(token);

    const rotated = grantsOn(primitives, [newKey, oldKey]);
    expect((await rotated.accessToken(member, [])).ok).toBe(true);
    expect((await primitives.get(`link:grant:${member}`))?.split(".")[1]).toBe(newKey.id);
    expect((await primitives.get(`link:grant-access:${member}`))?.split(".")[1]).toBe(newKey.id);

    // Once every record was used, the old key can go: the new ring alone still refreshes.
    const newOnly = grantsOn(primitives, [newKey]);
    emu.clock.advance(15 * MINUTE);
    expect((await newOnly.accessToken(member, [])).ok).toBe(true);
    // A record moved under another member's key does not open (additional data = the record's key).
    await primitives.set("link:grant:moved", (await primitives.get(`link:grant:${member}`)) as string);
    expect(await newOnly.accessToken("moved", [])).toEqual({ ok: false, reason: "none" });
  });

  it("withdrawing ends the grant at Roblox and forgets it", async () => {
    const grants = grantsOn(new MemoryPrimitives(clock), [key()]);
    const member = await granted(grants, emu.world.subjects.privateUser.userId, scope);
    expect(await grants.withdraw(member)).toBe(true);
    expect(emu.oauth.grants(app.clientId).at(-1)?.revoked).toBe(true);
    expect(await grants.accessToken(member, [])).toEqual({ ok: false, reason: "none" });
  });
});

describe("ending a grant says whether Roblox ended it", () => {
  const fixedClock: Clock = { now: () => 1_800_000_000_000 };
  const tokens = { accessToken: "at", refreshToken: "rt", expiresIn: 899, scopes: ["openid"] };
  const withRevoke = (answers: boolean) => {
    const revoked: string[] = [];
    const grants = new MemberGrants({
      primitives: new MemoryPrimitives(fixedClock),
      sealer: new Sealer([key()]),
      tokens: {
        refresh: () => Promise.reject(new Error("not used")),
        revoke: (refreshToken) => {
          revoked.push(refreshToken);
          return Promise.resolve(answers);
        },
      },
      clock: fixedClock,
      logger: pino({ level: "silent" }),
    });
    return { grants, revoked };
  };

  it("ended, not revoked (forgotten all the same), or none", async () => {
    const ok = withRevoke(true);
    await ok.grants.save("1", { robloxUserId: "9", tokens });
    expect(await ok.grants.end("1")).toBe("ended");
    expect(ok.revoked).toEqual(["rt"]);
    expect(await ok.grants.end("1")).toBe("none");

    const refused = withRevoke(false);
    await refused.grants.save("2", { robloxUserId: "9", tokens });
    expect(await refused.grants.end("2")).toBe("not-revoked");
    expect(refused.revoked).toEqual(["rt"]);
    expect(await refused.grants.summary("2")).toBeUndefined();
    expect(await refused.grants.withdraw("2")).toBe(false);
  });

  it("a withdrawal during a refresh stays withdrawn: the refresh cannot write the grant back", async () => {
    let answer: (renewed: typeof tokens) => void = () => undefined;
    let asked: () => void = () => undefined;
    const refreshAsked = new Promise<void>((resolve) => {
      asked = resolve;
    });
    const grants = new MemberGrants({
      primitives: new MemoryPrimitives(fixedClock),
      sealer: new Sealer([key()]),
      tokens: {
        refresh: () => {
          asked();
          return new Promise((resolve) => {
            answer = resolve;
          });
        },
        revoke: () => Promise.resolve(true),
      },
      clock: fixedClock,
      logger: pino({ level: "silent" }),
      pollMs: 5,
    });
    // An access token that has already expired, so the first need refreshes.
    await grants.save("3", { robloxUserId: "9", tokens: { ...tokens, expiresIn: 0 } });
    const need = grants.accessToken("3", ["openid"]);
    await refreshAsked;
    const ended = grants.end("3");
    // Time for the withdrawal to do all it can before Roblox answers the refresh.
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer({ ...tokens, refreshToken: "rt-renewed" });
    await need;
    expect(await ended).toBe("ended");
    expect(await grants.summary("3")).toBeUndefined();
    expect((await grants.accessToken("3", ["openid"])).ok).toBe(false);
  });
});
