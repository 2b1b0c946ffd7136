import { API } from "@discordjs/core/http-only";
import { DiscordAPIError, REST } from "@discordjs/rest";
import type { Config } from "../../config.js";
import {
  type ApiKeyInfo,
  createOpenCloudClient,
  type OpenCloudClient,
  OpenCloudError,
} from "../../services/opencloud/index.js";
import { createStores } from "../../store/index.js";
import type { DoctorFinding } from "./finding.js";
import { checkLinking } from "./linking.js";
import { describeRedis, readRedisFacts } from "./redis.js";
import { type DiscordFacts, describeUploadPolicy } from "./uploads.js";

/** The API key permissions each command needs (Creator Dashboard → API Keys → Access permissions). */
export const COMMAND_PERMISSIONS: ReadonlyArray<{ command: string; scopes: readonly string[]; why: string }> =
  [
    { command: "/user", scopes: [], why: "public profiles need no permission" },
    { command: "/groups", scopes: [], why: "public memberships, groups and roles need no permission" },
    {
      command: "/inventory",
      scopes: [],
      why: "public inventories need no permission (a private one is readable only with its owner's key and Inventory → Read)",
    },
    { command: "/upload", scopes: ["asset:read", "asset:write"], why: "Assets → Read and Write" },
  ];

const DAY = 86_400_000;

function hasScope(key: ApiKeyInfo, scope: string): boolean {
  const [name, operation] = scope.split(":");
  return key.scopes.some((granted) => granted.name === name && granted.operations.includes(operation ?? ""));
}

const GUILD_PAGE = 200;
const MAX_GUILD_PAGES = 50;

/** The servers the bot is in, by ID, with their names (Discord pages them 200 at a time). */
async function botGuilds(api: API): Promise<Map<string, string>> {
  const guilds = new Map<string, string>();
  let after = "0";
  for (let page = 0; page < MAX_GUILD_PAGES; page++) {
    const batch = await api.users.getGuilds({ limit: GUILD_PAGE, after });
    for (const guild of batch) guilds.set(guild.id, guild.name);
    const last = batch.at(-1);
    if (batch.length < GUILD_PAGE || last === undefined) break;
    after = last.id;
  }
  return guilds;
}

async function checkDiscord(config: Config): Promise<{ finding: DoctorFinding; facts: DiscordFacts }> {
  const api = new API(
    new REST({ api: config.discord.apiUrl, retries: 0, timeout: 10_000 }).setToken(config.discord.token),
  );
  try {
    const application = await api.applications.getCurrent();
    const servers = application.approximate_guild_count;
    const guilds =
      config.uploads.guildIds.length === 0 ? undefined : await botGuilds(api).catch(() => undefined);
    return {
      finding: {
        ok: true,
        subject: "Discord",
        detail: `the token belongs to the application "${application.name}" (${application.id})${servers === undefined ? "" : `, in ${servers} server(s)`}`,
      },
      facts: { botPublic: application.bot_public, botGuilds: guilds },
    };
  } catch (error) {
    return { finding: discordProblem(error), facts: { botPublic: undefined, botGuilds: undefined } };
  }
}

function discordProblem(error: unknown): DoctorFinding {
  const refused = error instanceof DiscordAPIError && error.status === 401;
  return {
    ok: false,
    subject: "Discord",
    detail: refused ? "Discord refused DISCORD_TOKEN" : "Discord could not be reached",
    fix: refused
      ? "Reset the token on the Bot page of your application in the Discord developer portal and put it in .env."
      : "Check the network, or DISCORD_API_URL if you changed it.",
  };
}

async function checkRoblox(config: Config): Promise<DoctorFinding[]> {
  const roblox = createOpenCloudClient({
    apiKey: config.roblox.apiKey,
    baseUrls: { apis: config.roblox.apisUrl, users: config.roblox.usersUrl },
    retry: { maxAttempts: 1 },
  });
  try {
    const key = await roblox.keys.introspect();
    const findings = describeKey(key, config, Date.now());
    if (!key.enabled || key.expired || key.ownerUserId === undefined) return findings;
    const ipProblem = await checkAcceptedAddress(roblox, key.ownerUserId);
    const groupFinding = await checkGroupCreator(roblox, config, key.ownerUserId);
    return [...findings, ...(ipProblem ? [ipProblem] : []), ...(groupFinding ? [groupFinding] : [])];
  } catch (error) {
    const refused =
      error instanceof OpenCloudError && (error.kind === "unauthenticated" || error.status === 401);
    return [
      {
        ok: false,
        subject: "Roblox API key",
        detail: refused ? "Roblox does not know ROBLOX_API_KEY" : "Roblox could not be reached",
        fix: refused
          ? `Copy the key again from create.roblox.com/dashboard/credentials (API Keys), or create a new one. ${USER_KEY_ADVICE}`
          : "Check the network, or ROBLOX_APIS_URL if you changed it.",
      },
    ];
  } finally {
    await roblox.close();
  }
}

/** creator-docs `cloud/auth/api-keys.md`: group keys "will not be supported after January 30, 2026". */
const USER_KEY_ADVICE =
  "Group-owned keys stopped working on 2026-01-30: create the key on a user account (best a dedicated one) that has a role in the group allowing it to create and edit group creations.";

/**
 * Introspection does not look at the caller's address, so a key limited to other IP addresses looks
 * healthy there; a call that needs no permission (the owner's profile) shows whether Roblox takes it from here.
 */
