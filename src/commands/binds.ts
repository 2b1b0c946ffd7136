import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord-api-types/v10";
import type { AppContext } from "../context.js";
import { UserError } from "../errors.js";
import type { CommandContext } from "../interaction/types.js";
import {
  type BindRule,
  hasPermission,
  MANAGE_ROLES,
  MAX_BINDS_PER_SERVER,
  type OwnedKind,
  type RankMatch,
} from "../services/binds/index.js";
import { say } from "../text/binds.js";
import { bindList, bindRemoved, bindSaved, doctorReport, noPings, refusalText } from "../views/binds.js";
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

const sub = (
  name: string,
  description: string,
  options: readonly APIApplicationCommandBasicOption[] = [],
) => ({
  type: ApplicationCommandOptionType.Subcommand as const,
  name,
  description,
  options: [...options],
});

/** The server and the member's Manage Roles, checked from the interaction's own member permissions. */
export function staffServer(interaction: CommandContext, permission = MANAGE_ROLES): string {
  if (interaction.guildId === undefined || interaction.member === undefined)
    throw new UserError(say("binds.guildOnly"));
  if (!hasPermission(interaction.member.permissions, permission)) {
    throw new UserError(
      permission === MANAGE_ROLES ? say("binds.needManageRoles") : say("settings.needManageGuild"),
    );
  }
  return interaction.guildId;
}

function rankMatch(interaction: CommandContext): RankMatch {
  const type = interaction.option(matchOption) ?? "any";
  const rank = interaction.option(rankOption);
  if (type === "any") return { type };
  if (type === "role") {
    const name = interaction.option(groupRoleOption)?.trim();
    if (!name) throw new UserError(say("binds.badRoleName"));
    return { type, name };
  }
  if (type === "between") {
    const max = interaction.option(rankMaxOption);
    if (rank === undefined || max === undefined || rank > max) throw new UserError(say("binds.badRange"));
    return { type, min: rank, max };
  }
  if (rank === undefined) throw new UserError(say("binds.badRank"));
  return { type: type as "eq" | "gte" | "lte", rank };
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
    return {
      kind: "owns",
      item: interaction.option(itemKindOption) as OwnedKind,
      id: String(interaction.option(itemIdOption)),
    };
  }
  if (kind === "verified" || kind === "unverified") return { kind };
  throw new Error(`unknown /binds add ${kind}`);
}

async function add(interaction: CommandContext, guildId: string, { services }: AppContext): Promise<void> {
  const rule = ruleOf(interaction);
  const roleIds = [...new Set(bindRoles.flatMap((option) => interaction.option(option) ?? []))];
  const problems = (await services.binds.sync.roleProblems(guildId, roleIds)) ?? [];
  // @everyone, integration roles and deleted roles can never be given: refuse them; a role above the bot can
  // be fixed by moving the bot's role, so it is saved, with the warning.
  const fatal = problems.find((problem) => problem.kind !== "above-bot");
  if (fatal) throw new UserError(say("binds.unassignable", { why: refusalText(fatal) }));
  const saved = await services.binds.store.add(guildId, rule, roleIds);
  if (saved === "full") throw new UserError(say("binds.full", { max: MAX_BINDS_PER_SERVER }));
  const warnings = problems.map((problem) => `⚠ ${refusalText(problem)}`);
  await interaction.editReply({
    content: [bindSaved(saved), ...warnings].join("\n"),
    allowed_mentions: noPings(),
  });
}

export const bindsCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "binds",
    description: say("binds.command.description"),
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(MANAGE_ROLES),
    options: [
      {
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: "add",
        description: "Add a bind: who gets which roles",
        options: [
          sub("group", "Members of a Roblox group, by rank or role", [
            groupIdOption,
            ...bindRoles.slice(0, 1),
            matchOption,
            rankOption,
            rankMaxOption,
            groupRoleOption,
            ...bindRoles.slice(1),
          ]),
          sub("owns", "Members who own a game pass, badge or asset", [
            itemKindOption,
            itemIdOption,
            ...bindRoles,
          ]),
          sub("verified", "Every member linked to a Roblox account", bindRoles),
          sub("unverified", "Every member not linked (applied on /verify)", bindRoles),
        ],
      },
      sub("remove", "Remove a bind", [bindIdOption]),
      sub("list", "List this server's binds"),
      sub("doctor", "Find what stops bound roles from being given, and how to fix it"),
    ],
  },
  defer: "ephemeral",
  async execute(interaction, context) {
    const guildId = staffServer(interaction);
    const { store, sync } = context.services.binds;
    const [action] = interaction.subcommand;
    if (action === "add") return add(interaction, guildId, context);
    if (action === "remove") {
      const id = interaction.option(bindIdOption).trim();
      const removed = await store.remove(guildId, id);
      if (!removed) throw new UserError(say("binds.unknownId", { id }));
      await interaction.editReply({ content: bindRemoved(removed), allowed_mentions: noPings() });
      return;
    }
    if (action === "list") {
      const [binds, settings] = await Promise.all([store.list(guildId), store.settings(guildId)]);
      await interaction.editReply({ ...bindList(binds, settings), allowed_mentions: noPings() });
      return;
    }
    const findings = await sync.doctor(guildId);
    if (findings === undefined) throw new UserError(say("verify.noServer"));
    await interaction.editReply({ ...doctorReport(findings), allowed_mentions: noPings() });
  },
};
