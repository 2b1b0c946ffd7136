import type { Translation } from "../../types.js";
import { jaAssetTypes } from "./assetTypes.js";
import { jaCommands } from "./commands.js";
import { jaLinking } from "./linking.js";
import { jaMessages } from "./messages.js";
import { jaViews } from "./views.js";

export const ja = {
  ...jaMessages,
  ...jaViews,
  ...jaCommands,
  ...jaAssetTypes,
  ...jaLinking,
} as const satisfies Translation<"other">;
