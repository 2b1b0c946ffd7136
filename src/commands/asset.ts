import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import type { AppContext } from "../context.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import type { InteractionBase } from "../interaction/types.js";
import { replyWithPages } from "../pager/firstPage.js";
import type { PagerSource } from "../pager/source.js";
import type { DeskActionName, DeskMember } from "../services/assetDesk/index.js";
import { type AssetHeader, confirmMessage, toAssetHeader, versionsPageEmbed } from "../views/assetDesk.js";
import { privateOption } from "./options.js";
import { type Command, privateDefer } from "./types.js";
import { mayManageExpressions } from "./upload.js";

/** Versions a page: one Roblox read per page. */
const VERSIONS_PER_PAGE = 10;

interface VersionsListState {
  readonly asset: AssetHeader;
  /** tokens[i] reads page i; the first is "". */
  readonly tokens: readonly string[];
}

export const versionsPager: PagerSource<VersionsListState> = {
  kind: "asset-versions",
  commandName: "asset",
  async render(state, index, { services }, t) {
    const at = Math.min(Math.max(0, index), state.tokens.length - 1);
    const page = await services.assetDesk.versionsPage(
      state.asset.assetId,
      state.tokens[at] || undefined,
      VERSIONS_PER_PAGE,
    );
    const tokens = [...state.tokens.slice(0, at + 1)];
    if (page.nextPageToken !== undefined) tokens.push(page.nextPageToken);
    const hasNext = page.nextPageToken !== undefined;
    const position = { index: at, count: hasNext ? undefined : at + 1, hasNext };
    return {
      embeds: [versionsPageEmbed(t, state.asset, page.versions, position)],
      position,
      state: { ...state, tokens },
    };
  },
};

const assetIdOption = {
  type: ApplicationCommandOptionType.String,
  name: "asset_id",
  description: en.t("cmd.asset.opt.asset_id.description"),
  required: true,
  min_length: 1,
  max_length: 20,
} as const satisfies APIApplicationCommandBasicOption;

const versionOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "version",
  description: en.t("cmd.asset.opt.version.description"),
  required: true,
  min_value: 1,
} as const satisfies APIApplicationCommandBasicOption;

function subcommand(
  name: "versions" | DeskActionName,
  options: APIApplicationCommandBasicOption[],
): APIApplicationCommandSubcommandOption {
  const description = en.t(`cmd.asset.opt.${name}.description`);
  return { type: ApplicationCommandOptionType.Subcommand, name, description, options };
}

export function deskMember(interaction: InteractionBase): DeskMember {
  const member = interaction.member;
  return {
    userId: interaction.user.id,
    guildId: interaction.guildId ?? null,
    memberMayUpload: member !== undefined && mayManageExpressions(member.permissions),
    memberRoleIds: member?.roleIds ?? [],
  };
}

const DESTRUCTIVE: readonly DeskActionName[] = ["rollback", "archive", "restore"];

export const assetCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "asset",
    description: en.t("cmd.asset.description"),
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(PermissionFlagsBits.ManageGuildExpressions),
    options: [
      subcommand("versions", [assetIdOption, privateOption]),
      subcommand("rollback", [assetIdOption, versionOption, privateOption]),
      subcommand("archive", [assetIdOption, privateOption]),
      subcommand("restore", [assetIdOption, privateOption]),
    ],
  },
  defer: privateDefer,
  async execute(interaction, context: AppContext) {
    const { assetDesk } = context.services;
    const member = deskMember(interaction);
    const assetId = interaction.option(assetIdOption).trim();
    const [action] = interaction.subcommand;
    if (action === "versions") {
      const asset = await assetDesk.ownedAsset(member, assetId);
      await replyWithPages(
        interaction,
        versionsPager,
        { asset: toAssetHeader(asset), tokens: [""] },
        context,
      );
      return;
    }
    const destructive = DESTRUCTIVE.find((name) => name === action);
    if (destructive === undefined) throw new Error(`unknown /asset subcommand ${String(action)}`);
    const version = destructive === "rollback" ? interaction.option(versionOption) : undefined;
    const { key, change } = await assetDesk.propose(member, destructive, assetId, version);
    await interaction.editReply({
      ...confirmMessage(replyTranslator(interaction), key, change),
      allowed_mentions: { parse: [] },
    });
  },
};
