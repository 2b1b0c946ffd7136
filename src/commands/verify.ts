import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import type { AppContext } from "../context.js";
import { userError } from "../errors.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import type { CommandContext } from "../interaction/types.js";
import { MANAGE_ROLES } from "../services/binds/index.js";
import { noPings } from "../views/binds.js";
import { auditLines, auditReason, syncEmbed } from "../views/verify.js";
import { memberOption } from "./bindOptions.js";
import { staffServer } from "./binds.js";
import type { Command } from "./types.js";

/** Syncs one member's roles and answers with what changed and why; shared by /verify and /update. */
async function syncAndReport(
  interaction: CommandContext,
  context: AppContext,
  target: { readonly guildId: string; readonly userId: string; readonly heldRoleIds?: readonly string[] },
  cooldown: { readonly name: "verify" | "update"; readonly seconds: number },
): Promise<void> {
  const { sync, store } = context.services.binds;
  const t = replyTranslator(interaction);
  // The audit log and the audit channel are the server's: in the server's language.
  const server = replyTranslator({ ...interaction, ephemeral: false });
  const self = cooldown.name === "verify";
  const member = `<@${target.userId}>`;
  if ((await store.list(target.guildId)).length === 0) throw userError("verify.noBinds");
  const wait = await sync.cooldown(cooldown.name, target.guildId, target.userId, cooldown.seconds);
  if (wait !== undefined) {
    throw userError("verify.cooldown", { when: `<t:${Math.ceil((Date.now() + wait) / 1000)}:R>` });
  }
  const by = server.t(`verify.by.${cooldown.name}`, { user: interaction.user.username });
  const result = await sync.sync({
    ...target,
    reason: (added, removed, nickname) => auditReason(server, by, added, removed, nickname),
  });
  if (result.kind === "no-server") throw userError("verify.noServer");
  if (result.kind === "not-member") throw userError("verify.notMember", { member });
  if (result.kind === "paused") throw userError("verify.paused", { count: result.refusals });
  if (result.kind === "never-verify") throw userError("verify.neverVerify", { role: `<@&${result.roleId}>` });
  // A linked member is kept in the server's roster, which the scheduled sync walks.
  if (result.robloxUserId !== undefined)
    await context.services.roleSync.remember(target.guildId, target.userId);
  await interaction.editReply({
    embeds: [syncEmbed(t, result, { self, member })],
    allowed_mentions: noPings(),
  });
  await sync.announce(target.guildId, auditLines(server, result, member, by));
}

export const verifyCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "verify",
    description: en.t("cmd.verify.description"),
    contexts: [InteractionContextType.Guild],
  },
  defer: "ephemeral",
  async execute(interaction, context) {
    if (interaction.guildId === undefined || interaction.member === undefined)
      throw userError("binds.guildOnly");
    // Running /verify here shows the member's link to others in this server (member:@x).
    await context.services.privacy.noteVerified(interaction.user.id, interaction.guildId);
    await syncAndReport(
      interaction,
      context,
      { guildId: interaction.guildId, userId: interaction.user.id, heldRoleIds: interaction.member.roleIds },
      { name: "verify", seconds: context.config.binds.verifyCooldownSeconds },
    );
  },
};

export const updateCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "update",
    description: en.t("cmd.update.description"),
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(MANAGE_ROLES),
    options: [memberOption],
  },
  defer: "ephemeral",
  async execute(interaction, context) {
    const guildId = staffServer(interaction);
    await syncAndReport(
      interaction,
      context,
      // The member's roles are read from Discord (Get Guild Member): the payload's copy may be stale.
      { guildId, userId: interaction.option(memberOption) },
      { name: "update", seconds: context.config.binds.updateCooldownSeconds },
    );
  },
};
