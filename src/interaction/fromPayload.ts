import {
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
} from "discord-api-types/v10";
import { readOption } from "./options.js";
import { createResponder, type Responder } from "./responder.js";
import type { InteractionTransport } from "./transport.js";
import type {
  CommandContext,
  ComponentContext,
  InteractionBase,
  InteractionContext,
  MessageRow,
} from "./types.js";

const DISCORD_EPOCH = 1_420_070_400_000n;

/** The subcommand group and subcommand picked (outermost first), and the options under them. */
function subcommandOf(options: readonly APIApplicationCommandInteractionDataOption[]): {
  path: string[];
  options: APIApplicationCommandInteractionDataBasicOption[];
} {
  const path: string[] = [];
  let level = options;
  for (;;) {
    const first = level[0];
    if (
      first === undefined ||
      (first.type !== ApplicationCommandOptionType.Subcommand &&
        first.type !== ApplicationCommandOptionType.SubcommandGroup)
    ) {
      return { path, options: level as APIApplicationCommandInteractionDataBasicOption[] };
    }
    path.push(first.name);
    level = first.options ?? [];
  }
}

function baseOf(payload: APIInteraction): InteractionBase {
  const user = payload.member?.user ?? payload.user;
  if (!user) throw new Error("an interaction without a user");
  return {
    id: payload.id,
    applicationId: payload.application_id,
    token: payload.token,
    guildId: payload.guild_id,
    channelId: payload.channel?.id ?? payload.channel_id,
    createdAt: Number((BigInt(payload.id) >> 22n) + DISCORD_EPOCH),
    user: {
      id: user.id,
      username: user.username,
      globalName: user.global_name ?? undefined,
      avatar: user.avatar ?? undefined,
    },
    member: payload.member && {
      permissions: BigInt(payload.member.permissions),
      roleIds: payload.member.roles,
    },
    locale: "locale" in payload ? payload.locale : undefined,
    guildLocale: payload.guild_locale,
    appPermissions: BigInt(payload.app_permissions),
    attachmentSizeLimit: payload.attachment_size_limit,
  };
}

/**
 * The bot's own view of one interaction, built from Discord's raw payload: the same for an interaction
 * that came over the gateway or to an HTTP endpoint, only `transport` differs. Undefined for kinds the
 * bot does not handle (pings, modals, context-menu commands).
 */
export function interactionFromPayload(
  payload: APIInteraction,
  transport: InteractionTransport,
): InteractionContext | undefined {
  if (payload.type === InteractionType.ApplicationCommand) {
    if (payload.data.type !== ApplicationCommandType.ChatInput) return undefined;
    const { path, options } = subcommandOf(payload.data.options ?? []);
    const received = { values: options, resolved: payload.data.resolved };
    const command: Omit<CommandContext, keyof Responder> = {
      ...baseOf(payload),
      kind: "command",
      commandName: payload.data.name,
      subcommand: path,
      rawOptions: received.values,
      option: (declaration) => readOption(received, declaration),
    };
    return createResponder(command, payload, transport);
  }
  if (payload.type === InteractionType.MessageComponent) {
    const rows = (payload.message.components ?? []).filter(
      (row): row is MessageRow => row.type === ComponentType.ActionRow,
    );
    const component: Omit<ComponentContext, keyof Responder> = {
      ...baseOf(payload),
      kind: "component",
      customId: payload.data.custom_id,
      componentType: payload.data.component_type,
      messageRows: rows,
    };
    return createResponder(component, payload, transport);
  }
  if (payload.type === InteractionType.ApplicationCommandAutocomplete) {
    const options = (payload.data.options ?? []) as APIApplicationCommandInteractionDataBasicOption[];
    const focused = options.find((option) => "focused" in option && option.focused);
    let responded = false;
    return {
      ...baseOf(payload),
      kind: "autocomplete",
      commandName: payload.data.name,
      focused: { name: focused?.name ?? "", value: focused === undefined ? "" : String(focused.value) },
      get responded() {
        return responded;
      },
      async respond(choices) {
        await transport.callback({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices },
        });
        responded = true;
      },
    };
  }
  return undefined;
}
