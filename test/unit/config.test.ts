import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";

const TOKEN = "MTAxNTAwMDAwMDAwMDAwMDAwMA.GsEcRt.very-secret-token-value_123";
const API_KEY = "roblox-secret-api-key-ABCDEFGHIJKLMNOPQRSTUVWXYZ";

const valid = {
  DISCORD_TOKEN: TOKEN,
  ROBLOX_API_KEY: API_KEY,
};

function problem(env: Record<string, string | undefined>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message.split("\n")).toHaveLength(1);
    expect(message).not.toContain(TOKEN);
    expect(message).not.toContain(API_KEY);
    return message;
  }
  throw new Error("expected a configuration error");
}

describe("parseConfig", () => {
  it("fills defaults that point at the real Discord and Roblox", () => {
    const config = parseConfig(valid);
    expect(config.discord.apiUrl).toBe("https://discord.com/api");
    expect(config.discord.cdnHosts).toEqual(["cdn.discordapp.com", "media.discordapp.net"]);
    expect(config.roblox.apisUrl).toBe("https://apis.roblox.com");
    expect(config.roblox.usersUrl).toBe("https://users.roblox.com");
    expect(config.storeUrl).toBe("sqlite://./data/bot.sqlite");
    expect(config.jobs).toEqual({ lockSeconds: 30, retainHours: 24 });
    expect(config.logLevel).toBe("info");
    expect(config.roblox.uploadCreator).toBeUndefined();
    expect(config.roblox.webLimits).toBe("realistic");
    expect(config.roblox.egressId).toBe("default");
    expect(config.uploads.guildIds).toEqual([]);
    expect(config.uploads.roleIds).toEqual([]);
  });

  it("reads the job lock and retention, and names a malformed one", () => {
    expect(parseConfig({ ...valid, JOB_LOCK_SECONDS: "2", JOB_RETAIN_HOURS: "48" }).jobs).toEqual({
      lockSeconds: 2,
      retainHours: 48,
    });
    expect(() => parseConfig({ ...valid, JOB_LOCK_SECONDS: "0" })).toThrow(
      "Configuration error: JOB_LOCK_SECONDS is malformed; expected a whole number of seconds from 1 to 600.",
    );
  });

  it("reads the servers and roles allowed to upload as lists of IDs", () => {
    const config = parseConfig({
      ...valid,
      UPLOAD_GUILD_IDS: " 101500000000000001,101500000000000002 ,,101500000000000001",
      UPLOAD_ROLE_IDS: "101500000000000009",
    });
    expect(config.uploads.guildIds).toEqual(["101500000000000001", "101500000000000002"]);
    expect(config.uploads.roleIds).toEqual(["101500000000000009"]);
    expect(Object.isFrozen(config.uploads.guildIds)).toBe(true);
  });

  it("is frozen all the way down", () => {
    const config = parseConfig(valid);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.discord)).toBe(true);
    expect(Object.isFrozen(config.discord.cdnHosts)).toBe(true);
  });

  it("reads every variable", () => {
    const config = parseConfig({
      ...valid,
      NODE_ENV: "test",
      LOG_LEVEL: "debug",
      DISCORD_APPLICATION_ID: "101500000000000000",
      DISCORD_DEV_GUILD_ID: "101500000000000001",
      DISCORD_API_URL: "http://127.0.0.1:5000/api/",
      DISCORD_CDN_HOSTS: "127.0.0.1:5000, CDN.example.com",
      ROBLOX_UPLOAD_CREATOR: "group:42",
      ROBLOX_APIS_URL: "http://127.0.0.1:6000",
      ROBLOX_USERS_URL: "http://127.0.0.1:6000",
      STORE_URL: "redis://127.0.0.1:6379",
      ROBLOX_WEB_LIMITS: "off",
      EGRESS_ID: "eu-west-1.b",
    });
    expect(config.roblox.webLimits).toBe("off");
    expect(config.roblox.egressId).toBe("eu-west-1.b");
    expect(config.environment).toBe("test");
    expect(config.logLevel).toBe("debug");
    expect(config.discord.applicationId).toBe("101500000000000000");
    expect(config.discord.devGuildId).toBe("101500000000000001");
    expect(config.discord.apiUrl).toBe("http://127.0.0.1:5000/api");
    expect(config.discord.cdnHosts).toEqual(["127.0.0.1:5000", "cdn.example.com"]);
    expect(config.roblox.uploadCreator).toEqual({ groupId: "42" });
    expect(config.roblox.apisUrl).toBe("http://127.0.0.1:6000");
    expect(config.storeUrl).toBe("redis://127.0.0.1:6379");
    expect(parseConfig({ ...valid, ROBLOX_UPLOAD_CREATOR: "user:7" }).roblox.uploadCreator).toEqual({
      userId: "7",
    });
  });

  it.each([
    ["DISCORD_TOKEN", { ROBLOX_API_KEY: API_KEY }],
    ["ROBLOX_API_KEY", { DISCORD_TOKEN: TOKEN }],
  ])("names the missing %s", (name, env) => {
    expect(problem(env)).toBe(
      problem(env), // deterministic
    );
    expect(problem(env)).toMatch(new RegExp(`^Configuration error: ${name} is missing; expected .+\\.$`));
  });

  it("reports the first missing variable when nothing is set", () => {
    expect(problem({})).toMatch(/^Configuration error: DISCORD_TOKEN is missing/);
  });

  it.each([
    ["NODE_ENV", "staging"],
    ["LOG_LEVEL", "loud"],
    ["DISCORD_TOKEN", "short"],
    ["DISCORD_APPLICATION_ID", "not-a-snowflake"],
    ["DISCORD_DEV_GUILD_ID", "12"],
    ["DISCORD_API_URL", "ftp://discord.com/api"],
    ["DISCORD_CDN_HOSTS", "https://cdn.discordapp.com/"],
    ["ROBLOX_API_KEY", "has spaces in it but long"],
    ["ROBLOX_UPLOAD_CREATOR", "team:5"],
    ["ROBLOX_APIS_URL", "www.example.test"],
    ["ROBLOX_USERS_URL", "not a url"],
    ["STORE_URL", "postgres://localhost/db"],
    ["UPLOAD_GUILD_IDS", "101500000000000001,my-server"],
    ["UPLOAD_ROLE_IDS", "<@&101500000000000009>"],
    ["ROBLOX_WEB_LIMITS", "unlimited"],
    ["EGRESS_ID", "has spaces:and/slashes"],
  ])("names the malformed %s without echoing its value", (name, value) => {
    const message = problem({ ...valid, [name]: value });
    expect(message).toMatch(new RegExp(`^Configuration error: ${name} is malformed; expected .+\\.$`));
    expect(message).not.toContain(value);
  });

  it("never echoes a malformed secret", () => {
    const almostToken = `${TOKEN} with a space`;
    const message = problem({ ...valid, DISCORD_TOKEN: almostToken });
    expect(message).not.toContain("very-secret");
  });
});

