import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord.js";
import {
  assetTypeChoices,
  type InventoryCursor,
  type ListScope,
  parseInventoryOptions,
} from "../services/inventory/index.js";
import { emptyInventoryEmbed, inventoryPageEmbed, ownershipEmbed } from "../views/inventory.js";
import { toUserHeader, type UserHeader, userTitle } from "../views/userHeader.js";
import { resolveLocale } from "../i18n/locales.js";
import { privateOption, robloxUserOption } from "./options.js";
import { type PagerSource, replyWithPages } from "./paging.js";
import { replyTranslator } from "./replyLocale.js";
import { type Command, privateDefer } from "./types.js";

interface InventoryListState {
  readonly user: UserHeader;
  readonly scope: ListScope;
  readonly cursor: InventoryCursor;
}

export const inventoryPager: PagerSource<InventoryListState> = {
  kind: "inventory",
  commandName: "inventory",
  async render(state, index, { services }, t) {
    const page = await services.inventory.page(state.cursor, index);
    const embed =
      page.rows.length === 0 && page.position.index === 0
        ? emptyInventoryEmbed(t, state.user, state.scope)
        : inventoryPageEmbed(t, state.user, state.scope, page.rows, page.position, page.cursor.total);
    return { embeds: [embed], position: page.position, state: { ...state, cursor: page.cursor } };
  },
};

function booleanOption(name: string, description: string): APIApplicationCommandBasicOption {
  return { type: ApplicationCommandOptionType.Boolean, name, description, required: false };
}

function listOption(
  name: string,
  description: string,
  autocomplete = false,
): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    name,
    description,
    required: false,
    max_length: 1000,
    ...(autocomplete ? { autocomplete: true } : {}),
  };
}

export const inventoryCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "inventory",
    description: "Browse a Roblox user's inventory, or check whether they own certain items",
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      robloxUserOption,
      booleanOption(
        "assets",
        "True: list assets of every type. False: leave them out. Choose no kind to list everything",
      ),
      booleanOption("badges", "True: list badges. False: leave them out"),
      booleanOption("game_passes", "True: list game passes. False: leave them out"),
      booleanOption(
        "private_servers",
        "List private servers (Roblox shows them only to the owner's own key)",
      ),
      listOption(
        "asset_types",
        "List only these asset types, comma-separated (e.g. Hat, Classic Shirt)",
        true,
      ),
      booleanOption(
        "collectibles_only",
        // Roblox's onlyCollectibles "only returns non-UGC limited items" (creator-docs patterns.md).
        "List only Roblox-made Limiteds (not UGC Limiteds), of every asset type or of asset_types",
      ),
      listOption("asset_ids", "Check whether the user owns these asset IDs (comma-separated)"),
      listOption("badge_ids", "Check whether the user has these badge IDs (comma-separated)"),
      listOption("game_pass_ids", "Check whether the user owns these game pass IDs (comma-separated)"),
      listOption(
        "private_server_ids",
        "Check whether the user owns these private server IDs (comma-separated)",
      ),
      privateOption,
    ],
  },
  defer: privateDefer,
  async execute(interaction, context) {
    const options = interaction.options;
    const t = replyTranslator(interaction);
    // What the member typed is read in their own language (and English), whoever reads the reply.
    const query = parseInventoryOptions(
      {
      assets: options.getBoolean("assets"),
      badges: options.getBoolean("badges"),
      gamePasses: options.getBoolean("game_passes"),
      privateServers: options.getBoolean("private_servers"),
      collectiblesOnly: options.getBoolean("collectibles_only"),
      assetTypes: options.getString("asset_types"),
      assetIds: options.getString("asset_ids"),
      badgeIds: options.getString("badge_ids"),
      gamePassIds: options.getString("game_pass_ids"),
      privateServerIds: options.getString("private_server_ids"),
      },
      resolveLocale(interaction.locale),
    );
    const { users, inventory } = context.services;
    const user = toUserHeader(await users.profileOf(options.getString("user", true)));
    if (query.mode === "check") {
      const result = await inventory.check(user.id, userTitle(user), query.filter, query.ids);
      await interaction.editReply({ embeds: [ownershipEmbed(t, user, result)] });
      return;
    }
    const cursor = inventory.startCursor(user.id, userTitle(user), query.filter);
    await replyWithPages(interaction, inventoryPager, { user, scope: query.scope, cursor }, context);
  },
  async autocomplete(interaction) {
    const focused = interaction.options.getFocused(true);
    // An autocomplete answer is seen by the member alone: their language, matched in it and in English.
    const locale = resolveLocale(interaction.locale);
    const choices = focused.name === "asset_types" ? assetTypeChoices(String(focused.value), locale) : [];
    await interaction.respond(choices);
  },
};
