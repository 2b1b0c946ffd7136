import { isIP } from "node:net";
import { config as loadDotenv } from "dotenv";
import { z } from "zod";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
export type UploadCreator = { readonly userId: string } | { readonly groupId: string };
/** Which proxies' forwarding headers the web server believes: none, the nearest N hops, or these addresses. */
export type TrustProxy = false | number | readonly string[];

export interface Config {
  readonly environment: "development" | "production" | "test";
  readonly logLevel: LogLevel;
  readonly discord: {
    readonly token: string;
    readonly applicationId: string | undefined;
    readonly devGuildId: string | undefined;
    readonly apiUrl: string;
    readonly cdnHosts: readonly string[];
  };
  readonly roblox: {
    readonly apiKey: string;
    readonly uploadCreator: UploadCreator | undefined;
    readonly apisUrl: string;
    readonly usersUrl: string;
    readonly catalogUrl: string;
    readonly badgesUrl: string;
    readonly thumbnailsUrl: string;
    /** "realistic": the bot keeps to conservative per-IP budgets for the public web APIs; "off": no budget. */
    readonly webLimits: "realistic" | "off";
    /** Names the egress IP this process sends from; processes sharing one share its web API budget. */
    readonly egressId: string;
  };
  readonly uploads: {
    /** Seconds a member waits between two uploads; 0 turns the cooldown off. */
    readonly cooldownSeconds: number;
    /** Uploads a server may start per UTC day. */
    readonly dailyCapPerServer: number;
    /**
     * The first pause before reading an asset moderation left Reviewing again, ms; it doubles after each
     * read up to 60 times this, for 24 h.
     */
    readonly moderationBaseDelayMs: number;
    /** Servers where members may upload to ROBLOX_UPLOAD_CREATOR; empty turns those uploads off. */
    readonly guildIds: readonly string[];
    /** When not empty, a member also needs one of these roles (besides Manage Expressions) to upload. */
    readonly roleIds: readonly string[];
  };
  readonly storeUrl: string;
  readonly jobs: {
    /** How long a background job's lock lasts unrenewed: a dead process's jobs move on after about this. */
    readonly lockSeconds: number;
    /** Ended background jobs (finished, failed, cancelled) are removed after this many hours. */
    readonly retainHours: number;
  };
  readonly web: {
    /** Port of the bot's web server (GET /healthz and the pages); off when undefined. */
    readonly port: number | undefined;
    /**
     * True when the old name HEALTH_PORT is set (the bot logs a warning once). It wins over WEB_PORT, so a
     * deployment that set it keeps its port even where the image now sets WEB_PORT.
     */
    readonly healthPortNameUsed: boolean;
    /** The HTTPS address members reach the web server at (TLS ends at a reverse proxy), without a trailing slash. */
    readonly publicUrl: string | undefined;
    readonly trustProxy: TrustProxy;
  };
  /** How many shards `start:sharded` runs: a number, or "auto" for Discord's recommendation. */
  readonly shards: number | "auto";
  readonly interactions: InteractionsConfig;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const snowflake = z.string().regex(/^\d{17,20}$/);
const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value))
  .transform((value) => value.replace(/\/+$/, ""));
const hostList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host.length > 0),
  )
  .refine((hosts) => hosts.length > 0 && hosts.every((host) => /^[a-z0-9.-]+(:\d{1,5})?$/.test(host)));
const snowflakeList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((id) => id.trim())
      .filter((id) => id.length > 0),
  )
  .refine((ids) => ids.every((id) => /^\d{17,20}$/.test(id)))
  .transform((ids) => [...new Set(ids)]);
const creator = z
  .string()
  .regex(/^(user|group):\d{1,20}$/)
  .transform((value): UploadCreator => {
    const [kind, id = ""] = value.split(":");
    return kind === "user" ? { userId: id } : { groupId: id };
  });