describe("configuration errors", () => {
  // One malformed value per variable, each shaped like a secret so an echo would show.
  const secretish = "s3cr3t-VALUE-never-shown";
  const malformed: Record<string, string> = {
    NODE_ENV: secretish,
    LOG_LEVEL: secretish,
    DISCORD_TOKEN: `${secretish} ${TOKEN}`,
    DISCORD_APPLICATION_ID: secretish,
    DISCORD_DEV_GUILD_ID: secretish,
    DISCORD_API_URL: `ftp://${secretish}`,
    DISCORD_CDN_HOSTS: `https://${secretish}/`,
    ROBLOX_API_KEY: `${API_KEY} ${secretish}`,
    ROBLOX_UPLOAD_CREATOR: `user:${secretish}`,
    ROBLOX_APIS_URL: secretish,
    ROBLOX_USERS_URL: secretish,
    ROBLOX_CATALOG_URL: secretish,
    ROBLOX_BADGES_URL: secretish,
    ROBLOX_THUMBNAILS_URL: secretish,
    ROBLOX_WEB_LIMITS: secretish,
    EGRESS_ID: `${secretish}/${secretish}`,
    UPLOAD_COOLDOWN_SECONDS: secretish,
    UPLOAD_DAILY_CAP_PER_SERVER: secretish,
    UPLOAD_REVIEW_CHECK_MS: secretish,
    UPLOAD_GUILD_IDS: secretish,
    UPLOAD_ROLE_IDS: secretish,
    STORE_URL: `postgres://user:${secretish}@db`,
    JOB_LOCK_SECONDS: secretish,
    JOB_RETAIN_HOURS: secretish,
    WEB_PORT: secretish,
    HEALTH_PORT: secretish,
    PUBLIC_URL: `https://user:${secretish}@bot.example.com`,
    TRUST_PROXY: secretish,
    DISCORD_SHARDS: secretish,
  };

  it.each(Object.entries(malformed))(
    "name %s and what it expects, and never echo a secret",
    (name, value) => {
      const message = problem({ ...valid, [name]: value });
      expect(message).toMatch(
        new RegExp(`^Configuration error: ${name} is malformed; expected [a-z"].+\\.$`),
      );
      expect(message).not.toContain("undefined");
      expect(message).not.toContain(secretish);
      expect(message).not.toContain(value);
    },
  );

  it("never echo a malformed API key or token, even when several variables are wrong", () => {
    const message = problem({
      DISCORD_TOKEN: `${TOKEN}\nmore`,
      ROBLOX_API_KEY: `${API_KEY} with a space`,
      STORE_URL: `redis//:${API_KEY}@host`,
    });
    expect(message).toMatch(/^Configuration error: DISCORD_TOKEN is malformed; expected the bot token/);
    expect(message).not.toContain("very-secret");
    expect(message).not.toContain("roblox-secret");
  });
});

