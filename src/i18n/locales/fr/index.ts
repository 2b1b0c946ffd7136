import type { Translation } from "../../types.js";
import { frAssetDesk } from "./assetDesk.js";
import { frAssetTypes } from "./assetTypes.js";
import { frBinds } from "./binds.js";
import { frCommands } from "./commands.js";
import { frLinking } from "./linking.js";
import { frMessages } from "./messages.js";
import { frPrivacy } from "./privacy.js";
import { frViews } from "./views.js";
import { frZip } from "./zip.js";

export const fr = {
  ...frMessages,
  ...frViews,
  ...frCommands,
  ...frAssetTypes,
  ...frLinking,
  ...frBinds,
  ...frAssetDesk,
  ...frZip,
  ...frPrivacy,
} as const satisfies Translation<"one" | "many" | "other">;
