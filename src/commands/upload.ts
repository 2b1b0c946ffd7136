import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type FileUploadType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import { resolveLocale } from "../i18n/locales.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import type { RequestedType } from "../services/uploads/index.js";
import { MAX_DESCRIPTION, MAX_DISPLAY_NAME } from "../services/uploads/preflight.js";
import { privateOption } from "./options.js";
import { type Command, privateDefer } from "./types.js";

const TYPE_CHOICES: readonly RequestedType[] = ["Auto", "Decal", "Audio", "Model"];

/**
 * What Discord's file picker offers for the attachment (at most 10 entries, matched by extension only:
 * the bytes are still checked). TGA and BMP are listed by extension in case Discord's "image" group
 * leaves them out; .zip uploads every supported file inside.
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
  ".zip",
];

const fileOption = {
  type: ApplicationCommandOptionType.Attachment,
  name: "file",
  // No size promised here: Discord's limit for the interaction (attachment_size_limit) decides it.
  description: en.t("cmd.upload.opt.file.description"),
  required: true,
  file_types: UPLOAD_FILE_TYPES,
} as const satisfies APIApplicationCommandBasicOption;

const nameOption = {
  type: ApplicationCommandOptionType.String,
  name: "name",
  description: en.t("cmd.upload.opt.name.description"),
  required: false,
  max_length: MAX_DISPLAY_NAME,
} as const satisfies APIApplicationCommandBasicOption;

const descriptionOption = {
  type: ApplicationCommandOptionType.String,
  name: "description",
  description: en.t("cmd.upload.opt.description.description"),
  required: false,
  max_length: MAX_DESCRIPTION,
} as const satisfies APIApplicationCommandBasicOption;

const typeOption = {
  type: ApplicationCommandOptionType.String,
  name: "type",
  description: en.t("cmd.upload.opt.type.description"),
  required: false,
  // Each choice's value is the canonical English type; its name is localised at registration.
  choices: TYPE_CHOICES.map((type) => ({ name: en.t(`cmd.upload.opt.type.choice.${type}`), value: type })),
} as const satisfies APIApplicationCommandBasicOption;

const assetIdOption = {
  type: ApplicationCommandOptionType.String,
  name: "asset_id",
  description: en.t("cmd.upload.opt.asset_id.description"),
  required: false,
  min_length: 1,
  max_length: 20,
} as const satisfies APIApplicationCommandBasicOption;

const toOption = {
  type: ApplicationCommandOptionType.String,
  name: "to",
  description: en.t("cmd.upload.opt.to.description"),
  required: false,
  choices: (["me", "server"] as const).map((value) => ({
    name: en.t(`cmd.upload.opt.to.choice.${value}`),
    value,
  })),
} as const satisfies APIApplicationCommandBasicOption;

export const uploadCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "upload",
    description: en.t("cmd.upload.description"),
    contexts: [InteractionContextType.Guild],
    // Server admins can change who sees the command; the bot checks the permission again itself.
    default_member_permissions: String(PermissionFlagsBits.ManageGuildExpressions),
    options: [fileOption, nameOption, descriptionOption, typeOption, assetIdOption, toOption, privateOption],
  },
  defer: privateDefer,
  async execute(interaction, { services }) {
    const attachment = interaction.option(fileOption);
    const type = interaction.option(typeOption) ?? "Auto";
    const member = interaction.member;
    const to = interaction.option(toOption);
    await services.uploads.start({
      to: to === "me" || to === "server" ? to : undefined,
      interactionId: interaction.id,
      applicationId: interaction.applicationId,
      interactionToken: interaction.token,
      interactionCreatedAt: interaction.createdAt,
      userId: interaction.user.id,
      guildId: interaction.guildId ?? null,
      memberMayUpload: member !== undefined && mayManageExpressions(member.permissions),
      memberRoleIds: member?.roleIds ?? [],
      attachment: { url: attachment.url, name: attachment.filename, size: attachment.size },
      attachmentSizeLimit: interaction.attachmentSizeLimit,
      type: TYPE_CHOICES.includes(type as RequestedType) ? (type as RequestedType) : "Auto",
      name: interaction.option(nameOption),
      description: interaction.option(descriptionOption),
      assetId: interaction.option(assetIdOption)?.trim(),
      locale: replyTranslator(interaction).locale,
      guildLocale: resolveLocale(interaction.guildLocale),
      memberLocale: resolveLocale(interaction.locale),
    });
  },
};

/** Administrator grants every permission (as discord.js's PermissionsBitField#has reads it). */
export function mayManageExpressions(permissions: bigint): boolean {
  return (
    (permissions & (PermissionFlagsBits.ManageGuildExpressions | PermissionFlagsBits.Administrator)) !== 0n
  );
}
