import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDoctor } from "../../src/cli/doctor/index.js";
import { systemClock } from "../../src/clock.js";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { AUTHORIZED_USERS_KEY } from "../../src/services/linking/index.js";
import { createStores } from "../../src/store/index.js";
import { MemoryPrimitives, openPrimitives } from "../../src/store/primitives/index.js";
import { createWebServer, type WebServer } from "../../src/web/index.js";
import {
  interactionsPublicKey,
  registerInteractionsRoute,
  replayGuard,
} from "../../src/web/interactions/index.js";
import { InProcessRequestLimiter } from "../../src/web/requestLimiter.js";
import { type DiscordEmulator, startDiscordEmulator } from "../emulators/discord/index.js";
import { type OpenCloudEmulator, startOpenCloudEmulator } from "../emulators/opencloud/index.js";
import { emulatorEnv, seededGuildIds } from "../support/emulatorEnv.js";
import { createPrivateRedis } from "../support/private-redis.js";

/** An application with Public Bot unticked, as the README tells operators to set it. */
let discord: DiscordEmulator;
/** The same bot left public, as a new application is. */
let publicDiscord: DiscordEmulator;
let roblox: OpenCloudEmulator;
const folder = mkdtempSync(join(tmpdir(), "bot-doctor-"));

beforeAll(async () => {
  [discord, publicDiscord, roblox] = await Promise.all([
    startDiscordEmulator({ botPublic: false }),
    startDiscordEmulator({ botPublic: true, guilds: [{ name: "Operator's server" }] }),
    startOpenCloudEmulator(),
  ]);
});
afterAll(async () => {
  await Promise.allSettled([discord.close(), publicDiscord.close(), roblox.close()]);
  rmSync(folder, { recursive: true, force: true });
});

function env(overrides: Record<string, string> = {}, app: DiscordEmulator = discord): Record<string, string> {
  return {
    ...emulatorEnv(app, roblox),
    ROBLOX_UPLOAD_CREATOR: `user:${roblox.world.subjects.admin.userId}`,
    UPLOAD_GUILD_IDS: seededGuildIds(app),
    STORE_URL: `sqlite://${join(folder, "doctor.sqlite")}`,
    ...overrides,
  };
}

function runDoctorCli(environment: Record<string, string>) {
  // Asynchronously: the emulators live in this process and must keep answering while the doctor runs.
  return promisify(execFile)(resolve("node_modules/.bin/tsx"), [resolve("scripts/doctor.ts")], {
    cwd: folder,
    env: { PATH: process.env.PATH ?? "", ...environment },
    encoding: "utf8",
    timeout: 30_000,
  });
}

const bySubject = async (overrides: Record<string, string> = {}) => {
  const findings = await runDoctor(parseConfig(env(overrides)));
  return new Map(findings.map((finding) => [finding.subject, finding]));
};

