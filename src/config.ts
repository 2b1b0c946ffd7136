import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import {
  creator,
  httpUrl,
  list,
  oneOf,
  port,
  publicUrl,
  robloxUrl,
  snowflake,
  snowflakes,
  trustProxy,
  wholeNumber,
} from "./config/formats.js";
import { checkInteractions, INTERACTIONS_VARIABLES, interactionsOf } from "./config/interactions.js";
import { ROLE_SYNC_VARIABLES, roleSyncOf } from "./config/roleSync.js";
// ---- account linking (see linkingConfig.ts) ----
import { LINKING_VARIABLES, linkingOf } from "./linkingConfig.js";

// ---- end account linking ----

export type { TrustProxy, UploadCreator } from "./config/formats.js";

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/**
 * Every variable, described by what it expects (quoted in errors). Blank counts as unset. The order here
 * is the order in which problems are reported: one line, the first problem only.
 */
const MIB = 1024 * 1024;

const variables = z.object({
  NODE_ENV: oneOf(["development", "production", "test"], "production"),
  LOG_LEVEL: oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
  DISCORD_TOKEN: z
    .string()
    .regex(/^[\w.-]{20,}$/)
    .describe("the bot token from the Discord developer portal"),
  DISCORD_APPLICATION_ID: snowflake
    .optional()
    .describe("the application ID, a numeric Discord ID (optional)"),
  DISCORD_DEV_GUILD_ID: snowflake
    .optional()
    .describe("a numeric Discord server ID for registering commands in development (optional)"),
  DISCORD_API_URL: httpUrl("https://discord.com/api").describe(
    "an http(s) URL of Discord's API root, such as https://discord.com/api",
  ),
  DISCORD_CDN_HOSTS: list
    .transform((hosts) => hosts.map((host) => host.toLowerCase()))
    .refine((hosts) => hosts.length > 0 && hosts.every((host) => /^[a-z0-9.-]+(:\d{1,5})?$/.test(host)))
    .default(["cdn.discordapp.com", "media.discordapp.net"])
    .describe(
      "a comma-separated list of host names (host or host:port) that attachments may be downloaded from",
    ),
  ROBLOX_API_KEY: z
    .string()
    .regex(/^\S{16,}$/)
    .describe("an Open Cloud API key from create.roblox.com/dashboard/credentials"),
  ROBLOX_UPLOAD_CREATOR: creator
    .optional()
    .describe("user:<Roblox user ID> or group:<Roblox group ID> (optional; /upload is off without it)"),
  ROBLOX_APIS_URL: robloxUrl("apis"),
  ROBLOX_USERS_URL: robloxUrl("users"),
  ROBLOX_CATALOG_URL: robloxUrl("catalog"),
  ROBLOX_BADGES_URL: robloxUrl("badges"),
  ROBLOX_THUMBNAILS_URL: robloxUrl("thumbnails"),
  ROBLOX_WEB_LIMITS: z.enum(["realistic", "off"]).default("realistic").describe("realistic or off"),
  EGRESS_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/)
    .default("default")
    .describe(
      "a name of 1 to 64 letters, digits, dots, dashes or underscores for this machine's outgoing IP address",
    ),
  UPLOAD_COOLDOWN_SECONDS: wholeNumber("seconds", 0, 86_400, 30),
  UPLOAD_DAILY_CAP_PER_SERVER: wholeNumber("uploads", 1, 100_000, 50),
  UPLOAD_REVIEW_CHECK_MS: wholeNumber("milliseconds", 50, 3_600_000, 60_000),
  UPLOAD_ZIP_MAX_MB: wholeNumber("MiB", 1, 1024, 100),
  UPLOAD_ZIP_MAX_FILES: wholeNumber("entries", 1, 5000, 500),
  UPLOAD_ZIP_MAX_UNPACKED_MB: wholeNumber("MiB", 1, 10_240, 1024),
  UPLOAD_ZIP_MAX_RATIO: wholeNumber("times", 1, 10_000, 100),
  UPLOAD_LOG_RETENTION_DAYS: wholeNumber("days", 1, 730, 180),
  UPLOAD_GUILD_IDS: snowflakes.describe(
    "a comma-separated list of numeric Discord server IDs where uploads are allowed (empty: uploads off)",
  ),
  UPLOAD_ROLE_IDS: snowflakes.describe(
    "a comma-separated list of numeric Discord role IDs allowed to upload (optional)",
  ),
  // ── Upload log and approval queue ─────────────────────────────────────────────────────────────────────────────
  UPLOAD_LOG_CHANNELS: list
    .refine((pairs) => pairs.every((pair) => /^\d{17,20}:\d{17,20}$/.test(pair)))
    .transform((pairs) => Object.fromEntries(pairs.map((pair) => pair.split(":") as [string, string])))
    .default({})
    .describe(
      "a comma-separated list of <server ID>:<channel ID> pairs, the channel where each server's finished uploads are posted (optional)",
    ),
  UPLOAD_APPROVAL_CHANNELS: list
    .refine((pairs) => pairs.every((pair) => /^\d{17,20}:\d{17,20}$/.test(pair)))
    .transform((pairs) => Object.fromEntries(pairs.map((pair) => pair.split(":") as [string, string])))
    .default({})
    .describe(
      "a comma-separated list of <server ID>:<channel ID> pairs, the review channel where staff approve each server's uploads (optional)",
    ),
  // ── end of the upload log block ────────────────────────────────────────────────────────────
  STORE_URL: z
    .string()
    .regex(/^(sqlite:\/\/.+|rediss?:\/\/.+|memory:\/\/.*)$/)
    .default("sqlite://./data/bot.sqlite")
    .describe("sqlite://<file path>, redis://<host>:<port> or memory://"),
  JOB_LOCK_SECONDS: wholeNumber("seconds", 1, 600, 30),
  JOB_RETAIN_HOURS: wholeNumber("hours", 1, 720, 24),
  WEB_PORT: port
    .optional()
    .describe("a TCP port from 1 to 65535 for the web server (optional; off when empty)"),
  HEALTH_PORT: port.optional().describe("a TCP port from 1 to 65535 (the old name of WEB_PORT; optional)"),
  PUBLIC_URL: publicUrl
    .optional()
    .describe("the https:// address members reach the web server at, without a query (optional)"),
  TRUST_PROXY: trustProxy
    .default(false)
    .describe(
      "off, a number of proxy hops from 1 to 10, or a comma-separated list of proxy IP addresses or CIDRs",
    ),
  // ---- account linking (see linkingConfig.ts) ----
  ...LINKING_VARIABLES,
  // ---- end account linking ----
  // ---- role binds ----
  VERIFY_COOLDOWN_SECONDS: wholeNumber("seconds", 0, 3_600, 30),
  UPDATE_COOLDOWN_SECONDS: wholeNumber("seconds", 0, 3_600, 10),
  ...ROLE_SYNC_VARIABLES,
  // ---- end role binds ----
  DISCORD_SHARDS: z
    .union([z.literal("auto"), z.coerce.number().int().min(1).max(1_000)])
    .default("auto")
    .describe('a number of shards from 1 to 1000, or "auto" for what Discord recommends'),
  ...INTERACTIONS_VARIABLES,
});

