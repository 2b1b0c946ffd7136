import { z } from "zod";

/** The operator's Roblox OAuth 2.0 app, for linking by signing in with Roblox. */
export interface OAuthAppConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /**
   * The keys that seal tokens and other secrets the linking flow keeps at rest (AES-256-GCM), newest
   * first: the first one writes, every one reads (`TOKEN_ENCRYPTION_KEYS`, then `TOKEN_ENCRYPTION_KEY`).
   */
  readonly encryptionKeys: readonly EncryptionKey[];
  /** Whether Roblox has reviewed the app (unreviewed apps are limited to 10 users). */
  readonly reviewed: boolean;
  /** `PUBLIC_URL` + /oauth/callback: the redirect URL registered with the app. */
  readonly redirectUri: string;
}

/** Account linking (`/link`): the settings, validated with the rest of the configuration. */
export interface LinkingConfig {
  /** Undefined when no OAuth app is configured: then only the profile phrase links. */
  readonly oauth: OAuthAppConfig | undefined;
  /** The ways a member may link (`LINK_METHODS`). */
  readonly methods: readonly LinkMethod[];
  /** `LINK_SHARED_ACCOUNTS=on`: a Roblox account may be linked to several Discord accounts. */
  readonly sharedAccounts: boolean;
}

/** One sealing key: a short id written beside every record it seals, and 32 bytes as hex. */
export interface EncryptionKey {
  readonly id: string;
  readonly hex: string;
}

/** Sign in with Roblox, or put a one-time phrase in the profile's About. */
export type LinkMethod = "oauth" | "profile-code";
const METHODS: readonly LinkMethod[] = ["oauth", "profile-code"];

/** 32 bytes as 64 hex digits or as base64 (44 characters with padding, 43 without). */
const encryptionKey = z
  .string()
  .transform((value) =>
    /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64"),
  )
  .refine((key) => key.length === 32)
  // As hex: a frozen config cannot hold a Buffer (typed arrays cannot be frozen).
  .transform((key) => key.toString("hex"));

const keyBytes = (value: string): Buffer | undefined => {
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  return key.length === 32 ? key : undefined;
};

/** `id:key,id:key`, newest first: ids of letters, digits, `-` and `_`, each once; every key 32 bytes. */
const encryptionKeyList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry !== "")
      .map((entry) => {
        const at = entry.indexOf(":");
        const id = entry.slice(0, at);
        const key = at > 0 ? keyBytes(entry.slice(at + 1).trim()) : undefined;
        return { id, hex: key?.toString("hex") ?? "" };
      }),
  )
  .refine(
    (keys) =>
      keys.length > 0 &&
      keys.every((key) => /^[A-Za-z0-9_-]{1,16}$/.test(key.id) && key.hex.length === 64) &&
      new Set(keys.map((key) => key.id)).size === keys.length,
  );

/** The id the single `TOKEN_ENCRYPTION_KEY` of earlier releases goes by. */
export const LEGACY_KEY_ID = "legacy";

/** The /link button's id: 24 random bytes in base64url. */
const LINK_ID_LENGTH = 32;

/** The variables, each described by what it expects; config.ts spreads them into its own. */
export const LINKING_VARIABLES = {
  ROBLOX_OAUTH_CLIENT_ID: z
    .string()
    .regex(/^\d{1,30}$/)
    .optional()
    .describe("the numeric client ID of the bot's Roblox OAuth 2.0 app (optional; /link is off without it)"),
  ROBLOX_OAUTH_CLIENT_SECRET: z
    .string()
    .regex(/^\S{16,}$/)
    .optional()
    .describe("the secret of the Roblox OAuth 2.0 app (needed with ROBLOX_OAUTH_CLIENT_ID)"),
  ROBLOX_OAUTH_REVIEWED: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true")
    .describe("true once Roblox has reviewed the OAuth app, else false"),
  LINK_METHODS: z
    .string()
    .optional()
    .describe("comma-separated ways to link: oauth, profile-code (default: both)"),
  LINK_SHARED_ACCOUNTS: z
    .enum(["on", "off"])
    .default("off")
    .transform((value) => value === "on")
    .describe("on to let one Roblox account link to several Discord accounts, else off"),
  TOKEN_ENCRYPTION_KEYS: encryptionKeyList
    .optional()
    .describe(
      "comma-separated id:key pairs, newest first, each key 32 random bytes as 64 hex digits or base64, e.g. `2026a:$(openssl rand -base64 32)` (this or TOKEN_ENCRYPTION_KEY is needed with ROBLOX_OAUTH_CLIENT_ID)",
    ),
  TOKEN_ENCRYPTION_KEY: encryptionKey
    .optional()
    .describe(
      "one key of 32 random bytes as 64 hex digits or base64, e.g. from `openssl rand -hex 32`; read after TOKEN_ENCRYPTION_KEYS under the id legacy",
    ),
};