const port = z.coerce.number().int().min(1).max(65_535);
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const publicUrl = z
  .string()
  .url()
  .transform((value) => new URL(value))
  // HTTPS, except on loopback where a developer tries the pages without a certificate.
  .refine(
    (url) => url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)),
  )
  .refine((url) => url.search === "" && url.hash === "" && url.username === "" && url.password === "")
  .transform((url) => url.href.replace(/\/+$/, ""));
/** proxy-addr's names for address ranges, accepted besides addresses and CIDRs. */
const PROXY_RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = "", prefix, extra] = entry.split("/");
  if (extra !== undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
const trustProxy = z.string().transform((value, context): TrustProxy => {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === "" || trimmed === "false" || trimmed === "off") return false;
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    if (hops >= 1 && hops <= 10) return hops;
  } else {
    const entries = trimmed
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0);
    if (entries.length > 0 && entries.every(isProxyAddress)) return entries;
  }
  context.addIssue({ code: "custom", message: "not a hop count or a list of addresses" });
  return z.NEVER;
});
const storeUrl = z.string().regex(/^(sqlite:\/\/.+|rediss?:\/\/.+|memory:\/\/.*)$/);

interface Variable<T> {
  readonly name: string;
  readonly expected: string;
  readonly schema: z.ZodType<T>;
  readonly fallback?: string;
}

function variable<T>(name: string, expected: string, schema: z.ZodType<T>, fallback?: string): Variable<T> {
  return fallback === undefined ? { name, expected, schema } : { name, expected, schema, fallback };
}

