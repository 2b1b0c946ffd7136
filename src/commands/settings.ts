import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord-api-types/v10";
import { userError } from "../errors.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import { isNicknameTemplate, MANAGE_GUILD, MAX_TEMPLATE_LENGTH } from "../services/binds/index.js";
import { noPings, roleMention, settingsEmbed } from "../views/binds.js";

import { uploadSettingsEmbed } from "../views/uploadSettings.js";
import {
  auditChannelOption,
  neverVerifyRoleOption,
  nicknameTemplateOption,
  onOption,
  settingRoleOption,
  uploadLogDaysOption,
} from "./bindOptions.js";

import { staffServer } from "./binds.js";
import type { Command } from "./types.js";
import { setUploadSetting, uploadSettingSubcommands } from "./uploadSettings.js";

export const settingsCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "settings",
    description: en.t("cmd.settings.description"),
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(MANAGE_GUILD),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "show",
        description: en.t("cmd.settings.opt.show.description"),
      },
      {
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: "set",
        description: en.t("cmd.settings.opt.set.description"),
        options: [
          ...uploadSettingSubcommands,
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "remove-unmatched",
            description: en.t("cmd.settings.opt.remove-unmatched.description"),
            options: [settingRoleOption, onOption],
          },
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "never-verify",
            description: en.t("cmd.settings.opt.never-verify.description"),
            options: [neverVerifyRoleOption],
          },
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "audit-channel",
            description: en.t("cmd.settings.opt.audit-channel.description"),
            options: [auditChannelOption],
          },
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "nickname",
            description: en.t("cmd.settings.opt.nickname.description"),
            options: [nicknameTemplateOption],
          },
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "upload-log-days",
            description: en.t("cmd.settings.opt.upload-log-days.description"),
            options: [uploadLogDaysOption],
          },
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "self-uploads",
            description: en.t("cmd.settings.opt.self-uploads.description"),
            options: [onOption],
          },
        ],
      },
    ],
  },
  defer: "ephemeral",
  async execute(interaction, { services }) {
    const guildId = staffServer(interaction, MANAGE_GUILD);
    const t = replyTranslator(interaction);
    const { store } = services.binds;
    const { retention } = services;
    const uploads = services.uploads.settings;
    const show = async (said?: ReturnType<typeof t.t>) =>
      interaction.editReply({
        embeds: [
          settingsEmbed(t, await store.settings(guildId), said, {
            days: await retention.uploadLogDays(guildId),
            own: await retention.hasOwnUploadLogDays(guildId),
          }),
          uploadSettingsEmbed(t, await uploads.of(guildId)),
        ],
        allowed_mentions: noPings(),
      });
    const uploadSaid = await setUploadSetting(interaction, uploads, guildId, t);
    if (uploadSaid !== undefined) return show(uploadSaid);
    if (interaction.subcommand[1] === "upload-log-days") {
      const days = interaction.option(uploadLogDaysOption);
      await retention.setUploadLogDays(guildId, days);
      const now = await retention.uploadLogDays(guildId);
      return show(
        t.t(days === undefined ? "settings.set.uploadLogDays.off" : "settings.set.uploadLogDays.on", {
          days: now,
        }),
      );
    }
    if (interaction.subcommand[1] === "never-verify") {
      const roleId = interaction.option(neverVerifyRoleOption);
      await store.setNeverVerify(guildId, roleId);
      return show(
        roleId === undefined
          ? t.t("settings.set.neverVerify.off")
          : t.t("settings.set.neverVerify.on", { role: roleMention(roleId) }),
      );
    }
    if (interaction.subcommand[1] === "audit-channel") {
      const channelId = interaction.option(auditChannelOption);
      await store.setAuditChannel(guildId, channelId);
      return show(
        channelId === undefined
          ? t.t("settings.set.auditChannel.off")
          : t.t("settings.set.auditChannel.on", { channel: `<#${channelId}>` }),
      );
    }
    if (interaction.subcommand[1] === "self-uploads") {
      const on = interaction.option(onOption);
      await store.setSelfUploads(guildId, on);
      return show(t.t(on ? "settings.set.selfUploads.on" : "settings.set.selfUploads.off"));
    }
    if (interaction.subcommand[1] === "nickname") {
      const template = interaction.option(nicknameTemplateOption)?.trim() || undefined;
      if (template !== undefined && !isNicknameTemplate(template)) {
        throw userError("settings.set.nickname.invalid", { max: MAX_TEMPLATE_LENGTH });
      }
      await store.setNicknameTemplate(guildId, template);
      return show(
        template === undefined
          ? t.t("settings.set.nickname.off")
          : t.t("settings.set.nickname.on", { template: `\`${template}\`` }),
      );
    }
    if (interaction.subcommand[1] === "remove-unmatched") {
      const roleId = interaction.option(settingRoleOption);
      const on = interaction.option(onOption);
      const role = roleMention(roleId);
      const changed = await store.setRemoveUnmatched(guildId, roleId, on);
      if (!changed) return show(t.t("settings.set.unchanged", { role }));
      return show(t.t(on ? "settings.set.removeUnmatched.on" : "settings.set.removeUnmatched.off", { role }));
    }
    return show();
  },
};
