import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
} from "discord-api-types/v10";
import { resolveLocale } from "../i18n/locales.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
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
import { memberOption, privateOption, robloxUserOption } from "./options.js";
import { robloxTargetAndOwnerOf } from "./target.js";
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

type InventoryOptionName =
  | "assets"
  | "badges"
  | "game_passes"
  | "private_servers"
  | "asset_types"
  | "collectibles_only"
  | "asset_ids"
  | "badge_ids"
  | "game_pass_ids"
  | "private_server_ids";

/** The option's en-US description; registration adds every locale's (src/i18n/commands.ts). */
const describe = (name: InventoryOptionName) => en.t(`cmd.inventory.opt.${name}.description`);

function booleanOption<const Name extends InventoryOptionName>(name: Name) {
  return {
    type: ApplicationCommandOptionType.Boolean,
    name,
    description: describe(name),
    required: false,
  } as const;
}

function listOption<const Name extends InventoryOptionName>(name: Name) {
  return {
    type: ApplicationCommandOptionType.String,
    name,
    description: describe(name),
    required: false,
    max_length: 1000,
  } as const;
}

const assetTypesOption = {
  ...listOption("asset_types"),
  autocomplete: true,
} as const;

const inventoryOptions = [
  robloxUserOption,
  memberOption,
  booleanOption("assets"),
  booleanOption("badges"),
  booleanOption("game_passes"),
  booleanOption("private_servers"),
  assetTypesOption,
  // Roblox's onlyCollectibles "only returns non-UGC limited items" (creator-docs patterns.md).
  booleanOption("collectibles_only"),
  listOption("asset_ids"),
  listOption("badge_ids"),
  listOption("game_pass_ids"),
  listOption("private_server_ids"),
  privateOption,
] as const;

export const inventoryCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "inventory",
    description: en.t("cmd.inventory.description"),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [...inventoryOptions],
  },
  defer: privateDefer,
  async execute(interaction, context) {
    const options = readOptions(interaction, inventoryOptions);
    const t = replyTranslator(interaction);
    // What the member typed is read in their own language (and English), whoever reads the reply.
    const query = parseInventoryOptions(
      {
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
      },
      resolveLocale(interaction.locale),
    );
    const { users, inventory } = context.services;
    const target = await robloxTargetAndOwnerOf(interaction, context);
    const user = toUserHeader(await users.profileOf(target.robloxUserId));
    if (query.mode === "check") {
      const result = await inventory.check(user.id, userTitle(user), query.filter, query.ids, target.owner);
      await interaction.editReply({ embeds: [ownershipEmbed(t, user, result)] });
      return;
    }
    const cursor = inventory.startCursor(user.id, userTitle(user), query.filter, target.owner);
    await replyWithPages(interaction, inventoryPager, { user, scope: query.scope, cursor }, context);
  },
  async autocomplete(interaction) {
    const { focused } = interaction;
    // An autocomplete answer is seen by the member alone: their language, matched in it and in English.
    const locale = resolveLocale(interaction.locale);
    const choices = focused.name === assetTypesOption.name ? assetTypeChoices(focused.value, locale) : [];
    await interaction.respond(choices);
  },
};
