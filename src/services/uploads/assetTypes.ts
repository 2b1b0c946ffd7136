/** The asset-type words both pure steps of an upload use: preflight on the request, inspect on the bytes. */
export type RequestedType = "Auto" | "Decal" | "Audio" | "Model";
export type UploadAssetType = Exclude<RequestedType, "Auto">;

const noVersions = (type: string) =>
  `Roblox does not allow new versions of ${type} assets, only of Models. Leave out asset_id to upload a new ${type}.`;

/** Why Roblox takes no new version of an asset of this type; undefined where it may (Models). */
export const NO_NEW_VERSIONS: Readonly<Record<RequestedType, string | undefined>> = {
  Auto: undefined,
  Model: undefined,
  Decal: noVersions("Decal"),
  Audio: noVersions("Audio"),
};

/**
 * "Currently, you can only update the asset content for `.fbx` files" (creator-docs
 * cloud/guides/usage-assets.md): other model formats are refused before anything is downloaded,
 * by name, and again by the bytes once they are read.
 */
export const FBX_ONLY_FOR_VERSIONS =
  "Roblox takes new versions of a Model only as .fbx files; other model formats (glTF, GLB, RBXM, RBXMX) can only be uploaded as new Models. Export the model as FBX, or leave out asset_id to upload a new Model.";
