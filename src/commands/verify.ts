import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import type { AppContext } from "../context.js";
import { UserError } from "../errors.js";
import type { CommandContext } from "../interaction/types.js";
import { MANAGE_ROLES } from "../services/binds/index.js";
import { say } from "../text/binds.js";
import { noPings } from "../views/binds.js";
import { auditLines, auditReason, syncReport } from "../views/verify.js";
import { memberOption } from "./bindOptions.js";
import { staffServer } from "./binds.js";
import type { Command } from "./types.js";

/** Syncs one member's roles and answers with what changed and why; shared by /verify and /update. */
async function syncAndReport(
  interaction: CommandContext,
  context: AppContext,
  target: { readonly guildId: string; readonly userId: string; readonly heldRoleIds?: readonly string[] },
  cooldown: { readonly name: string; readonly seconds: number },
): Promise<void> {
  const { sync, store } = context.services.binds;
  const self = target.userId === interaction.user.id && cooldown.name === "verify";
  const member = `<@${target.userId}>`;
  if ((await store.list(target.guildId)).length === 0) throw new UserError(say("verify.noBinds"));
  const wait = await sync.cooldown(cooldown.name, target.guildId, target.userId, cooldown.seconds);
  if (wait !== undefined) {
    throw new UserError(say("verify.cooldown", { when: `<t:${Math.ceil((Date.now() + wait) / 1000)}:R>` }));
  }
  const by = self ? `/verify by ${interaction.user.username}` : `/update by ${interaction.user.username}`;
  const result = await sync.sync({
    ...target,
    reason: (added, removed) => auditReason(by, added, removed),
  });
  if (result.kind === "no-server") throw new UserError(say("verify.noServer"));
  if (result.kind === "not-member") throw new UserError(say("verify.notMember", { member }));
  if (result.kind === "paused") throw new UserError(say("verify.paused", { count: result.refusals }));
  await interaction.editReply({ ...syncReport(result, { self, member }), allowed_mentions: noPings() });
  await sync.announce(target.guildId, auditLines(result, member, by));
}

export const verifyCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "verify",
    description: say("verify.command.description"),
    contexts: [InteractionContextType.Guild],
  },
  defer: "ephemeral",
  async execute(interaction, context) {
    if (interaction.guildId === undefined || interaction.member === undefined) {
      throw new UserError(say("binds.guildOnly"));
    }
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
    description: say("update.command.description"),
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
