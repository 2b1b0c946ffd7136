import type { Translation } from "../../types.js";
import { deAssetTypes } from "./assetTypes.js";
import { deBinds } from "./binds.js";
import { deCommands } from "./commands.js";
import { deLinking } from "./linking.js";
import { deMessages } from "./messages.js";
import { deViews } from "./views.js";

export const de = {
  ...deMessages,
  ...deViews,
  ...deCommands,
  ...deAssetTypes,
  ...deLinking,
  ...deBinds,
} as const satisfies Translation<"one" | "other">;