/** The environment's variables, validated once into the shape the bot reads. */
const configSchema = variables.superRefine(checkInteractions).transform((env) => ({
  environment: env.NODE_ENV,
  logLevel: env.LOG_LEVEL,
  discord: {
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    devGuildId: env.DISCORD_DEV_GUILD_ID,
    apiUrl: env.DISCORD_API_URL,
    cdnHosts: env.DISCORD_CDN_HOSTS,
  },
  roblox: {
    apiKey: env.ROBLOX_API_KEY,
    uploadCreator: env.ROBLOX_UPLOAD_CREATOR,
    apisUrl: env.ROBLOX_APIS_URL,
    usersUrl: env.ROBLOX_USERS_URL,
    catalogUrl: env.ROBLOX_CATALOG_URL,
    badgesUrl: env.ROBLOX_BADGES_URL,
    thumbnailsUrl: env.ROBLOX_THUMBNAILS_URL,
    /** "realistic": the bot keeps to conservative per-IP budgets for the public web APIs; "off": no budget. */
    webLimits: env.ROBLOX_WEB_LIMITS,
    /** Names the egress IP this process sends from; processes sharing one share its web API budget. */
    egressId: env.EGRESS_ID,
  },
  uploads: {
    /** Seconds a member waits between two uploads; 0 turns the cooldown off. */
    cooldownSeconds: env.UPLOAD_COOLDOWN_SECONDS,
    /** Uploads a server may start per UTC day. */
    dailyCapPerServer: env.UPLOAD_DAILY_CAP_PER_SERVER,
    /** First pause before reading an asset left Reviewing again, ms; it doubles per read up to 60×, for 24 h. */
    moderationBaseDelayMs: env.UPLOAD_REVIEW_CHECK_MS,
    /** Servers where members may upload to ROBLOX_UPLOAD_CREATOR; empty turns those uploads off. */
    guildIds: env.UPLOAD_GUILD_IDS,
    /** When not empty, a member also needs one of these roles (besides Manage Expressions) to upload. */
    roleIds: env.UPLOAD_ROLE_IDS,
    /** Server ID → the channel its finished uploads are posted in (the upload log). */
    logChannels: env.UPLOAD_LOG_CHANNELS as Readonly<Record<string, string>>,
    /** Server ID → the review channel where staff approve its uploads first (the approval queue). */
    approvalChannels: env.UPLOAD_APPROVAL_CHANNELS as Readonly<Record<string, string>>,
    /** `/upload` of a zip: the limits checked while it is downloaded and read. */
    zip: {
      maxZipBytes: env.UPLOAD_ZIP_MAX_MB * MIB,
      maxEntries: env.UPLOAD_ZIP_MAX_FILES,
      maxTotalBytes: env.UPLOAD_ZIP_MAX_UNPACKED_MB * MIB,
      maxRatio: env.UPLOAD_ZIP_MAX_RATIO,
    },
    /** Days a server's upload log keeps an entry, unless the server set its own in /settings. */
    logRetentionDays: env.UPLOAD_LOG_RETENTION_DAYS,
  },
  storeUrl: env.STORE_URL,
  jobs: {
    /** How long a background job's lock lasts unrenewed: a dead process's jobs move on after about this. */
    lockSeconds: env.JOB_LOCK_SECONDS,
    /** Ended background jobs (finished, failed, cancelled) are removed after this many hours. */
    retainHours: env.JOB_RETAIN_HOURS,
  },
  web: {
    /** Port of the bot's web server (GET /healthz and the pages); off when undefined. */
    port: env.HEALTH_PORT ?? env.WEB_PORT,
    /** The old name HEALTH_PORT is set (the bot warns once); it wins over WEB_PORT, which the image sets. */
    healthPortNameUsed: env.HEALTH_PORT !== undefined,
    /** The HTTPS address members reach the web server at (TLS ends at a reverse proxy), no trailing slash. */
    publicUrl: env.PUBLIC_URL,
    trustProxy: env.TRUST_PROXY,
  },
  /** How many shards `start:sharded` runs: a number, or "auto" for Discord's recommendation. */
  shards: env.DISCORD_SHARDS,
  interactions: interactionsOf(env),
  // ---- account linking (see linkingConfig.ts) ----
  /** Roblox OAuth 2.0 linking; undefined (and /link off) unless ROBLOX_OAUTH_CLIENT_ID is set. */
  linking: linkingOf(
    {
      oauthClientId: env.ROBLOX_OAUTH_CLIENT_ID,
      oauthClientSecret: env.ROBLOX_OAUTH_CLIENT_SECRET,
      oauthReviewed: env.ROBLOX_OAUTH_REVIEWED,
      tokenEncryptionKey: env.TOKEN_ENCRYPTION_KEY,
      tokenEncryptionKeys: env.TOKEN_ENCRYPTION_KEYS,
      publicUrl: env.PUBLIC_URL,
      webPort: env.HEALTH_PORT ?? env.WEB_PORT,
      linkMethods: env.LINK_METHODS,
      sharedAccounts: env.LINK_SHARED_ACCOUNTS,
    },
    (message) => new ConfigError(message),
  ),
  // ---- end account linking ----
  // ---- role binds ----
  binds: {
    /** Seconds a member waits between two /verify in one server; 0 turns the cooldown off. */
    verifyCooldownSeconds: env.VERIFY_COOLDOWN_SECONDS,
    /** Seconds between two /update of the same member in one server; 0 turns the cooldown off. */
    updateCooldownSeconds: env.UPDATE_COOLDOWN_SECONDS,
    sync: roleSyncOf(env),
  },
  // ---- end role binds ----
}));

