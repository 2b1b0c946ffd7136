import type { Translation } from "../../types.js";
import { frAssetTypes } from "./assetTypes.js";
import { frCommands } from "./commands.js";
import { frMessages } from "./messages.js";
import { frViews } from "./views.js";

export const fr = {
  ...frMessages,
  ...frViews,
  ...frCommands,
  ...frAssetTypes,
} as const satisfies Translation<"one" | "many" | "other">;
