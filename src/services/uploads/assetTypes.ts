import { userError } from "../../errors.js";
import { message } from "../../i18n/types.js";

/** The asset-type words both pure steps of an upload use: preflight on the request, inspect on the bytes. */
export type RequestedType = "Auto" | "Decal" | "Audio" | "Model";
export type UploadAssetType = Exclude<RequestedType, "Auto">;

/** Refuses a new version of an asset of a type Roblox takes none for (all but Models). */
export function noNewVersions(type: RequestedType): void {
  if (type === "Decal" || type === "Audio") {
    throw userError("upload.noVersions", { type: { message: message(`assetType.${type}`) } });
  }
}
