import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import type { AppContext } from "../context.js";
import type { InteractionBase } from "../interaction/types.js";
import { replyWithPages } from "../pager/firstPage.js";
import type { PagerSource } from "../pager/source.js";
import type { DeskMember } from "../services/assetDesk/index.js";
import type { DeskActionName } from "../text/assetDesk.js";
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
  commandName: "asset versions",
  async render(state, index, { services }) {
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
      embeds: [versionsPageEmbed(state.asset, page.versions, position)],
      position,
      state: { ...state, tokens },
    };
  },
};

const assetIdOption = {
  type: ApplicationCommandOptionType.String,
  name: "asset_id",
  description: "The asset's ID (it must belong to the bot's upload account)",
  required: true,
  min_length: 1,
  max_length: 20,
} as const satisfies APIApplicationCommandBasicOption;

const versionOption = {
  type: ApplicationCommandOptionType.Integer,
  name: "version",
  description: "The version to roll back to (see /asset versions)",
  required: true,
  min_value: 1,
} as const satisfies APIApplicationCommandBasicOption;

function subcommand(
  name: string,
  description: string,
  options: APIApplicationCommandBasicOption[],
): APIApplicationCommandSubcommandOption {
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
    description: "Versions, rollback, archive and restore of the upload account's assets",
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(PermissionFlagsBits.ManageGuildExpressions),
    options: [
      subcommand("versions", "List an asset's versions", [assetIdOption, privateOption]),
      subcommand("rollback", "Roll an asset back to an earlier version (asks to confirm)", [
        assetIdOption,
        versionOption,
        privateOption,
      ]),
      subcommand("archive", "Archive an asset (asks to confirm)", [assetIdOption, privateOption]),
      subcommand("restore", "Restore an archived asset (asks to confirm)", [assetIdOption, privateOption]),
    ],
  },
  defer: privateDefer,
  async execute(interaction, context: AppContext) {
    const { assetDesk } = context.services;
    const member = deskMember(interaction);
    const assetId = interaction.option(assetIdOption).trim();
    const action = interaction.subcommand;
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
    await interaction.editReply({ ...confirmMessage(key, change), allowed_mentions: { parse: [] } });
  },
};
