import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  type FileUploadType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord.js";
import type { RequestedType } from "../services/uploads/index.js";
import { MAX_DESCRIPTION, MAX_DISPLAY_NAME } from "../services/uploads/preflight.js";
import { resolveLocale } from "../i18n/locales.js";
import { privateOption } from "./options.js";
import { replyTranslator } from "./replyLocale.js";
import { type Command, privateDefer } from "./types.js";

const TYPE_CHOICES: readonly RequestedType[] = ["Auto", "Decal", "Audio", "Model"];

/**
 * What Discord's file picker offers for the attachment (at most 10 entries, matched by extension only:
 * the bytes are still checked). TGA and BMP are listed by extension in case Discord's "image" group
 * leaves them out; one entry is left free for .zip.
 */
const UPLOAD_FILE_TYPES: FileUploadType[] = [
  "image",
  "audio",
  ".bmp",
  ".tga",
  ".fbx",
  ".gltf",
  ".glb",
  ".rbxm",
  ".rbxmx",
];

export const uploadCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "upload",
    description: "Upload an image, sound or model to Roblox as an asset",
    contexts: [InteractionContextType.Guild],
    // Server admins can change who sees the command; the bot checks the permission again itself.
    default_member_permissions: String(PermissionFlagsBits.ManageGuildExpressions),
    options: [
      {
        type: ApplicationCommandOptionType.Attachment,
        name: "file",
        // No size promised here: Discord's limit for the interaction (attachment_size_limit) decides it.
        description:
          "An image (PNG, JPEG, BMP, TGA), sound (MP3, OGG, WAV, FLAC) or model (FBX, glTF, GLB, RBXM)",
        required: true,
        file_types: UPLOAD_FILE_TYPES,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "name",
        description: "Name on Roblox (default: the file name)",
        required: false,
        max_length: MAX_DISPLAY_NAME,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "description",
        description: "Description on Roblox",
        required: false,
        max_length: MAX_DESCRIPTION,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "type",
        description: "Asset type (default: decided from the file's contents)",
        required: false,
        choices: TYPE_CHOICES.map((type) => ({ name: type, value: type })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "asset_id",
        description: "Upload as a new version of this Model asset instead of a new asset (.fbx files only)",
        required: false,
        min_length: 1,
        max_length: 20,
      },
      privateOption,
    ],
  },
  defer: privateDefer,
  async execute(interaction, { services }) {
    const attachment = interaction.options.getAttachment("file", true);
    const type = interaction.options.getString("type") ?? "Auto";
    await services.uploads.start({
      interactionId: interaction.id,
      applicationId: interaction.applicationId,
      interactionToken: interaction.token,
      interactionCreatedAt: interaction.createdTimestamp,
      userId: interaction.user.id,
      guildId: interaction.guildId,
      memberMayUpload:
        interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuildExpressions) ?? false,
      memberRoleIds: memberRoleIds(interaction),
      attachment: { url: attachment.url, name: attachment.name, size: attachment.size },
      attachmentSizeLimit: interaction.attachmentSizeLimit,
      type: TYPE_CHOICES.includes(type as RequestedType) ? (type as RequestedType) : "Auto",
      name: interaction.options.getString("name") ?? undefined,
      description: interaction.options.getString("description") ?? undefined,
      assetId: interaction.options.getString("asset_id")?.trim() ?? undefined,
      locale: replyTranslator(interaction).locale,
      guildLocale: resolveLocale(interaction.guildLocale),
    });
  },
};

/** The member's role IDs: a raw list when the server is not cached, else the cached member's roles. */
function memberRoleIds(interaction: ChatInputCommandInteraction): readonly string[] {
  const member = interaction.member;
  if (member === null) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}
