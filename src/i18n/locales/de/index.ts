import type { Translation } from "../../types.js";
import { deAssetTypes } from "./assetTypes.js";
import { deBinds } from "./binds.js";
import { deCommands } from "./commands.js";
import { deLinkReplies } from "./linkReplies.js";
import { deMessages } from "./messages.js";
import { deViews } from "./views.js";

export const de = {
  ...deMessages,
  ...deViews,
  ...deCommands,
  ...deAssetTypes,
  ...deBinds,
  ...deLinkReplies,
} as const satisfies Translation<"one" | "other">;
