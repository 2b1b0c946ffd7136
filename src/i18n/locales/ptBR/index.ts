import type { Translation } from "../../types.js";
import { ptBRAssetDesk } from "./assetDesk.js";
import { ptBRAssetTypes } from "./assetTypes.js";
import { ptBRBinds } from "./binds.js";
import { ptBRCommands } from "./commands.js";
import { ptBRLinking } from "./linking.js";
import { ptBRMessages } from "./messages.js";
import { ptBRPrivacy } from "./privacy.js";
import { ptBRViews } from "./views.js";
import { ptBRZip } from "./zip.js";

export const ptBR = {
  ...ptBRMessages,
  ...ptBRViews,
  ...ptBRCommands,
  ...ptBRAssetTypes,
  ...ptBRLinking,
  ...ptBRBinds,
  ...ptBRAssetDesk,
  ...ptBRZip,
  ...ptBRPrivacy,
} as const satisfies Translation<"one" | "many" | "other">;
