import type { Translation } from "../../types.js";
import { esESAssetDesk } from "./assetDesk.js";
import { esESAssetTypes } from "./assetTypes.js";
import { esESBinds } from "./binds.js";
import { esESCommands } from "./commands.js";
import { esESLinking } from "./linking.js";
import { esESMessages } from "./messages.js";
import { esESPrivacy } from "./privacy.js";
import { esESViews } from "./views.js";
import { esESZip } from "./zip.js";

export const esES = {
  ...esESMessages,
  ...esESViews,
  ...esESCommands,
  ...esESAssetTypes,
  ...esESLinking,
  ...esESBinds,
  ...esESAssetDesk,
  ...esESZip,
  ...esESPrivacy,
} as const satisfies Translation<"one" | "many" | "other">;