export interface LinkingInput {
  readonly oauthClientId: string | undefined;
  readonly oauthClientSecret: string | undefined;
  readonly oauthReviewed: boolean;
  readonly tokenEncryptionKey: string | undefined;
  readonly tokenEncryptionKeys: readonly EncryptionKey[] | undefined;
  readonly publicUrl: string | undefined;
  readonly webPort: number | undefined;
  readonly linkMethods: string | undefined;
  readonly sharedAccounts: boolean;
}

function methodsOf(value: string | undefined, fail: (message: string) => Error): readonly LinkMethod[] {
  if (value === undefined) return METHODS;
  const named = value.split(",").map((method) => method.trim());
  const methods = METHODS.filter((method) => named.includes(method));
  if (methods.length === 0 || methods.length !== new Set(named).size) {
    throw fail("Configuration error: LINK_METHODS must list oauth, profile-code or both, comma-separated.");
  }
  return methods;
}

/** TOKEN_ENCRYPTION_KEYS newest first, then the single key of earlier releases unless it is listed already. */
function keyRing(input: LinkingInput, fail: (message: string) => Error): readonly EncryptionKey[] {
  const keys = [...(input.tokenEncryptionKeys ?? [])];
  const legacy = input.tokenEncryptionKey;
  if (legacy !== undefined && !keys.some((key) => key.hex === legacy)) {
    if (keys.some((key) => key.id === LEGACY_KEY_ID)) {
      throw fail(
        `Configuration error: TOKEN_ENCRYPTION_KEYS uses the id ${LEGACY_KEY_ID}, which TOKEN_ENCRYPTION_KEY goes by; rename it or drop TOKEN_ENCRYPTION_KEY.`,
      );
    }
    keys.push({ id: LEGACY_KEY_ID, hex: legacy });
  }
  return keys;
}

/**
 * Signing in with Roblox needs all of its variables and a web server members can reach; any half of it is
 * an error. Without an OAuth app, `LINK_METHODS=profile-code` alone turns on linking by profile phrase.
 */
export function linkingOf(input: LinkingInput, fail: (message: string) => Error): LinkingConfig | undefined {
  const { oauthClientId, oauthClientSecret } = input;
  if (oauthClientId === undefined) {
    if (oauthClientSecret !== undefined) {
      throw fail("Configuration error: ROBLOX_OAUTH_CLIENT_SECRET is set without ROBLOX_OAUTH_CLIENT_ID.");
    }
    // As in earlier releases, linking stays off unless the operator asks for the phrase alone.
    if (input.linkMethods === undefined) return undefined;
    const methods = methodsOf(input.linkMethods, fail);
    if (methods.includes("oauth")) return undefined;
    return { oauth: undefined, methods, sharedAccounts: input.sharedAccounts };
  }
  return {
    oauth: oauthAppOf(input, oauthClientId, fail),
    methods: methodsOf(input.linkMethods, fail),
    sharedAccounts: input.sharedAccounts,
  };
}

function oauthAppOf(
  input: LinkingInput,
  oauthClientId: string,
  fail: (message: string) => Error,
): OAuthAppConfig {
  const { oauthClientSecret } = input;
  const encryptionKeys = keyRing(input, fail);
  const missing = [
    oauthClientSecret === undefined ? "ROBLOX_OAUTH_CLIENT_SECRET" : undefined,
    encryptionKeys.length === 0 ? "TOKEN_ENCRYPTION_KEYS" : undefined,
    input.publicUrl === undefined ? "PUBLIC_URL" : undefined,
    input.webPort === undefined ? "WEB_PORT" : undefined,
  ].filter((name) => name !== undefined);
  if (missing.length > 0 || oauthClientSecret === undefined) {
    throw fail(
      `Configuration error: ROBLOX_OAUTH_CLIENT_ID is set, so ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} needed too.`,
    );
  }
  // Discord refuses a link button past 512 characters; Roblox a redirect URL past 256.
  if (
    `${input.publicUrl}/link/`.length + LINK_ID_LENGTH > 512 ||
    `${input.publicUrl}/oauth/callback`.length > 256
  ) {
    throw fail(
      "Configuration error: PUBLIC_URL is too long for Roblox's redirect URL (256 characters with /oauth/callback).",
    );
  }
  return {
    clientId: oauthClientId,
    clientSecret: oauthClientSecret,
    encryptionKeys,
    reviewed: input.oauthReviewed,
    redirectUri: `${input.publicUrl}/oauth/callback`,
  };
}
