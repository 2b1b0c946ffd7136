import { enUSAssetTypes } from "./assetTypes.js";
import { enUSBinds } from "./binds.js";
import { enUSCommands } from "./commands.js";
import { enUSLinkReplies } from "./linkReplies.js";
import { enUSMessages } from "./messages.js";
import { enUSViews } from "./views.js";

/** The source catalogue: every key, and the placeholders each message takes. */
export const enUS = {
  ...enUSMessages,
  ...enUSViews,
  ...enUSCommands,
  ...enUSAssetTypes,
  ...enUSBinds,
  ...enUSLinkReplies,
} as const;
