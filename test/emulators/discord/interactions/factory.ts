import { randomBytes } from "node:crypto";
import {
  ApplicationCommandType,
  ComponentType,
  InteractionContextType,
  InteractionType,
} from "discord-api-types/v10";
import type { EmulatorContext } from "../context.js";
import type {
  ApplicationCommandRecord,
  AutocompleteInput,
  ClickOptions,
  EmulatedUser,
  MessageState,
  RunCommandInput,
} from "../types.js";
import {
  DEFAULT_ATTACHMENT_SIZE_LIMIT,
  DEFAULT_MEMBER_PERMISSIONS,
  defaultPermissionsOf,
  dmChannel,
  guildMember,
  guildTextChannel,
  toUser,
} from "../world.js";
import {
  definitionsFor,
  normalizeOptions,
  type OptionDefinition,
  type Resolved,
  toWireOptions,
  wrapSubcommand,
} from "./options.js";
import type { InteractionRecord } from "./registry.js";

type Json = Record<string, unknown>;

interface Envelope {
  user: EmulatedUser;
  guildId: string | null;
  memberPermissions?: bigint | string | undefined;
  roles?: string[] | undefined;
  locale?: string | undefined;
  guildLocale?: string | undefined;
  appPermissions?: string | undefined;
  attachmentSizeLimit?: number | undefined;
}

function interactionToken(): string {
  // Real tokens are long opaque strings; base64url keeps them path-safe.
  return `aW50ZXJhY3Rpb24${randomBytes(48).toString("base64url")}`;
}

function resolveGuildId(ctx: EmulatorContext, guildId: string | null | undefined): string | null {
  if (guildId === null) return null;
  const id = guildId ?? ctx.guilds[0]?.id ?? null;
  if (id !== null && !ctx.guilds.some((guild) => guild.id === id)) {
    throw new Error(`the emulator has no guild ${id}; seed it with the guilds option`);
  }
  return id;
}

/** The fields every interaction carries: who, where, locale, permissions, entitlements and size limit. */
function envelope(ctx: EmulatorContext, id: string, token: string, type: number, input: Envelope): Json {
  const { user, guildId } = input;
  const base: Json = {
    id,
    application_id: ctx.applicationId,
    type,
    token,
    version: 1,
    locale: input.locale ?? "en-US",
    app_permissions: input.appPermissions ?? DEFAULT_MEMBER_PERMISSIONS,
    entitlements: [],
    attachment_size_limit: input.attachmentSizeLimit ?? DEFAULT_ATTACHMENT_SIZE_LIMIT,
  };
  const guild = guildId ? ctx.guilds.find((candidate) => candidate.id === guildId) : undefined;
  if (guild) {
    const channel = guildTextChannel(guild);
    // A member the guild knows (an installed guild's owner) keeps their roles unless the test says otherwise.
    const roles = input.roles ?? guild.members?.find((member) => member.user.id === user.id)?.roles ?? [];
    const permissions =
      input.memberPermissions === undefined
        ? defaultPermissionsOf(guild, roles)
        : input.memberPermissions.toString();
    return {
      ...base,
      guild_id: guild.id,
      guild: { id: guild.id, locale: input.guildLocale ?? "en-US", features: [] },
      guild_locale: input.guildLocale ?? "en-US",
      channel_id: guild.channelId,
      channel: { ...channel, permissions: DEFAULT_MEMBER_PERMISSIONS },
      member: { ...guildMember(user, ctx.joinedAt, roles), permissions },
      authorizing_integration_owners: { "0": guild.id },
      context: InteractionContextType.Guild,
    };
  }
  let channelId = ctx.dmChannels.get(user.id);
  if (!channelId) {
    channelId = ctx.nextId();
    ctx.dmChannels.set(user.id, channelId);
  }
  return {
    ...base,
    channel_id: channelId,
    channel: dmChannel(channelId, user),
    user,
    authorizing_integration_owners: { "0": "0" },
    context: InteractionContextType.BotDM,
  };
}