describe("npm run doctor", () => {
  it("passes a working configuration and says who everything belongs to", async () => {
    const result = await runDoctorCli(env());
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toContain("✗");
    expect(result.stdout).toContain("✓ Discord: the token belongs to the application");
    expect(result.stdout).toContain(
      `belongs to the Roblox user ${roblox.world.subjects.admin.userId}, is enabled`,
    );
    expect(result.stdout).toContain("✓ /upload: ready");
    const server = discord.guilds[0];
    expect(result.stdout).toContain(`✓ Upload servers: uploads allowed in "${server?.name}" (${server?.id})`);
    expect(result.stdout).toContain(
      "✓ Upload roles: any member with Manage Expressions in those servers may upload (UPLOAD_ROLE_IDS is empty)",
    );
    expect(result.stdout).not.toContain("Public bot");
    expect(result.stdout).toContain("Everything is ready.");
    expect(result.stdout).not.toContain(roblox.adminKey);
    expect(result.stdout).not.toContain(discord.token);
  });

  it("names the missing upload permissions of a key without scopes", async () => {
    const findings = await bySubject({
      ROBLOX_API_KEY: roblox.world.subjects.keys.noScopes,
      ROBLOX_UPLOAD_CREATOR: `user:${roblox.world.subjects.noPermissionUser.userId}`,
    });
    expect(findings.get("/upload")).toMatchObject({
      ok: false,
      detail: "the key lacks asset:read and asset:write",
    });
    expect(findings.get("/user")?.ok).toBe(true);
    expect(findings.get("/groups")?.ok).toBe(true);
  });

  it("reports a disabled key, an unknown key and a refused Discord token", async () => {
    expect(
      (await bySubject({ ROBLOX_API_KEY: roblox.world.subjects.keys.disabled })).get("Roblox API key"),
    ).toMatchObject({
      ok: false,
      detail: expect.stringContaining("is disabled"),
    });
    expect((await bySubject({ ROBLOX_API_KEY: "x".repeat(40) })).get("Roblox API key")).toMatchObject({
      ok: false,
      detail: "Roblox does not know ROBLOX_API_KEY",
    });
    expect((await bySubject({ DISCORD_TOKEN: "y".repeat(40) })).get("Discord")).toMatchObject({
      ok: false,
      detail: "Discord refused DISCORD_TOKEN",
    });
  });

  it("reports a key Roblox refuses from this machine's address as that, not as an unknown key", async () => {
    const findings = await bySubject({ ROBLOX_API_KEY: roblox.world.subjects.keys.ipRestricted });
    expect(findings.get("Roblox API key")).toMatchObject({
      ok: true,
      detail: expect.stringContaining("is enabled"),
    });
    expect(findings.get("Accepted IP addresses")).toMatchObject({
      ok: false,
      detail: "Roblox knows the key but refuses it from this machine's IP address",
      fix: expect.stringContaining("Accepted IP Addresses"),
    });
  });

  it("tells the owner of a retired group key to use a user key with a group role", async () => {
    const findings = await bySubject({
      ROBLOX_API_KEY: roblox.world.subjects.keys.retiredGroupKey,
      ROBLOX_UPLOAD_CREATOR: `group:${roblox.world.subjects.uploadGroup.groupId}`,
    });
    expect(findings.get("Roblox API key")).toMatchObject({
      ok: false,
      detail: "Roblox does not know ROBLOX_API_KEY",
      fix: expect.stringContaining("Group-owned keys stopped working on 2026-01-30"),
    });
  });

  it("explains a group creator: the key owner's role in the group, and whether they are a member", async () => {
    const { uploadGroup, manyRolesGroup, admin } = roblox.world.subjects;
    const member = await bySubject({ ROBLOX_UPLOAD_CREATOR: `group:${uploadGroup.groupId}` });
    expect(member.get("Upload group")).toMatchObject({
      ok: true,
      detail: expect.stringContaining(
        `uploads go to group ${uploadGroup.groupId} with the key of user ${admin.userId}, through that user's role in the group`,
      ),
    });
    const outsider = await bySubject({ ROBLOX_UPLOAD_CREATOR: `group:${manyRolesGroup.groupId}` });
    expect(outsider.get("Upload group")).toMatchObject({
      ok: false,
      detail: expect.stringContaining(`is not a member of group ${manyRolesGroup.groupId}`),
    });
  });

  it("warns when uploads would go to a user the key does not belong to, and when the store fails", async () => {
    const findings = await runDoctor(
      parseConfig(env({ ROBLOX_UPLOAD_CREATOR: "user:1", STORE_URL: "redis://127.0.0.1:1" })),
    );
    expect(findings.some((f) => f.subject === "/upload" && !f.ok && f.detail.includes("user 1"))).toBe(true);
    expect(findings.find((f) => f.subject === "Store")?.ok).toBe(false);
  });

  it("with a Redis store, checks the Redis version and that Redis never evicts keys", async () => {
    const shared = await bySubject({ STORE_URL: "redis://127.0.0.1:6379" });
    expect(shared.get("Redis version")).toMatchObject({ ok: true });
    expect(shared.get("Redis version")?.detail).toMatch(/^Redis \d+\.\d+/);
    expect(shared.get("Redis eviction")).toMatchObject({ ok: true });

    const evicting = await createPrivateRedis(["--maxmemory-policy", "allkeys-lru"]);
    try {
      const findings = await bySubject({ STORE_URL: evicting.url });
      expect(findings.get("Store")).toMatchObject({ ok: true });
      expect(findings.get("Redis eviction")).toMatchObject({
        ok: false,
        detail: expect.stringContaining("maxmemory-policy is allkeys-lru"),
        fix: expect.stringContaining("noeviction"),
      });
    } finally {
      await evicting.kill();
    }
    expect((await bySubject()).has("Redis version")).toBe(false);
  });

  it("warns that a public bot can be added by anyone while uploads are on", async () => {
    const failed = await runDoctorCli(env({}, publicDiscord)).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect("code" in failed ? failed.code : 0).toBe(1);
    expect(failed.stdout).toContain(
      "✗ Public bot: the application is public: anyone with its invite link can add the bot to a server they manage",
    );
    expect(failed.stdout).toContain("→ Untick Public Bot on the Bot page of the Discord developer portal");
    expect(failed.stdout).toContain(
      `uploads allowed in "Operator's server" (${publicDiscord.guilds[0]?.id})`,
    );
  });

  it("does not warn about a public bot while uploads are off", async () => {
    const findings = await runDoctor(parseConfig(env({ ROBLOX_UPLOAD_CREATOR: "" }, publicDiscord)));
    expect(findings.some((finding) => finding.subject === "Public bot")).toBe(false);
    expect(findings.find((finding) => finding.subject === "/upload")?.detail).toBe(
      "off (ROBLOX_UPLOAD_CREATOR is not set)",
    );
  });

  it("says uploads are off when ROBLOX_UPLOAD_CREATOR is set but no server is allowed", async () => {
    const findings = await bySubject({ UPLOAD_GUILD_IDS: "" });
    expect(findings.get("Upload servers")).toMatchObject({
      ok: false,
      detail:
        "uploads are off: ROBLOX_UPLOAD_CREATOR is set but UPLOAD_GUILD_IDS lists no server; add the IDs of the servers allowed to upload",
      fix: expect.stringContaining("UPLOAD_GUILD_IDS"),
    });
    expect(findings.has("Upload roles")).toBe(false);
  });

  it("names a listed server the bot is not in, and the roles that may upload", async () => {
    const elsewhere = "1400000000000000001";
    const findings = await bySubject({
      UPLOAD_GUILD_IDS: `${seededGuildIds(discord)},${elsewhere}`,
      UPLOAD_ROLE_IDS: "1400000000000000101,1400000000000000102",
    });
    expect(findings.get("Upload servers")?.detail).toBe(
      `uploads allowed in "${discord.guilds[0]?.name}" (${discord.guilds[0]?.id}), ${elsewhere} (the bot is not in this server)`,
    );
    expect(findings.get("Upload roles")?.detail).toBe(
      "members need Manage Expressions and one of the roles 1400000000000000101, 1400000000000000102",
    );
  });
});

