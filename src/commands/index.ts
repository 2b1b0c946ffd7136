import { createPagerButtons } from "../pager/buttons.js";
import { anyPagerSource } from "../pager/source.js";
import { assetCommand, versionsPager } from "./asset.js";
import { assetConfirmButtons } from "./assetConfirm.js";
import { bindsCommand } from "./binds.js";
import { groupsCommand, groupsPager } from "./groups.js";
import { inventoryCommand, inventoryPager } from "./inventory.js";
import { linkCommand } from "./link.js";
import { profileCheckButton } from "./linkCheck.js";
import { privacyButtons, privacyCommand } from "./privacy.js";
import { settingsCommand } from "./settings.js";
import type { Command, ComponentHandler } from "./types.js";
import { unlinkCommand } from "./unlink.js";
import { uploadCommand } from "./upload.js";
import { uploadReviewButtons } from "./uploadReview.js";
import { uploadsCommand } from "./uploads.js";
import { userCommand } from "./user.js";
import { updateCommand, verifyCommand } from "./verify.js";

/** Every slash command the bot has, in the order they are registered. */
export const commands: readonly Command[] = [
  userCommand,
  groupsCommand,
  inventoryCommand,
  uploadCommand,
  uploadsCommand,
  assetCommand,
  linkCommand,
  bindsCommand,
  verifyCommand,
  updateCommand,
  settingsCommand,
  unlinkCommand,
  privacyCommand,
];

/** Every component handler, by custom_id namespace: the pager buttons serve every paged list. */
export const components: readonly ComponentHandler[] = [
  createPagerButtons([
    anyPagerSource(groupsPager),
    anyPagerSource(inventoryPager),
    anyPagerSource(versionsPager),
  ]),
  assetConfirmButtons,
  uploadReviewButtons,
  profileCheckButton,
  privacyButtons,
];
