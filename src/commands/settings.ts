import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord-api-types/v10";
import { MANAGE_GUILD } from "../services/binds/index.js";
import { say } from "../text/binds.js";
import { noPings, roleMention, settingsRecord } from "../views/binds.js";
import { auditChannelOption, onOption, settingRoleOption } from "./bindOptions.js";
import { staffServer } from "./binds.js";
import type { Command } from "./types.js";

export const settingsCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "settings",
    description: say("settings.command.description"),
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(MANAGE_GUILD),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "show",
        description: "Every switch of this server, with its value",
      },
      {
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: "set",
        description: "Change a switch",
        options: [
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "remove-unmatched",
            description: "Take a role away from members no bind gives it to (on), or only ever add it (off)",
            options: [settingRoleOption, onOption],
          },
          {
            type: ApplicationCommandOptionType.Subcommand,
            name: "audit-channel",
            description: "Post one line per role change in a channel, or turn it off",
            options: [auditChannelOption],
          },
        ],
      },
    ],
  },
  defer: "ephemeral",
  async execute(interaction, { services }) {
    const guildId = staffServer(interaction, MANAGE_GUILD);
    const { store } = services.binds;
    if (interaction.subcommand[1] === "audit-channel") {
      const channelId = interaction.option(auditChannelOption);
      await store.setAuditChannel(guildId, channelId);
      const said =
        channelId === undefined
          ? say("settings.set.auditChannel.off")
          : say("settings.set.auditChannel.on", { channel: `<#${channelId}>` });
      const record = settingsRecord(await store.settings(guildId));
      await interaction.editReply({ content: `${said}\n\n${record.content}`, allowed_mentions: noPings() });
      return;
    }
    if (interaction.subcommand[0] === "set") {
      const roleId = interaction.option(settingRoleOption);
      const on = interaction.option(onOption);
      const changed = await store.setRemoveUnmatched(guildId, roleId, on);
      const role = roleMention(roleId);
      const said = !changed
        ? say("settings.set.unchanged", { role })
        : say(on ? "settings.set.removeUnmatched.on" : "settings.set.removeUnmatched.off", { role });
      const record = settingsRecord(await store.settings(guildId));
      await interaction.editReply({ content: `${said}\n\n${record.content}`, allowed_mentions: noPings() });
      return;
    }
    await interaction.editReply({
      ...settingsRecord(await store.settings(guildId)),
      allowed_mentions: noPings(),
    });
  },
};
