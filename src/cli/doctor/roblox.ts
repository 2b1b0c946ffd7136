import type { Config } from "../../config.js";
import {
  createOpenCloudClient,
  type OpenCloudClient,
  OpenCloudError,
} from "../../services/opencloud/index.js";
import { describeKey, USER_KEY_ADVICE } from "./apiKey.js";
import type { DoctorFinding } from "./finding.js";

export async function checkRoblox(config: Config): Promise<DoctorFinding[]> {
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