type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
export type Config = DeepReadonly<z.output<typeof configSchema>>;

type Name = keyof typeof variables.shape;
const NAMES = Object.keys(variables.shape) as Name[];

/** Validates an environment (process.env after dotenv, or a plain object in tests) into a frozen Config. */
export function parseConfig(raw: Readonly<Record<string, string | undefined>>): Config {
  const env = Object.fromEntries(NAMES.map((name) => [name, raw[name]?.trim() || undefined]));
  const result = configSchema.safeParse(env);
  if (result.success) return deepFreeze(result.data);
  const name = NAMES.find((key) => result.error.issues.some((issue) => issue.path[0] === key)) ?? "NODE_ENV";
  // The message names the variable and what it expects; it never echoes the value, which may be a secret.
  const problem = env[name] === undefined ? "is missing" : "is malformed";
  const expected = variables.shape[name].description;
  throw new ConfigError(`Configuration error: ${name} ${problem}; expected ${expected}.`);
}

/** Reads `.env` (if present) into the process environment, then validates it. The only reader of process.env. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}

function deepFreeze<T extends object>(value: T): DeepReadonly<T> {
  for (const inner of Object.values(value)) if (inner && typeof inner === "object") deepFreeze(inner);
  return Object.freeze(value) as DeepReadonly<T>;
}
