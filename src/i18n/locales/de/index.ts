import type { Translation } from "../../types.js";
import { deAssetDesk } from "./assetDesk.js";
import { deAssetTypes } from "./assetTypes.js";
import { deBinds } from "./binds.js";
import { deCommands } from "./commands.js";
import { deLinking } from "./linking.js";
import { deMessages } from "./messages.js";
import { dePrivacy } from "./privacy.js";
import { deViews } from "./views.js";
import { deZip } from "./zip.js";

export const de = {
  ...deMessages,
  ...deViews,
  ...deCommands,
  ...deAssetTypes,
  ...deLinking,
  ...deBinds,
  ...deAssetDesk,
  ...deZip,
  ...dePrivacy,
} as const satisfies Translation<"one" | "other">;