describe("npm run doctor with /link", () => {
  const linkEnv = (app = roblox.oauth.defaultApp!, overrides: Record<string, string> = {}) => ({
    ROBLOX_OAUTH_CLIENT_ID: app.clientId,
    ROBLOX_OAUTH_CLIENT_SECRET: app.clientSecret,
    TOKEN_ENCRYPTION_KEY: "ab".repeat(32),
    PUBLIC_URL: "http://localhost:3000",
    WEB_PORT: "3000",
    ...overrides,
  });

  it("accepts the app's client, redirect URL and scopes, and counts its users", async () => {
    const findings = await bySubject(linkEnv());
    expect(findings.get("Roblox OAuth app")).toMatchObject({ ok: true });
    expect(findings.get("OAuth redirect URL")).toMatchObject({
      ok: true,
      detail: expect.stringContaining("http://localhost:3000/oauth/callback"),
    });
    expect(findings.get("OAuth app review")).toMatchObject({
      ok: true,
      detail: "not reviewed: 0 of the 10 Roblox users an unreviewed app may have have signed in",
    });
  });

  it("names a refused secret, an unregistered redirect URL and missing scopes", async () => {
    const wrongSecret = await bySubject(
      linkEnv(undefined, { ROBLOX_OAUTH_CLIENT_SECRET: "RBX-not-the-secret-at-all" }),
    );
    expect(wrongSecret.get("Roblox OAuth app")).toMatchObject({
      ok: false,
      detail: expect.stringContaining("refused"),
    });
    const otherUrl = await bySubject(linkEnv(undefined, { PUBLIC_URL: "http://localhost:3001" }));
    expect(otherUrl.get("OAuth redirect URL")).toMatchObject({
      ok: false,
      fix: expect.stringContaining("http://localhost:3001/oauth/callback"),
    });
    const narrow = roblox.oauth.registerApp({
      redirectUris: ["http://localhost:3000/oauth/callback"],
      scopes: ["openid"],
    });
    expect((await bySubject(linkEnv(narrow))).get("OAuth redirect URL")).toMatchObject({
      ok: false,
      detail: expect.stringContaining("lacks the scopes openid and profile"),
    });
  });

  it("warns at 8 of the 10 users of an unreviewed app, and not once the app is reviewed", async () => {
    const store = `sqlite://${join(folder, "doctor-links.sqlite")}`;
    const stores = await createStores(store);
    const primitives = openPrimitives(store, undefined, systemClock);
    for (let user = 1; user <= 8; user++) await primitives.setAdd(AUTHORIZED_USERS_KEY, String(user));
    await primitives.close();
    await stores.close();
    const unreviewed = await bySubject(linkEnv(undefined, { STORE_URL: store }));
    expect(unreviewed.get("OAuth app review")).toMatchObject({
      ok: false,
      detail: expect.stringContaining("8 of the 10"),
      fix: expect.stringContaining("review"),
    });
    const reviewed = await bySubject(linkEnv(undefined, { STORE_URL: store, ROBLOX_OAUTH_REVIEWED: "true" }));
    expect(reviewed.get("OAuth app review")).toMatchObject({ ok: true });
  });
});

