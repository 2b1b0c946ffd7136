/** The words of /asset: refusals, confirmations and results. */

export const ASSET_NOT_OURS = (assetId: string) =>
  `Asset ${assetId} does not belong to the bot's upload account, so /asset cannot change it or list its versions.`;
export const ASSET_NOT_FOUND = (assetId: string) =>
  `Roblox has no asset ${assetId}, or it does not belong to the bot's upload account.`;
export const VERSION_NOT_FOUND = (assetId: string, version: number) =>
  `Asset ${assetId} has no version ${version}. Run /asset versions to see its versions.`;
export const NO_UPLOAD_ACCOUNT =
  "Asset management is turned off: the bot's owner has not set ROBLOX_UPLOAD_CREATOR.";
export const CONFIRMATION_EXPIRED =
  "This confirmation has expired or was already answered. Run the command again.";
export const ONLY_REQUESTER = "Only the person who asked for this change can confirm or cancel it.";

export type DeskActionName = "rollback" | "archive" | "restore";

export function confirmQuestion(
  action: DeskActionName,
  assetName: string,
  assetId: string,
  version?: number,
) {
  switch (action) {
    case "rollback":
      return `Roll **${assetName}** (${assetId}) back to version ${version}? Roblox keeps the current version and adds a new one with version ${version}'s content.`;
    case "archive":
      return `Archive **${assetName}** (${assetId})? It disappears from the website and stops working in experiences until it is restored.`;
    case "restore":
      return `Restore **${assetName}** (${assetId}) from the archive?`;
  }
}

export const CONFIRM_LABELS: Record<DeskActionName, string> = {
  rollback: "Roll back",
  archive: "Archive",
  restore: "Restore",
};
export const CANCEL_LABEL = "Cancel";
export const CANCELLED = "Cancelled: nothing was changed.";

export function doneText(
  action: DeskActionName,
  assetId: string,
  detail: { version?: number; newVersion?: number },
) {
  switch (action) {
    case "rollback":
      return `Rolled asset ${assetId} back to version ${detail.version}: its newest version is now ${detail.newVersion}.`;
    case "archive":
      return `Archived asset ${assetId}.`;
    case "restore":
      return `Restored asset ${assetId}: it is active again.`;
  }
}

export const VERSIONS_TITLE = (assetName: string) => `Versions of ${assetName}`;
export const VERSION_LINE = (version: number, moderation: string, newest: boolean) =>
  `**Version ${version}**${newest ? " (current)" : ""} · moderation: ${moderation}`;
export const NO_VERSIONS = "Roblox lists no versions for this asset.";
export const ARCHIVED_NOTE = "This asset is archived.";
