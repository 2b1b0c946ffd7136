/**
 * en-US names and descriptions of the slash commands, their options and choices: the registered
 * defaults, from which every other locale's `name_localizations`/`description_localizations` follow.
 * Names: lowercase, 1–32 letters, digits, `-` or `_`; descriptions at most 100 characters.
 */
export const enUSCommands = {
  "opt.user.name": "user",
  "opt.user.description": "Roblox username (e.g. builderman), numeric user ID or profile link",
  "opt.private.name": "private",
  "opt.private.description": "Only you see the answer (default: everyone in the channel)",
  "opt.member.name": "member",
  "opt.member.description": "A Discord member who linked their Roblox account (default: you)",
  "cmd.user.name": "user",
  "cmd.user.description": "Show a Roblox user's profile: names, ID, account age, avatar",
  "cmd.groups.name": "groups",
  "cmd.groups.description": "List the Roblox groups a user is in, with role and rank, or check one group",
  "cmd.groups.opt.group.name": "group",
  "cmd.groups.opt.group.description": "Only check this group ID: is the user in it, and at what rank?",
  "cmd.inventory.name": "inventory",
  "cmd.inventory.description": "Browse a Roblox user's inventory, or check whether they own certain items",
  "cmd.inventory.opt.assets.name": "assets",
  "cmd.inventory.opt.assets.description":
    "True: list assets of every type. False: leave them out. Choose no kind to list everything",
  "cmd.inventory.opt.badges.name": "badges",
  "cmd.inventory.opt.badges.description": "True: list badges. False: leave them out",
  "cmd.inventory.opt.game_passes.name": "game_passes",
  "cmd.inventory.opt.game_passes.description": "True: list game passes. False: leave them out",
  "cmd.inventory.opt.private_servers.name": "private_servers",
  "cmd.inventory.opt.private_servers.description":
    "List private servers (Roblox shows them only to the owner's own key)",
  "cmd.inventory.opt.asset_types.name": "asset_types",
  "cmd.inventory.opt.asset_types.description":
    "List only these asset types, comma-separated (e.g. Hat, Classic Shirt)",
  "cmd.inventory.opt.collectibles_only.name": "collectibles_only",
  // Roblox's onlyCollectibles "only returns non-UGC limited items" (creator-docs patterns.md).
  "cmd.inventory.opt.collectibles_only.description":
    "List only Roblox-made Limiteds (not UGC Limiteds), of every asset type or of asset_types",
  "cmd.inventory.opt.asset_ids.name": "asset_ids",
  "cmd.inventory.opt.asset_ids.description": "Check whether the user owns these asset IDs (comma-separated)",
  "cmd.inventory.opt.badge_ids.name": "badge_ids",
  "cmd.inventory.opt.badge_ids.description": "Check whether the user has these badge IDs (comma-separated)",
  "cmd.inventory.opt.game_pass_ids.name": "game_pass_ids",
  "cmd.inventory.opt.game_pass_ids.description":
    "Check whether the user owns these game pass IDs (comma-separated)",
  "cmd.inventory.opt.private_server_ids.name": "private_server_ids",
  "cmd.inventory.opt.private_server_ids.description":
    "Check whether the user owns these private server IDs (comma-separated)",
  "cmd.upload.name": "upload",
  "cmd.upload.description": "Upload an image, sound or model to Roblox as an asset",
  "cmd.upload.opt.file.name": "file",
  // No size promised here: Discord's limit for the interaction (attachment_size_limit) decides it.
  "cmd.upload.opt.file.description":
    "An image (PNG, JPEG, BMP, TGA), sound (MP3, OGG, WAV, FLAC) or model (FBX, glTF, GLB, RBXM)",
  "cmd.upload.opt.name.name": "name",
  "cmd.upload.opt.name.description": "Name on Roblox (default: the file name)",
  "cmd.upload.opt.description.name": "description",
  "cmd.upload.opt.description.description": "Description on Roblox",
  "cmd.upload.opt.type.name": "type",
  "cmd.upload.opt.type.description": "Asset type (default: decided from the file's contents)",
  "cmd.upload.opt.type.choice.Auto": "Auto",
  "cmd.upload.opt.type.choice.Decal": "Decal",
  "cmd.upload.opt.type.choice.Audio": "Audio",
  "cmd.upload.opt.type.choice.Model": "Model",
  "cmd.upload.opt.asset_id.name": "asset_id",
  "cmd.upload.opt.asset_id.description":
    "Upload as a new version of this Model asset instead of a new asset (.fbx files only)",
  "cmd.uploads.name": "uploads",
  "cmd.uploads.description": "Your recent /upload runs and their results",
} as const;
