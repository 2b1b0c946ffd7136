import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord-api-types/v10";
import { readOptions } from "../interaction/options.js";
import { replyWithPages } from "../pager/firstPage.js";
import type { PagerSource } from "../pager/source.js";
import {
  assetTypeChoices,
  type InventoryCursor,
  type ListScope,
  parseInventoryOptions,
} from "../services/inventory/index.js";
import { emptyInventoryEmbed, inventoryPageEmbed, ownershipEmbed } from "../views/inventory.js";
import { toUserHeader, type UserHeader, userTitle } from "../views/userHeader.js";
import { privateOption, robloxUserOption } from "./options.js";
import { type Command, privateDefer } from "./types.js";

interface InventoryListState {
  readonly user: UserHeader;
  readonly scope: ListScope;
  readonly cursor: InventoryCursor;
}

export const inventoryPager: PagerSource<InventoryListState> = {
  kind: "inventory",
  commandName: "inventory",
  async render(state, index, { services }) {
    const page = await services.inventory.page(state.cursor, index);
    const embed =
      page.rows.length === 0 && page.position.index === 0
        ? emptyInventoryEmbed(state.user, state.scope)
        : inventoryPageEmbed(state.user, state.scope, page.rows, page.position, page.cursor.total);
    return { embeds: [embed], position: page.position, state: { ...state, cursor: page.cursor } };
  },
};

function booleanOption<const Name extends string>(name: Name, description: string) {
  return { type: ApplicationCommandOptionType.Boolean, name, description, required: false } as const;
}

function listOption<const Name extends string>(name: Name, description: string) {
  return {
    type: ApplicationCommandOptionType.String,
    name,
    description,
    required: false,
    max_length: 1000,
  } as const;
}

const assetTypesOption = {
  ...listOption("asset_types", "List only these asset types, comma-separated (e.g. Hat, Classic Shirt)"),
  autocomplete: true,
} as const;

const inventoryOptions = [
  robloxUserOption,
  booleanOption(
    "assets",
    "True: list assets of every type. False: leave them out. Choose no kind to list everything",
  ),
  booleanOption("badges", "True: list badges. False: leave them out"),
  booleanOption("game_passes", "True: list game passes. False: leave them out"),
  booleanOption("private_servers", "List private servers (Roblox shows them only to the owner's own key)"),
  assetTypesOption,
  booleanOption(
    "collectibles_only",
    // Roblox's onlyCollectibles "only returns non-UGC limited items" (creator-docs patterns.md).
    "List only Roblox-made Limiteds (not UGC Limiteds), of every asset type or of asset_types",
  ),
  listOption("asset_ids", "Check whether the user owns these asset IDs (comma-separated)"),
  listOption("badge_ids", "Check whether the user has these badge IDs (comma-separated)"),
  listOption("game_pass_ids", "Check whether the user owns these game pass IDs (comma-separated)"),
  listOption("private_server_ids", "Check whether the user owns these private server IDs (comma-separated)"),
  privateOption,
] as const;

export const inventoryCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "inventory",
    description: "Browse a Roblox user's inventory, or check whether they own certain items",
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [...inventoryOptions],
  },
  defer: privateDefer,
  async execute(interaction, context) {
    const options = readOptions(interaction, inventoryOptions);
    const query = parseInventoryOptions({
      assets: options.assets ?? null,
      badges: options.badges ?? null,
      gamePasses: options.game_passes ?? null,
      privateServers: options.private_servers ?? null,
      collectiblesOnly: options.collectibles_only ?? null,
      assetTypes: options.asset_types ?? null,
      assetIds: options.asset_ids ?? null,
      badgeIds: options.badge_ids ?? null,
      gamePassIds: options.game_pass_ids ?? null,
      privateServerIds: options.private_server_ids ?? null,
    });
    const { users, inventory } = context.services;
    const user = toUserHeader(await users.profileOf(options.user));
    if (query.mode === "check") {
      const result = await inventory.check(user.id, userTitle(user), query.filter, query.ids);
      await interaction.editReply({ embeds: [ownershipEmbed(user, result)] });
      return;
    }
    const cursor = inventory.startCursor(user.id, userTitle(user), query.filter);
    await replyWithPages(interaction, inventoryPager, { user, scope: query.scope, cursor }, context);
  },
  async autocomplete(interaction) {
    const { focused } = interaction;
    const choices = focused.name === assetTypesOption.name ? assetTypeChoices(focused.value) : [];
    await interaction.respond(choices);
  },
};
