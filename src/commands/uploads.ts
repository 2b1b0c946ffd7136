import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import { UserError } from "../errors.js";
import type { InteractionMember } from "../interaction/types.js";
import { UPLOAD_LOG_STATES, type UploadLogState } from "../services/uploads/index.js";
import { uploadsListEmbed } from "../views/upload.js";
import { STAFF_ONLY, UPLOAD_LOG_TITLE, uploadLogEmbed } from "../views/uploadLog.js";
import type { Command } from "./types.js";

const memberOption = {
  type: ApplicationCommandOptionType.User,
  name: "member",
  description: "Staff: this member's uploads in this server",
  required: false,
} as const satisfies APIApplicationCommandBasicOption;

const stateOption = {
  type: ApplicationCommandOptionType.String,
  name: "state",
  description: "Only uploads in this state (final moderation state, or how the upload ended)",
  required: false,
  choices: UPLOAD_LOG_STATES.map((state) => ({ name: state, value: state })),
} as const satisfies APIApplicationCommandBasicOption;

const serverOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "server",
  description: "Staff: everyone's uploads in this server (the upload log)",
  required: false,
} as const satisfies APIApplicationCommandBasicOption;

const daysOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "days",
  description: "Only uploads of the last this many days",
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
    description: "Your recent /upload runs and their results; staff can see the server's upload log",
    contexts: [InteractionContextType.Guild],
    options: [stateOption, memberOption, serverOption, daysOption],
  },
  defer: "ephemeral",
  async execute(interaction, { services }) {
    const memberId = interaction.option(memberOption);
    const server = interaction.option(serverOption) ?? false;
    const stateValue = interaction.option(stateOption);
    const state = UPLOAD_LOG_STATES.find((s): s is UploadLogState => s === stateValue);
    const days = interaction.option(daysOption);
    const others = server || (memberId !== undefined && memberId !== interaction.user.id);
    const guildId = interaction.guildId;
    if (!others && state === undefined && days === undefined) {
      const jobs = await services.uploads.recent(interaction.user.id);
      await interaction.editReply({ embeds: [uploadsListEmbed(jobs)], allowed_mentions: { parse: [] } });
      return;
    }
    if (guildId === undefined) throw new UserError("The upload log works only in a server.");
    if (others && !isStaff(interaction.member)) throw new UserError(STAFF_ONLY);
    const jobs = await services.uploads.log({
      guildId,
      memberId: server ? memberId : (memberId ?? interaction.user.id),
      state,
      since: days === undefined ? undefined : interaction.createdAt - days * DAY_MS,
      limit: 10,
    });
    const title =
      server && memberId === undefined
        ? UPLOAD_LOG_TITLE.server
        : others
          ? UPLOAD_LOG_TITLE.member
          : UPLOAD_LOG_TITLE.own;
    await interaction.editReply({ embeds: [uploadLogEmbed(jobs, title)], allowed_mentions: { parse: [] } });
  },
};
