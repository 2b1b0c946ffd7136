import type { Translation } from "../../types.js";
import { jaAssetTypes } from "./assetTypes.js";
import { jaBinds } from "./binds.js";
import { jaCommands } from "./commands.js";
import { jaLinkReplies } from "./linkReplies.js";
import { jaMessages } from "./messages.js";
import { jaViews } from "./views.js";

export const ja = {
  ...jaMessages,
  ...jaViews,
  ...jaCommands,
  ...jaAssetTypes,
  ...jaBinds,
  ...jaLinkReplies,
} as const satisfies Translation<"other">;
