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