describe("web server settings", () => {
  it("are off by default: no port, no public address, no trusted proxy", () => {
    const config = parseConfig(valid);
    expect(config.web).toEqual({
      port: undefined,
      healthPortNameUsed: false,
      publicUrl: undefined,
      trustProxy: false,
    });
  });

  it("take WEB_PORT, and HEALTH_PORT as its old name, which keeps its port while it is set", () => {
    expect(parseConfig({ ...valid, WEB_PORT: "8080" }).web).toMatchObject({
      port: 8080,
      healthPortNameUsed: false,
    });
    expect(parseConfig({ ...valid, HEALTH_PORT: "8081" }).web).toMatchObject({
      port: 8081,
      healthPortNameUsed: true,
    });
    // The image sets WEB_PORT=8080; an operator's HEALTH_PORT from before the rename keeps working.
    expect(parseConfig({ ...valid, WEB_PORT: "8080", HEALTH_PORT: "8081" }).web).toMatchObject({
      port: 8081,
      healthPortNameUsed: true,
    });
    expect(problem({ ...valid, WEB_PORT: "70000" })).toMatch(/^Configuration error: WEB_PORT is malformed/);
    expect(problem({ ...valid, HEALTH_PORT: "x" })).toMatch(/^Configuration error: HEALTH_PORT is malformed/);
  });

  it("take PUBLIC_URL over HTTPS (plain HTTP on loopback only), without a query or a trailing slash", () => {
    expect(parseConfig({ ...valid, PUBLIC_URL: "https://bot.example.com/" }).web.publicUrl).toBe(
      "https://bot.example.com",
    );
    expect(parseConfig({ ...valid, PUBLIC_URL: "https://example.com/bot/" }).web.publicUrl).toBe(
      "https://example.com/bot",
    );
    expect(parseConfig({ ...valid, PUBLIC_URL: "http://127.0.0.1:8080" }).web.publicUrl).toBe(
      "http://127.0.0.1:8080",
    );
    for (const bad of [
      "http://bot.example.com",
      "https://bot.example.com/?x=1",
      "https://user:pass@bot.example.com",
      "ftp://bot.example.com",
      "bot.example.com",
    ]) {
      const message = problem({ ...valid, PUBLIC_URL: bad });
      expect(message, bad).toMatch(/^Configuration error: PUBLIC_URL is malformed; expected the https:\/\//);
      expect(message).not.toContain(bad);
    }
  });

  it("take TRUST_PROXY as off, a hop count, or a list of addresses and CIDRs", () => {
    expect(parseConfig({ ...valid, TRUST_PROXY: "off" }).web.trustProxy).toBe(false);
    expect(parseConfig({ ...valid, TRUST_PROXY: "false" }).web.trustProxy).toBe(false);
    expect(parseConfig({ ...valid, TRUST_PROXY: "1" }).web.trustProxy).toBe(1);
    expect(
      parseConfig({ ...valid, TRUST_PROXY: "10.0.0.0/8, 127.0.0.1,::1,fd00::/8,loopback" }).web.trustProxy,
    ).toEqual(["10.0.0.0/8", "127.0.0.1", "::1", "fd00::/8", "loopback"]);
    for (const bad of ["true", "0", "11", "10.0.0.0/33", "::1/129", "10.0.0.1/8/2", "nginx", "1.2.3"]) {
      expect(problem({ ...valid, TRUST_PROXY: bad }), bad).toMatch(
        /^Configuration error: TRUST_PROXY is malformed/,
      );
    }
  });
});

describe("interactions over HTTP", () => {
  const KEY = "A".repeat(64);

  it("defaults to the gateway, and needs neither a key nor a port there", () => {
    expect(parseConfig(valid).interactions).toEqual({
      mode: "gateway",
      publicKey: undefined,
      guildMembersIntent: false,
      memberEvents: false,
    });
  });

  it("takes http mode with the public key (lowercased) and a web port", () => {
    const config = parseConfig({
      ...valid,
      INTERACTIONS_MODE: "http",
      DISCORD_PUBLIC_KEY: KEY,
      WEB_PORT: "8080",
    });
    expect(config.interactions).toEqual({
      mode: "http",
      publicKey: "a".repeat(64),
      guildMembersIntent: false,
      memberEvents: false,
    });
    expect(parseConfig({ ...valid, EVENTS_GUILD_MEMBERS: "on" }).interactions).toMatchObject({
      guildMembersIntent: true,
      memberEvents: true,
    });
    // Over HTTP the events process holds the gateway: the bot's instances see no member events.
    expect(
      parseConfig({
        ...valid,
        INTERACTIONS_MODE: "http",
        DISCORD_PUBLIC_KEY: KEY,
        WEB_PORT: "8080",
        EVENTS_GUILD_MEMBERS: "on",
      }).interactions,
    ).toMatchObject({ guildMembersIntent: true, memberEvents: false });
  });

  it("refuses http mode without the public key or the web port, and a key that is not 64 hex characters", () => {
    expect(problem({ ...valid, INTERACTIONS_MODE: "http", WEB_PORT: "8080" })).toMatch(
      /^Configuration error: DISCORD_PUBLIC_KEY is missing; .*INTERACTIONS_MODE=http/,
    );
    expect(problem({ ...valid, INTERACTIONS_MODE: "http", DISCORD_PUBLIC_KEY: KEY })).toMatch(
      /^Configuration error: WEB_PORT is missing/,
    );
    expect(problem({ ...valid, DISCORD_PUBLIC_KEY: "abc" })).toMatch(/DISCORD_PUBLIC_KEY is malformed/);
    expect(problem({ ...valid, INTERACTIONS_MODE: "webhook" })).toMatch(/INTERACTIONS_MODE is malformed/);
  });
});