/** The order here is the order in which problems are reported: one line, the first problem only. */
const variables = {
  environment: variable(
    "NODE_ENV",
    "one of development, production, test",
    z.enum(["development", "production", "test"]),
    "production",
  ),
  logLevel: variable(
    "LOG_LEVEL",
    "one of fatal, error, warn, info, debug, trace, silent",
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
    "info",
  ),
  discordToken: variable(
    "DISCORD_TOKEN",
    "the bot token from the Discord developer portal",
    z.string().regex(/^[\w.-]{20,}$/),
  ),
  applicationId: variable(
    "DISCORD_APPLICATION_ID",
    "the application ID, a numeric Discord ID (optional)",
    snowflake.optional(),
  ),
  devGuildId: variable(
    "DISCORD_DEV_GUILD_ID",
    "a numeric Discord server ID for registering commands in development (optional)",
    snowflake.optional(),
  ),
  discordApiUrl: variable(
    "DISCORD_API_URL",
    "an http(s) URL of Discord's API root, such as https://discord.com/api",
    httpUrl,
    "https://discord.com/api",
  ),
  cdnHosts: variable(
    "DISCORD_CDN_HOSTS",
    "a comma-separated list of host names (host or host:port) that attachments may be downloaded from",
    hostList,
    "cdn.discordapp.com,media.discordapp.net",
  ),
  robloxApiKey: variable(
    "ROBLOX_API_KEY",
    "an Open Cloud API key from create.roblox.com/dashboard/credentials",
    z.string().regex(/^\S{16,}$/),
  ),
  uploadCreator: variable(
    "ROBLOX_UPLOAD_CREATOR",
    "user:<Roblox user ID> or group:<Roblox group ID> (optional; /upload is off without it)",
    creator.optional(),
  ),
  robloxApisUrl: variable(
    "ROBLOX_APIS_URL",
    "an http(s) URL standing for https://apis.roblox.com",
    httpUrl,
    "https://apis.roblox.com",
  ),
  robloxUsersUrl: variable(
    "ROBLOX_USERS_URL",
    "an http(s) URL standing for https://users.roblox.com",
    httpUrl,
    "https://users.roblox.com",
  ),
  robloxCatalogUrl: variable(
    "ROBLOX_CATALOG_URL",
    "an http(s) URL standing for https://catalog.roblox.com",
    httpUrl,
    "https://catalog.roblox.com",
  ),
  robloxBadgesUrl: variable(
    "ROBLOX_BADGES_URL",
    "an http(s) URL standing for https://badges.roblox.com",
    httpUrl,
    "https://badges.roblox.com",
  ),
  robloxThumbnailsUrl: variable(
    "ROBLOX_THUMBNAILS_URL",
    "an http(s) URL standing for https://thumbnails.roblox.com",
    httpUrl,
    "https://thumbnails.roblox.com",
  ),
  robloxWebLimits: variable(
    "ROBLOX_WEB_LIMITS",
    "realistic or off",
    z.enum(["realistic", "off"]),
    "realistic",
  ),
  egressId: variable(
    "EGRESS_ID",
    "a name of 1 to 64 letters, digits, dots, dashes or underscores for this machine's outgoing IP address",
    z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    "default",
  ),
  uploadCooldown: variable(
    "UPLOAD_COOLDOWN_SECONDS",
    "a whole number of seconds from 0 to 86400",
    z.coerce.number().int().min(0).max(86_400),
    "30",
  ),
  uploadDailyCap: variable(
    "UPLOAD_DAILY_CAP_PER_SERVER",
    "a whole number of uploads from 1 to 100000",
    z.coerce.number().int().min(1).max(100_000),
    "50",
  ),
  uploadReviewCheckMs: variable(
    "UPLOAD_REVIEW_CHECK_MS",
    "a whole number of milliseconds from 50 to 3600000",
    z.coerce.number().int().min(50).max(3_600_000),
    "60000",
  ),
  uploadGuildIds: variable(
    "UPLOAD_GUILD_IDS",
    "a comma-separated list of numeric Discord server IDs where uploads are allowed (empty: uploads off)",
    snowflakeList,
    "",
  ),
  uploadRoleIds: variable(
    "UPLOAD_ROLE_IDS",
    "a comma-separated list of numeric Discord role IDs allowed to upload (optional)",
    snowflakeList,
    "",
  ),
  storeUrl: variable(
    "STORE_URL",
    "sqlite://<file path>, redis://<host>:<port> or memory://",
    storeUrl,
    "sqlite://./data/bot.sqlite",
  ),
  jobLockSeconds: variable(
    "JOB_LOCK_SECONDS",
    "a whole number of seconds from 1 to 600",
    z.coerce.number().int().min(1).max(600),
    "30",
  ),
  jobRetainHours: variable(
    "JOB_RETAIN_HOURS",
    "a whole number of hours from 1 to 720",
    z.coerce.number().int().min(1).max(720),
    "24",
  ),
  webPort: variable(
    "WEB_PORT",
    "a TCP port from 1 to 65535 for the web server (optional; off when empty)",
    port.optional(),
  ),
  healthPort: variable(
    "HEALTH_PORT",
    "a TCP port from 1 to 65535 (the old name of WEB_PORT; optional)",
    port.optional(),
  ),
  publicUrl: variable(
    "PUBLIC_URL",
    "the https:// address members reach the web server at, without a query (optional)",
    publicUrl.optional(),
  ),
  trustProxy: variable(
    "TRUST_PROXY",
    "off, a number of proxy hops from 1 to 10, or a comma-separated list of proxy IP addresses or CIDRs",
    trustProxy,
    "off",
  ),
  shards: variable(
    "DISCORD_SHARDS",
    'a number of shards from 1 to 1000, or "auto" for what Discord recommends',
    z.union([z.literal("auto"), z.coerce.number().int().min(1).max(1_000)]),
    "auto",
  ),
} as const;

type Variables = typeof variables;
type Parsed = { [K in keyof Variables]: Variables[K] extends Variable<infer T> ? T : never };

function parseVariable<T>(spec: Variable<T>, env: Readonly<Record<string, string | undefined>>): T {
  const raw = env[spec.name]?.trim();
  const value = raw === undefined || raw === "" ? spec.fallback : raw;
  const result = spec.schema.safeParse(value);
  if (result.success) return result.data;
  // The message names the variable and what it expects; it never echoes the value, which may be a secret.
  const problem = value === undefined ? "is missing" : "is malformed";
  throw new ConfigError(`Configuration error: ${spec.name} ${problem}; expected ${spec.expected}.`);
}

