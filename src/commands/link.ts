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
import { profileCheckId } from "../protocol/linkId.js";
import { GRANT_SCOPES } from "../services/linking/index.js";
import { discordAvatarUrl, linkPrompt, profilePrompt } from "../views/linking.js";
import type { Command } from "./types.js";

const methodOption = {
  type: ApplicationCommandOptionType.String,
  name: "method",
  description: en.t("cmd.link.opt.method.description"),
  required: false,
  choices: (["oauth", "profile"] as const).map((value) => ({
    name: en.t(`cmd.link.opt.method.choice.${value}`),
    value,
  })),
} as const satisfies APIApplicationCommandBasicOption;

const accountOption = {
  type: ApplicationCommandOptionType.String,
  name: "account",
  description: en.t("cmd.link.opt.account.description"),
  required: false,
  min_length: 1,
  max_length: 200,
} as const satisfies APIApplicationCommandBasicOption;

const accessOption = {
  type: ApplicationCommandOptionType.String,
  name: "access",
  description: en.t("cmd.link.opt.access.description"),
  required: false,
  choices: (["inventory", "uploads"] as const).map((value) => ({
    name: en.t(`cmd.link.opt.access.choice.${value}`),
    value,
  })),
} as const satisfies APIApplicationCommandBasicOption;

/** The profile-phrase way: the Roblox account is named, a phrase handed out, the button checks it. */
async function linkByProfile(interaction: CommandContext, { services }: AppContext): Promise<void> {
  const t = replyTranslator(interaction);
  const linker = services.profileLinking;
  if (linker === undefined) throw userError("link.reply.methodOff");
  const account = interaction.option(accountOption);
  if (account === undefined) throw userError("link.profile.needAccount");
  const robloxUserId = await services.users.resolveId(account);
  const started = await linker.begin({
    discordUserId: interaction.user.id,
    robloxUserId,
    guildId: interaction.guildId ?? null,
    locale: t.locale,
  });
  await interaction.editReply({
    ...profilePrompt(t, {
      ...started,
      account: robloxUserId,
      checkId: profileCheckId.encode({ step: "check" }),
    }),
    allowed_mentions: { parse: [] },
  });
}

export const linkCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "link",
    description: en.t("cmd.link.description"),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [methodOption, accountOption, accessOption],
  },
  defer: "ephemeral",
  async execute(interaction, context) {
    const { services, config } = context;
    const t = replyTranslator(interaction);
    const linking = services.linking;
    const publicUrl = config.web.publicUrl;
    if (config.linking === undefined) {
      await interaction.editReply({ content: t.t("link.reply.off") });
      return;
    }
    const oauthOn =
      config.linking.methods.includes("oauth") && linking !== undefined && publicUrl !== undefined;
    const method = interaction.option(methodOption) ?? (oauthOn ? "oauth" : "profile");
    if (method === "profile") return linkByProfile(interaction, context);
    if (!oauthOn) throw userError("link.reply.methodOff");
    const { user } = interaction;
    const chosen = interaction.option(accessOption);
    const access = chosen === "inventory" || chosen === "uploads" ? chosen : undefined;
    const started = await linking.begin({
      ...(access === undefined ? {} : { extraScopes: GRANT_SCOPES[access] }),
      discord: {
        id: user.id,
        username: user.username,
        displayName: user.globalName ?? user.username,
        avatarUrl: discordAvatarUrl(user),
      },
      guildId: interaction.guildId ?? null,
      locale: t.locale,
      reply: { applicationId: interaction.applicationId, interactionToken: interaction.token },
    });
    if (!started.ok) {
      await interaction.editReply({ content: t.t("link.reply.tooMany") });
      return;
    }
    await interaction.editReply({
      ...linkPrompt(
        t,
        `${publicUrl}/link/${started.id}`,
        started.expiresAt,
        config.linking?.methods.includes("profile-code") === true,
      ),
      allowed_mentions: { parse: [] },
    });
  },
};
