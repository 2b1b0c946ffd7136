import { enUSAssetDesk } from "./assetDesk.js";
import { enUSAssetTypes } from "./assetTypes.js";
import { enUSBinds } from "./binds.js";
import { enUSCommands } from "./commands.js";
import { enUSLinking } from "./linking.js";
import { enUSMessages } from "./messages.js";
import { enUSPrivacy } from "./privacy.js";
import { enUSViews } from "./views.js";
import { enUSZip } from "./zip.js";

/** The source catalogue: every key, and the placeholders each message takes. */
export const enUS = {
  ...enUSMessages,
  ...enUSViews,
  ...enUSCommands,
  ...enUSAssetTypes,
  ...enUSLinking,
  ...enUSBinds,
  ...enUSAssetDesk,
  ...enUSZip,
  ...enUSPrivacy,
} as const;
