/** Where and by whom uploads to the operator's Roblox account are allowed, as the operator configured it. */
export interface UploadPolicy {
  /** Servers the operator allowed; empty means uploads to the operator's account are off everywhere. */
  readonly guildIds: readonly string[];
  /** When not empty, a member needs one of these roles as well as Manage Expressions. */
  readonly roleIds: readonly string[];
}

/** Logged once at start, and shown by the doctor, when an upload account is set but no server may use it. */
export const NO_UPLOAD_SERVERS =
  "uploads are off: ROBLOX_UPLOAD_CREATOR is set but UPLOAD_GUILD_IDS lists no server; add the IDs of the servers allowed to upload";

export function uploadsConfiguredButOff(creatorSet: boolean, policy: UploadPolicy): boolean {
  return creatorSet && policy.guildIds.length === 0;
}
