import { userError } from "../../errors.js";

/** Where and by whom uploads to the operator's Roblox account are allowed, as the operator configured it. */
export interface UploadPolicy {
  /** Servers the operator allowed; empty means uploads to the operator's account are off everywhere. */
  readonly guildIds: readonly string[];
  /** When not empty, a member needs one of these roles as well as Manage Expressions. */
  readonly roleIds: readonly string[];
}

/** Who asks to upload, and where, as the interaction says. */
export interface Uploader {
  readonly guildId: string | null;
  /** Whether the member has Manage Expressions in this server. */
  readonly memberMayUpload: boolean;
  /** The member's roles in this server. */
  readonly memberRoleIds: readonly string[];
}

/**
 * Whether this member may upload to the operator's account here. Runs before anything else an upload
 * does (no download, no cooldown or cap taken, no Roblox request): a public bot can be added to any
 * server, and the administrator of that server holds Manage Expressions there.
 */
export function checkUploadAllowed<T extends Uploader>(
  policy: UploadPolicy,
  uploader: T,
): asserts uploader is T & { readonly guildId: string } {
  if (uploader.guildId === null) throw userError("upload.serverOnly");
  if (!policy.guildIds.includes(uploader.guildId)) {
    throw userError(policy.guildIds.length === 0 ? "upload.offEverywhere" : "upload.offHere");
  }
  if (!uploader.memberMayUpload) throw userError("upload.needPermission");
  if (
    policy.roleIds.length > 0 &&
    !policy.roleIds.some((roleId) => uploader.memberRoleIds.includes(roleId))
  ) {
    const roles = policy.roleIds.map((roleId) => `<@&${roleId}>`).join(", ");
    throw userError("upload.needRole", { roles });
  }
}

/** Logged once at start, and shown by the doctor, when an upload account is set but no server may use it. */
export const NO_UPLOAD_SERVERS =
  "uploads are off: ROBLOX_UPLOAD_CREATOR is set but UPLOAD_GUILD_IDS lists no server; add the IDs of the servers allowed to upload";

export function uploadsConfiguredButOff(creatorSet: boolean, policy: UploadPolicy): boolean {
  return creatorSet && policy.guildIds.length === 0;
}
