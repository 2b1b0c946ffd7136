import type { APIEmbed } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { Localized } from "../i18n/types.js";
import type { SettingSource, UploadServerSettings } from "../services/uploads/index.js";

/** A value of /settings show, marked when it is the operator's default rather than the server's own. */
function shown(t: Translator, value: Localized | string, from: SettingSource): Localized | string {
  return from === "default" ? t.t("settings.uploads.byDefault", { value }) : value;
}

const channelOrOff = (t: Translator, channelId: string | undefined) =>
  channelId === undefined ? t.t("settings.off") : `<#${channelId}>`;

/** The server's upload switches, beside its role switches in /settings show. */
export function uploadSettingsEmbed(t: Translator, settings: UploadServerSettings): APIEmbed {
  const lines = [
    t.t("settings.uploads.logChannel", {
      value: shown(t, channelOrOff(t, settings.logChannelId), settings.logChannelFrom),
    }),
    t.t("settings.uploads.reviewChannel", {
      value: shown(t, channelOrOff(t, settings.reviewChannelId), settings.reviewChannelFrom),
    }),
    t.t("settings.uploads.approval", {
      value: shown(
        t,
        settings.approvalRequired ? t.t("settings.uploads.on") : t.t("settings.off"),
        settings.approvalFrom,
      ),
    }),
  ];
  return { title: t.t("settings.uploads.title"), description: lines.join("\n") };
}
