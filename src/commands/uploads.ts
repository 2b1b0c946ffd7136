import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import { userError } from "../errors.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import type { InteractionMember } from "../interaction/types.js";
import { UPLOAD_LOG_STATES, type UploadLogState } from "../services/uploads/index.js";
import { uploadsListEmbed } from "../views/upload.js";
import { uploadLogEmbed } from "../views/uploadLog.js";
import type { Command } from "./types.js";

const memberOption = {
  type: ApplicationCommandOptionType.User,
  name: "member",
  description: en.t("cmd.uploads.opt.member.description"),
  required: false,
} as const satisfies APIApplicationCommandBasicOption;

const stateOption = {
  type: ApplicationCommandOptionType.String,
  name: "state",
  description: en.t("cmd.uploads.opt.state.description"),
  required: false,
  choices: UPLOAD_LOG_STATES.map((state) => ({
    name: en.t(`cmd.uploads.opt.state.choice.${state}`),
    value: state,
  })),
} as const satisfies APIApplicationCommandBasicOption;

const serverOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "server",
  description: en.t("cmd.uploads.opt.server.description"),
  required: false,
} as const satisfies APIApplicationCommandBasicOption;

const daysOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "days",
  description: en.t("cmd.uploads.opt.days.description"),
  required: false,
  min_value: 1,
  max_value: 30,
} as const satisfies APIApplicationCommandBasicOption;

/** Staff: Manage Server (or Administrator) in this server. */
export function isStaff(member: InteractionMember | undefined): boolean {
  if (member === undefined) return false;
  return (member.permissions & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const uploadsCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "uploads",
    description: en.t("cmd.uploads.description"),
    contexts: [InteractionContextType.Guild],
    options: [stateOption, memberOption, serverOption, daysOption],
  },
  defer: "ephemeral",
  async execute(interaction, { services }) {
    const t = replyTranslator(interaction);
    const memberId = interaction.option(memberOption);
    const server = interaction.option(serverOption) ?? false;
    const stateValue = interaction.option(stateOption);
    const state = UPLOAD_LOG_STATES.find((s): s is UploadLogState => s === stateValue);
    const days = interaction.option(daysOption);
    const others = server || (memberId !== undefined && memberId !== interaction.user.id);
    const guildId = interaction.guildId;
    if (!others && state === undefined && days === undefined) {
      const jobs = await services.uploads.recent(interaction.user.id);
      await interaction.editReply({ embeds: [uploadsListEmbed(t, jobs)], allowed_mentions: { parse: [] } });
      return;
    }
    if (guildId === undefined) throw userError("uploadLog.serverOnly");
    if (others && !isStaff(interaction.member)) throw userError("uploadLog.staffOnly");
    const jobs = await services.uploads.log({
      guildId,
      memberId: server ? memberId : (memberId ?? interaction.user.id),
      state,
      since: days === undefined ? undefined : interaction.createdAt - days * DAY_MS,
      limit: 10,
    });
    const title = server && memberId === undefined ? "server" : others ? "member" : "own";
    await interaction.editReply({
      embeds: [uploadLogEmbed(t, jobs, title)],
      allowed_mentions: { parse: [] },
    });
  },
};