describe("npm run doctor: how interactions arrive", () => {
  let app: DiscordEmulator;
  let endpoint: WebServer;
  let endpointUrl: string;
  const interactions = async (overrides: Record<string, string> = {}) => {
    const findings = await runDoctor(
      parseConfig(env({ UPLOAD_GUILD_IDS: seededGuildIds(app), ...overrides }, app)),
    );
    return findings.filter(
      (finding) => finding.subject === "Interactions" || finding.subject === "Public key",
    );
  };

  beforeAll(async () => {
    app = await startDiscordEmulator({ botPublic: false });
    // An endpoint that passes Discord's checks when the URL is saved.
    endpoint = createWebServer({
      logger: createLogger({ level: "silent", pretty: false, secrets: [] }),
      trustProxy: false,
      health: async () => ({ ready: true, gateway: "connected", store: "ok" }),
      limiter: new InProcessRequestLimiter(systemClock),
    });
    await registerInteractionsRoute(endpoint.app, {
      publicKey: interactionsPublicKey(app.verifyKey),
      clock: app.clock,
      firstSeen: replayGuard(new MemoryPrimitives(systemClock)),
      receive: async () => undefined,
    });
    endpointUrl = `http://127.0.0.1:${await endpoint.listen(0)}`;
  });
  afterAll(async () => {
    await endpoint?.close();
    await app?.close();
  });

  it("in gateway mode, passes without an endpoint URL and fails once one is saved (no command would arrive)", async () => {
    expect(await interactions()).toEqual([
      { ok: true, subject: "Interactions", detail: "over the gateway; no Interactions Endpoint URL is set" },
    ]);
    await app.setInteractionsEndpoint(`${endpointUrl}/interactions`);
    const [finding] = await interactions();
    expect(finding?.ok).toBe(false);
    expect(finding?.detail).toContain("none arrive over the gateway");
    await app.setInteractionsEndpoint(null);
  });

  it("in http mode, checks the public key and that the endpoint URL is PUBLIC_URL/interactions", async () => {
    const http = { INTERACTIONS_MODE: "http", WEB_PORT: "8080", PUBLIC_URL: endpointUrl };
    const missing = await interactions({ ...http, DISCORD_PUBLIC_KEY: app.verifyKey });
    expect(missing.map((finding) => [finding.subject, finding.ok])).toEqual([
      ["Public key", true],
      ["Interactions", false],
    ]);
    expect(missing[1]?.fix).toContain(`${endpointUrl}/interactions`);

    await app.setInteractionsEndpoint(`${endpointUrl}/interactions`);
    expect((await interactions({ ...http, DISCORD_PUBLIC_KEY: app.verifyKey })).every((f) => f.ok)).toBe(
      true,
    );
    const wrongKey = await interactions({ ...http, DISCORD_PUBLIC_KEY: "0".repeat(64) });
    expect(wrongKey[0]).toMatchObject({ ok: false, subject: "Public key" });
    const elsewhere = await interactions({
      ...http,
      DISCORD_PUBLIC_KEY: app.verifyKey,
      PUBLIC_URL: "https://bot.example.com",
    });
    expect(elsewhere[1]?.detail).toContain("not to PUBLIC_URL's https://bot.example.com/interactions");
  });
});
