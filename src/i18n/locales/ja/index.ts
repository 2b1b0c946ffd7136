import type { Translation } from "../../types.js";
import { jaAssetDesk } from "./assetDesk.js";
import { jaAssetTypes } from "./assetTypes.js";
import { jaBinds } from "./binds.js";
import { jaCommands } from "./commands.js";
import { jaLinking } from "./linking.js";
import { jaMessages } from "./messages.js";
import { jaPrivacy } from "./privacy.js";
import { jaViews } from "./views.js";
import { jaZip } from "./zip.js";

export const ja = {
  ...jaMessages,
  ...jaViews,
  ...jaCommands,
  ...jaAssetTypes,
  ...jaLinking,
  ...jaBinds,
  ...jaAssetDesk,
  ...jaZip,
  ...jaPrivacy,
} as const satisfies Translation<"other">;
