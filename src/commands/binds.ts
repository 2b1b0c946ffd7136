import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord-api-types/v10";
import type { AppContext } from "../context.js";
import { userError } from "../errors.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import type { CommandContext } from "../interaction/types.js";
import {
  type BindRule,
  hasPermission,
  MANAGE_ROLES,
  MAX_BINDS_PER_SERVER,
  type OwnedKind,
  type RankMatch,
} from "../services/binds/index.js";
import { bindListEmbed, bindRemoved, bindSaved, doctorEmbed, noPings, refusalText } from "../views/binds.js";
import { previewEmbed } from "../views/roleSync.js";
import {
  bindIdOption,
  bindRoles,
  groupIdOption,
  groupRoleOption,
  itemIdOption,
  itemKindOption,
  matchOption,
  rankMaxOption,
  rankOption,
} from "./bindOptions.js";
import type { Command } from "./types.js";

type Sub = "group" | "owns" | "verified" | "unverified" | "remove" | "list" | "doctor" | "preview";

const sub = (name: Sub, options: readonly APIApplicationCommandBasicOption[] = []) => ({
  type: ApplicationCommandOptionType.Subcommand as const,
  name,
  description: en.t(`cmd.binds.opt.${name}.description`),
  options: [...options],
});

/** The server, once the member's permission is checked from the interaction's own member permissions. */
export function staffServer(interaction: CommandContext, permission = MANAGE_ROLES): string {
  if (interaction.guildId === undefined || interaction.member === undefined)
    throw userError("binds.guildOnly");
  if (!hasPermission(interaction.member.permissions, permission)) {
    throw permission === MANAGE_ROLES
      ? userError("binds.needManageRoles")
      : userError("binds.needManageGuild");
  }
  return interaction.guildId;
}

function rankMatch(interaction: CommandContext): RankMatch {
  const type = interaction.option(matchOption) ?? "any";
  const rank = interaction.option(rankOption);
  if (type === "any") return { type };
  if (type === "role") {
    const name = interaction.option(groupRoleOption)?.trim();
    if (!name) throw userError("binds.badRoleName");
    return { type, name };
  }
  if (type === "between") {
    const max = interaction.option(rankMaxOption);
    if (rank === undefined || max === undefined || rank > max) throw userError("binds.badRange");
    return { type, min: rank, max };
  }
  if (rank === undefined) throw userError("binds.badRank");
  if (type !== "eq" && type !== "gte" && type !== "lte") throw new Error(`unknown match ${type}`);
  return { type, rank };
}

function ruleOf(interaction: CommandContext): BindRule {
  const kind = interaction.subcommand[1];
  if (kind === "group") {
    return {
      kind: "group",
      groupId: String(interaction.option(groupIdOption)),
      match: rankMatch(interaction),
    };
  }
  if (kind === "owns") {
    const item = interaction.option(itemKindOption) as OwnedKind;
    return { kind: "owns", item, id: String(interaction.option(itemIdOption)) };
  }
  if (kind === "verified" || kind === "unverified") return { kind };
  throw new Error(`unknown /binds add ${kind}`);
}

async function add(interaction: CommandContext, guildId: string, { services }: AppContext): Promise<void> {
  const t = replyTranslator(interaction);
  const rule = ruleOf(interaction);
  const roleIds = [...new Set(bindRoles.flatMap((option) => interaction.option(option) ?? []))];
  const problems = (await services.binds.sync.roleProblems(guildId, roleIds)) ?? [];
  // @everyone, integration roles and deleted roles can never be given: refuse them; a role above the bot can
  // be fixed by moving the bot's role, so it is saved, with the warning.
  const fatal = problems.find((problem) => problem.kind !== "above-bot");
  if (fatal) throw userError("binds.unassignable", { why: refusalText(t, fatal) });
  const saved = await services.binds.store.add(guildId, rule, roleIds);
  if (saved === "full") throw userError("binds.full", { max: MAX_BINDS_PER_SERVER });
  const warnings = problems.map((problem) => t.t("binds.warning", { why: refusalText(t, problem) }));
  await interaction.editReply({
    embeds: [{ description: [bindSaved(t, saved), ...warnings].join("\n") }],
    allowed_mentions: noPings(),
  });
}

export const bindsCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "binds",
    description: en.t("cmd.binds.description"),
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(MANAGE_ROLES),
    options: [
      {
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: "add",
        description: en.t("cmd.binds.opt.add.description"),
        options: [
          sub("group", [
            groupIdOption,
            ...bindRoles.slice(0, 1),
            matchOption,
            rankOption,
            rankMaxOption,
            groupRoleOption,
            ...bindRoles.slice(1),
          ]),
          sub("owns", [itemKindOption, itemIdOption, ...bindRoles]),
          sub("verified", bindRoles),
          sub("unverified", bindRoles),
        ],
      },
      sub("remove", [bindIdOption]),
      sub("list"),
      sub("doctor"),
      sub("preview"),
    ],
  },
  defer: "ephemeral",
  async execute(interaction, context) {
    const guildId = staffServer(interaction);
    const t = replyTranslator(interaction);
    const { store, sync } = context.services.binds;
    const [action] = interaction.subcommand;
    if (action === "add") return add(interaction, guildId, context);
    if (action === "remove") {
      const id = interaction.option(bindIdOption).trim();
      const removed = await store.remove(guildId, id);
      if (!removed) throw userError("binds.unknownId", { id });
      await interaction.editReply({
        embeds: [{ description: bindRemoved(t, removed) }],
        allowed_mentions: noPings(),
      });
      return;
    }
    if (action === "list") {
      const [binds, settings] = await Promise.all([store.list(guildId), store.settings(guildId)]);
      await interaction.editReply({
        embeds: [bindListEmbed(t, binds, settings, context.config.interactions.memberEvents)],
        allowed_mentions: noPings(),
      });
      return;
    }
    if (action === "preview") {
      if ((await store.list(guildId)).length === 0) throw userError("verify.noBinds");
      const preview = await context.services.roleSync.preview(guildId);
      await interaction.editReply({ embeds: [previewEmbed(t, preview)], allowed_mentions: noPings() });
      return;
    }
    const findings = await sync.doctor(guildId);
    if (findings === undefined) throw userError("verify.noServer");
    await interaction.editReply({ embeds: [doctorEmbed(t, findings)], allowed_mentions: noPings() });
  },
};