async function checkAcceptedAddress(
  roblox: OpenCloudClient,
  ownerUserId: string,
): Promise<DoctorFinding | undefined> {
  try {
    await roblox.users.getUser(ownerUserId);
    return undefined;
  } catch (error) {
    if (!(error instanceof OpenCloudError && error.status === 401)) return undefined;
    return {
      ok: false,
      subject: "Accepted IP addresses",
      detail: "Roblox knows the key but refuses it from this machine's IP address",
      fix: "Add the address the bot runs from to the key's Accepted IP Addresses on the Creator Dashboard (API Keys → the key → Security), or turn Restrict IP addresses off.",
    };
  }
}

/** With a group creator, uploads go through the key owner's role in that group: say so, and check membership. */
async function checkGroupCreator(
  roblox: OpenCloudClient,
  config: Config,
  ownerUserId: string,
): Promise<DoctorFinding | undefined> {
  const creator = config.roblox.uploadCreator;
  if (creator === undefined || !("groupId" in creator)) return undefined;
  const how = `uploads go to group ${creator.groupId} with the key of user ${ownerUserId}, through that user's role in the group`;
  try {
    const memberships = await roblox.groups.listUserMemberships(ownerUserId);
    if (memberships.some((membership) => membership.groupId === creator.groupId)) {
      return {
        ok: true,
        subject: "Upload group",
        detail: `${how}; the user is a member (the role must allow creating and editing group creations)`,
      };
    }
    return {
      ok: false,
      subject: "Upload group",
      detail: `${how}, but user ${ownerUserId} is not a member of group ${creator.groupId}`,
      fix: "Invite that account to the group and give it a role that may create and edit group creations, or use a key of an account that has one.",
    };
  } catch {
    return { ok: true, subject: "Upload group", detail: `${how} (membership could not be checked)` };
  }
}

/** Plain-words findings about a key: state, expiry, and whether each command has what it needs. */
export function describeKey(key: ApiKeyInfo, config: Config, now: number): DoctorFinding[] {
  if (key.ownerUserId === undefined) {
    return [
      {
        ok: false,
        subject: "Roblox API key",
        detail: `the key "${key.name}" has no user owner`,
        fix: USER_KEY_ADVICE,
      },
    ];
  }
  const owner = `the Roblox user ${key.ownerUserId}`;
  const findings: DoctorFinding[] = [];
  if (!key.enabled || key.expired) {
    findings.push({
      ok: false,
      subject: "Roblox API key",
      detail: `the key "${key.name}" of ${owner} is ${key.expired ? "expired" : "disabled"}`,
      fix: "Enable or renew it on the Creator Dashboard (keys unused for 60 days expire by themselves).",
    });
    return findings;
  }
  const expiry = key.expiresAt;
  const soon = expiry !== undefined && expiry.getTime() - now < 7 * DAY;
  findings.push({
    ok: !soon,
    subject: "Roblox API key",
    detail: `the key "${key.name}" belongs to ${owner}, is enabled${expiry ? `, and expires on ${expiry.toISOString().slice(0, 10)}` : ", and has no expiry date"}`,
    ...(soon
      ? { fix: "Set a later expiry date on the Creator Dashboard before the bot stops working." }
      : {}),
  });
  for (const { command, scopes, why } of COMMAND_PERMISSIONS) {
    const missing = scopes.filter((scope) => !hasScope(key, scope));
    if (command === "/upload" && config.roblox.uploadCreator === undefined) {
      findings.push({ ok: true, subject: command, detail: "off (ROBLOX_UPLOAD_CREATOR is not set)" });
      continue;
    }
    findings.push(
      missing.length === 0
        ? { ok: true, subject: command, detail: `ready: ${why}` }
        : {
            ok: false,
            subject: command,
            detail: `the key lacks ${missing.join(" and ")}`,
            fix: `Edit the key on the Creator Dashboard and add ${why}.`,
          },
    );
  }
  const creator = config.roblox.uploadCreator;
  if (creator && "userId" in creator && key.ownerUserId && creator.userId !== key.ownerUserId) {
    findings.push({
      ok: false,
      subject: "/upload",
      detail: `ROBLOX_UPLOAD_CREATOR is user ${creator.userId}, but the key belongs to user ${key.ownerUserId}`,
      fix: "A user key can only upload as its owner (or to a group the owner may upload to): change one of them.",
    });
  }
  return findings;
}

async function checkStore(config: Config): Promise<DoctorFinding[]> {
  try {
    const stores = await createStores(config.storeUrl);
    let redis: DoctorFinding[] = [];
    try {
      await stores.ping();
      if (stores.redis) redis = describeRedis(await readRedisFacts(stores.redis));
    } finally {
      await stores.close();
    }
    return [
      { ok: true, subject: "Store", detail: `${config.storeUrl.split("://")[0]} store answers` },
      ...redis,
    ];
  } catch (error) {
    return [
      {
        ok: false,
        subject: "Store",
        detail: `the store at STORE_URL does not work: ${(error as Error).message}`,
        fix: "For SQLite, make sure the folder is writable; for Redis, that the server runs and the URL is right.",
      },
    ];
  }
}

/** Checks a real configuration before going live. */
export async function runDoctor(config: Config): Promise<DoctorFinding[]> {
  const [discord, roblox, store, linking] = await Promise.all([
    checkDiscord(config),
    checkRoblox(config),
    checkStore(config),
    checkLinking(config),
  ]);
  return [discord.finding, ...roblox, ...describeUploadPolicy(config, discord.facts), ...store, ...linking];
}
