import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";

const SECRET = "RBX-very-secret-oauth-client-secret-value";
const KEY_HEX = "0123456789abcdef".repeat(4);

const base = {
  DISCORD_TOKEN: "MTAxNTAwMDAwMDAwMDAwMDAwMA.GsEcRt.very-secret-token-value_123",
  ROBLOX_API_KEY: "roblox-secret-api-key-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
};
const linking = {
  ...base,
  ROBLOX_OAUTH_CLIENT_ID: "8400000000000001000",
  ROBLOX_OAUTH_CLIENT_SECRET: SECRET,
  TOKEN_ENCRYPTION_KEY: KEY_HEX,
  PUBLIC_URL: "https://bot.example.com/",
  WEB_PORT: "3000",
};

function problem(env: Record<string, string | undefined>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain(KEY_HEX);
    return message;
  }
  throw new Error("expected a configuration error");
}

describe("the linking configuration", () => {
  it("is off without ROBLOX_OAUTH_CLIENT_ID", () => {
    expect(parseConfig(base).linking).toBeUndefined();
  });

  it("links by profile phrase alone with LINK_METHODS=profile-code and no OAuth app", () => {
    expect(parseConfig({ ...base, LINK_METHODS: "profile-code" }).linking).toEqual({
      oauth: undefined,
      methods: ["profile-code"],
      sharedAccounts: false,
    });
    // With oauth listed (the .env.example line) and no app, linking stays off as in earlier releases.
    expect(parseConfig({ ...base, LINK_METHODS: "oauth,profile-code" }).linking).toBeUndefined();
  });

  it("takes the client, a 32-byte key as hex or base64, and derives the redirect URL from PUBLIC_URL", () => {
    expect(parseConfig(linking).linking).toEqual({
      oauth: {
        clientId: "8400000000000001000",
        clientSecret: SECRET,
        encryptionKeys: [{ id: "legacy", hex: KEY_HEX }],
        reviewed: false,
        redirectUri: "https://bot.example.com/oauth/callback",
      },
      methods: ["oauth", "profile-code"],
      sharedAccounts: false,
    });
    const base64 = Buffer.from(KEY_HEX, "hex").toString("base64");
    expect(parseConfig({ ...linking, TOKEN_ENCRYPTION_KEY: base64 }).linking?.oauth?.encryptionKeys).toEqual([
      { id: "legacy", hex: KEY_HEX },
    ]);
    expect(parseConfig({ ...linking, ROBLOX_OAUTH_REVIEWED: "true" }).linking?.oauth?.reviewed).toBe(true);
  });

  it("takes TOKEN_ENCRYPTION_KEYS newest first, with the single key of earlier releases read last", () => {
    const newer = "fe".repeat(32);
    const newerBase64 = Buffer.from(newer, "hex").toString("base64");
    const { TOKEN_ENCRYPTION_KEY: _legacy, ...withoutLegacy } = linking;
    expect(
      parseConfig({ ...withoutLegacy, TOKEN_ENCRYPTION_KEYS: `k2:${newerBase64}, k1:${KEY_HEX}` }).linking
        ?.oauth?.encryptionKeys,
    ).toEqual([
      { id: "k2", hex: newer },
      { id: "k1", hex: KEY_HEX },
    ]);
    expect(
      parseConfig({ ...linking, TOKEN_ENCRYPTION_KEYS: `k2:${newer}` }).linking?.oauth?.encryptionKeys,
    ).toEqual([
      { id: "k2", hex: newer },
      { id: "legacy", hex: KEY_HEX },
    ]);
    // The old key listed in the new variable already is not read twice.
    expect(
      parseConfig({ ...linking, TOKEN_ENCRYPTION_KEYS: `k2:${newer},k1:${KEY_HEX}` }).linking?.oauth
        ?.encryptionKeys,
    ).toHaveLength(2);
    for (const bad of [`k2:${newer.slice(2)}`, newer, `k2:${newer},k2:${KEY_HEX}`, `bad id:${newer}`, ","]) {
      expect(problem({ ...withoutLegacy, TOKEN_ENCRYPTION_KEYS: bad })).toContain(
        "TOKEN_ENCRYPTION_KEYS is malformed",
      );
    }
    expect(problem({ ...linking, TOKEN_ENCRYPTION_KEYS: `legacy:${newer}` })).toContain("uses the id legacy");
  });

  it("names what is missing or malformed, never a value", () => {
    expect(problem({ ...linking, ROBLOX_OAUTH_CLIENT_SECRET: "" })).toContain("ROBLOX_OAUTH_CLIENT_SECRET");
    expect(problem({ ...linking, TOKEN_ENCRYPTION_KEY: "", PUBLIC_URL: "" })).toContain(
      "TOKEN_ENCRYPTION_KEYS, PUBLIC_URL are needed too",
    );
    expect(problem({ ...linking, WEB_PORT: "" })).toContain("WEB_PORT is needed");
    expect(problem({ ...linking, TOKEN_ENCRYPTION_KEY: "abcd" })).toContain(
      "TOKEN_ENCRYPTION_KEY is malformed",
    );
    expect(problem({ ...linking, ROBLOX_OAUTH_CLIENT_ID: "app-1" })).toContain(
      "ROBLOX_OAUTH_CLIENT_ID is malformed",
    );
    expect(problem({ ...base, ROBLOX_OAUTH_CLIENT_SECRET: SECRET })).toContain(
      "without ROBLOX_OAUTH_CLIENT_ID",
    );
  });

  it("takes LINK_METHODS, one or both ways, and refuses anything else", () => {
    expect(parseConfig({ ...linking, LINK_METHODS: "profile-code" }).linking?.methods).toEqual([
      "profile-code",
    ]);
    expect(parseConfig({ ...linking, LINK_METHODS: "profile-code, oauth" }).linking?.methods).toEqual([
      "oauth",
      "profile-code",
    ]);
    expect(problem({ ...linking, LINK_METHODS: "oauth,email" })).toContain("LINK_METHODS");
    expect(problem({ ...linking, LINK_METHODS: "none" })).toContain("LINK_METHODS");
    expect(parseConfig({ ...linking, LINK_SHARED_ACCOUNTS: "on" }).linking?.sharedAccounts).toBe(true);
  });
});
