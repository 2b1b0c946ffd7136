import type { Translation } from "../../types.js";
import { ptBRAssetTypes } from "./assetTypes.js";
import { ptBRBinds } from "./binds.js";
import { ptBRCommands } from "./commands.js";
import { ptBRLinkReplies } from "./linkReplies.js";
import { ptBRMessages } from "./messages.js";
import { ptBRViews } from "./views.js";

export const ptBR = {
  ...ptBRMessages,
  ...ptBRViews,
  ...ptBRCommands,
  ...ptBRAssetTypes,
  ...ptBRBinds,
  ...ptBRLinkReplies,
} as const satisfies Translation<"one" | "many" | "other">;
