import {
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import { en } from "../i18n/translator.js";
import type { Localized } from "../i18n/types.js";
import type { CommandContext } from "../interaction/types.js";
import type { UploadSettings } from "../services/uploads/serverSettings.js";
import { auditChannelOption, onOption } from "./bindOptions.js";

/** `/settings set` subcommands for a server's uploads: the log channel, the review channel, approval. */
export const uploadSettingSubcommands = [
  {
    type: ApplicationCommandOptionType.Subcommand,
    name: "upload-log-channel",
    description: en.t("cmd.settings.opt.upload-log-channel.description"),
    options: [auditChannelOption],
  },
  {
    type: ApplicationCommandOptionType.Subcommand,
    name: "upload-review-channel",
    description: en.t("cmd.settings.opt.upload-review-channel.description"),
    options: [auditChannelOption],
  },
  {
    type: ApplicationCommandOptionType.Subcommand,
    name: "upload-approval",
    description: en.t("cmd.settings.opt.upload-approval.description"),
    options: [onOption],
  },
] as const satisfies APIApplicationCommandSubcommandOption[];

const mention = (channelId: string) => `<#${channelId}>`;

/**
 * Applies an upload subcommand of `/settings set`; what to say above the settings, or undefined when
 * the subcommand is not one of these. A refusal (approval without a review channel) throws UserError.
 */
export async function setUploadSetting(
  interaction: CommandContext,
  settings: UploadSettings,
  guildId: string,
  t: Translator,
): Promise<Localized | undefined> {
  const picked = interaction.subcommand[1];
  if (picked === "upload-log-channel") {
    const channelId = interaction.option(auditChannelOption);
    await settings.setLogChannel(guildId, channelId);
    return channelId === undefined
      ? t.t("settings.set.uploadLogChannel.off")
      : t.t("settings.set.uploadLogChannel.on", { channel: mention(channelId) });
  }
  if (picked === "upload-review-channel") {
    const channelId = interaction.option(auditChannelOption);
    await settings.setReviewChannel(guildId, channelId);
    return channelId === undefined
      ? t.t("settings.set.uploadReviewChannel.off")
      : t.t("settings.set.uploadReviewChannel.on", { channel: mention(channelId) });
  }
  if (picked === "upload-approval") {
    const on = interaction.option(onOption);
    await settings.setApprovalRequired(guildId, on);
    const { reviewChannelId } = await settings.of(guildId);
    return on && reviewChannelId !== undefined
      ? t.t("settings.set.uploadApproval.on", { channel: mention(reviewChannelId) })
      : t.t("settings.set.uploadApproval.off");
  }
  return undefined;
}