/** Validates an environment (process.env after dotenv, or a plain object in tests) into a frozen Config. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = Object.fromEntries(
    Object.entries(variables).map(([key, spec]) => [key, parseVariable(spec as Variable<unknown>, env)]),
  ) as Parsed;
  return deepFreeze({
    environment: parsed.environment,
    logLevel: parsed.logLevel,
    discord: {
      token: parsed.discordToken,
      applicationId: parsed.applicationId,
      devGuildId: parsed.devGuildId,
      apiUrl: parsed.discordApiUrl,
      cdnHosts: parsed.cdnHosts,
    },
    roblox: {
      apiKey: parsed.robloxApiKey,
      uploadCreator: parsed.uploadCreator,
      apisUrl: parsed.robloxApisUrl,
      usersUrl: parsed.robloxUsersUrl,
      catalogUrl: parsed.robloxCatalogUrl,
      badgesUrl: parsed.robloxBadgesUrl,
      thumbnailsUrl: parsed.robloxThumbnailsUrl,
      webLimits: parsed.robloxWebLimits,
      egressId: parsed.egressId,
    },
    uploads: {
      cooldownSeconds: parsed.uploadCooldown,
      dailyCapPerServer: parsed.uploadDailyCap,
      moderationBaseDelayMs: parsed.uploadReviewCheckMs,
      guildIds: parsed.uploadGuildIds,
      roleIds: parsed.uploadRoleIds,
    },
    storeUrl: parsed.storeUrl,
    jobs: { lockSeconds: parsed.jobLockSeconds, retainHours: parsed.jobRetainHours },
    web: {
      port: parsed.healthPort ?? parsed.webPort,
      healthPortNameUsed: parsed.healthPort !== undefined,
      publicUrl: parsed.publicUrl,
      trustProxy: parsed.trustProxy,
    },
    shards: parsed.shards,
    interactions: parseInteractionsConfig(env, parsed.webPort ?? parsed.healthPort),
  });
}

// Interactions: over the gateway (default) or POSTed by Discord to the web server's /interactions.

export interface InteractionsConfig {
  /** "http": Discord POSTs interactions to PUBLIC_URL/interactions; "gateway": they arrive on the gateway. */
  readonly mode: "gateway" | "http";
  /** The application's Ed25519 public key (hex), which signs every HTTP interaction; needed in http mode. */
  readonly publicKey: string | undefined;
  /** Whether the events process (http mode) asks the gateway for the privileged GuildMembers intent. */
  readonly guildMembersIntent: boolean;
}

const interactionVariables = {
  mode: variable("INTERACTIONS_MODE", "gateway or http", z.enum(["gateway", "http"]), "gateway"),
  publicKey: variable(
    "DISCORD_PUBLIC_KEY",
    "the application's public key from the developer portal, 64 hexadecimal characters",
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/)
      .transform((key) => key.toLowerCase())
      .optional(),
  ),
  guildMembersIntent: variable("EVENTS_GUILD_MEMBERS", "on or off", z.enum(["on", "off"]), "off"),
} as const;

function parseInteractionsConfig(
  env: Readonly<Record<string, string | undefined>>,
  webPort: number | undefined,
): InteractionsConfig {
  const mode = parseVariable(interactionVariables.mode, env);
  const publicKey = parseVariable(interactionVariables.publicKey, env);
  if (mode === "http" && publicKey === undefined) {
    throw new ConfigError(
      "Configuration error: DISCORD_PUBLIC_KEY is missing; INTERACTIONS_MODE=http needs the application's public key to verify what Discord sends.",
    );
  }
  if (mode === "http" && webPort === undefined) {
    throw new ConfigError(
      "Configuration error: WEB_PORT is missing; INTERACTIONS_MODE=http serves POST /interactions on the web server.",
    );
  }
  const guildMembersIntent = parseVariable(interactionVariables.guildMembersIntent, env) === "on";
  return { mode, publicKey, guildMembersIntent };
}

/** Reads `.env` (if present) into the process environment, then validates it. The only reader of process.env. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