function registeredCommand(
  ctx: EmulatorContext,
  name: string,
  guildId: string | null,
): ApplicationCommandRecord | undefined {
  const scopes = guildId ? [guildId, "global"] : ["global"];
  for (const scope of scopes) {
    const found = ctx.commands
      .get(scope)
      ?.find(
        (command) =>
          command.name === name &&
          (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput,
      );
    if (found) return found;
  }
  return undefined;
}

function newRecord(
  ctx: EmulatorContext,
  payload: Json,
  extra: Pick<InteractionRecord, "type" | "commandName" | "user" | "guildId" | "sourceMessageId">,
): InteractionRecord {
  return {
    ...extra,
    id: String(payload.id),
    token: String(payload.token),
    payload,
    createdAt: ctx.clock.now(),
    channelId: String(payload.channel_id),
    ack: null,
    dead: false,
    originalMessageId: extra.sourceMessageId,
    followUpIds: [],
    responded: false,
    modal: null,
    choices: null,
  };
}

function commandData(
  ctx: EmulatorContext,
  input: RunCommandInput | AutocompleteInput,
  guildId: string | null,
  focused: string | undefined,
  extraAttachments: RunCommandInput["attachments"],
  memberPermissions: string,
): Json {
  const command = registeredCommand(ctx, input.name, guildId);
  const definitions = definitionsFor(
    command?.options as OptionDefinition[] | undefined,
    input.subcommand,
    input.subcommandGroup,
  );
  const options = normalizeOptions(input.options, definitions).map((option) =>
    focused !== undefined && option.name === focused ? { ...option, focused: true } : option,
  );
  const resolved: Resolved = { users: {}, members: {}, attachments: {} };
  for (const attachment of extraAttachments ?? []) resolved.attachments[attachment.id] = attachment;
  const wire = toWireOptions(options, resolved, { guildId, joinedAt: ctx.joinedAt, memberPermissions });
  const data: Json = {
    id: command?.id ?? ctx.nextId(),
    name: input.name,
    type: ApplicationCommandType.ChatInput,
    options: wrapSubcommand(wire, input.subcommand, input.subcommandGroup),
  };
  if (command?.guild_id) data.guild_id = command.guild_id;
  const resolvedOut: Json = {};
  for (const [key, value] of Object.entries(resolved)) {
    if (Object.keys(value).length > 0) resolvedOut[key] = value;
  }
  if (Object.keys(resolvedOut).length > 0) data.resolved = resolvedOut;
  return data;
}

export function buildCommandInteraction(ctx: EmulatorContext, input: RunCommandInput): InteractionRecord {
  const user = toUser(input.user);
  const guildId = resolveGuildId(ctx, input.guildId);
  const id = ctx.nextId();
  const payload = envelope(ctx, id, interactionToken(), InteractionType.ApplicationCommand, {
    ...input,
    user,
    guildId,
  });
  const permissions = input.memberPermissions?.toString() ?? DEFAULT_MEMBER_PERMISSIONS;
  payload.data = commandData(ctx, input, guildId, undefined, input.attachments, permissions);
  return newRecord(ctx, payload, {
    type: InteractionType.ApplicationCommand,
    commandName: input.name,
    user,
    guildId,
    sourceMessageId: null,
  });
}

export function buildAutocompleteInteraction(
  ctx: EmulatorContext,
  input: AutocompleteInput,
): InteractionRecord {
  const user = toUser(input.user);
  const guildId = resolveGuildId(ctx, input.guildId);
  const id = ctx.nextId();
  const payload = envelope(ctx, id, interactionToken(), InteractionType.ApplicationCommandAutocomplete, {
    ...input,
    user,
    guildId,
  });
  payload.data = commandData(ctx, input, guildId, input.focused, undefined, DEFAULT_MEMBER_PERMISSIONS);
  return newRecord(ctx, payload, {
    type: InteractionType.ApplicationCommandAutocomplete,
    commandName: input.name,
    user,
    guildId,
    sourceMessageId: null,
  });
}

/** Finds a component by custom_id anywhere in a message's component tree (rows, containers, sections). */
function findComponent(components: unknown[], customId: string): Json | undefined {
  for (const component of components) {
    if (typeof component !== "object" || component === null) continue;
    const node = component as Json;
    if (node.custom_id === customId) return node;
    const nested = [
      ...(Array.isArray(node.components) ? node.components : []),
      ...(node.accessory ? [node.accessory] : []),
    ];
    const found = findComponent(nested, customId);
    if (found) return found;
  }
  return undefined;
}

export function buildClickInteraction(
  ctx: EmulatorContext,
  message: MessageState,
  customId: string,
  opts: ClickOptions,
  forged = false,
): InteractionRecord {
  if (message.deleted) throw new Error(`message ${message.id} was deleted; it cannot be clicked`);
  // A forged click names a custom_id the message may not carry; it is sent as a button press.
  const component =
    findComponent(message.components, customId) ?? (forged ? { type: ComponentType.Button } : undefined);
  if (!component) throw new Error(`message ${message.id} has no component with custom_id "${customId}"`);
  if (component.disabled === true && !forged)
    throw new Error(`component "${customId}" is disabled; a user cannot click it`);
  const user = toUser(opts.user);
  const id = ctx.nextId();
  const payload = envelope(ctx, id, interactionToken(), InteractionType.MessageComponent, {
    ...opts,
    user,
    guildId: message.guildId,
  });
  const data: Json = { custom_id: customId, component_type: component.type };
  if (component.type !== ComponentType.Button) data.values = opts.values ?? [];
  payload.data = data;
  payload.message = ctx.store.toApi(message);
  return newRecord(ctx, payload, {
    type: InteractionType.MessageComponent,
    commandName: null,
    user,
    guildId: message.guildId,
    sourceMessageId: message.id,
  });
}
