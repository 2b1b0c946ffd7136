import { PermissionFlagsBits, RESTJSONErrorCodes } from "discord-api-types/v10";
import type { EmulatorContext } from "../context.js";
import { basePermissions, has } from "../hierarchy.js";
import type { DirectMessageControls, EmulatedUser, MessageState } from "../types.js";
import { botRoleIds, dmChannel } from "../world.js";
import { DiscordHttpError, errors, invalidFormBody } from "./errors.js";
import { hasVisibleContent } from "./interaction-routes.js";
import type { Route } from "./router.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

/**
 * Discord's answer to a message for a member who does not take DMs from the bot (DMs from server members
 * turned off, or no server in common): 403 `{code: 50007, message: "Cannot send messages to this user"}`.
 * Opening the DM channel still succeeds; only the message is refused.
 */
const cannotMessageUser = () =>
  new DiscordHttpError(403, {
    message: "Cannot send messages to this user",
    code: RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  });

/** DM channels the bot opened (Create DM), the messages it sent into them, and who has DMs closed. */
export class DirectMessages {
  readonly #closed = new Set<string>();
  /** DM channel id → recipient id. */
  readonly #recipients = new Map<string, string>();

  constructor(private readonly ctx: EmulatorContext) {}

  /** The user's DM channel with the bot, the same one every time (the interaction factory shares it). */
  channelOf(userId: string): string {
    let channelId = this.ctx.dmChannels.get(userId);
    if (!channelId) {
      channelId = this.ctx.nextId();
      this.ctx.dmChannels.set(userId, channelId);
    }
    this.#recipients.set(channelId, userId);
    return channelId;
  }

  recipientOf(channelId: string): string | undefined {
    for (const [userId, id] of this.ctx.dmChannels) if (id === channelId) return userId;
    return this.#recipients.get(channelId);
  }

  readonly controls: DirectMessageControls = {
    setClosed: (userId, closed) => {
      if (closed) this.#closed.add(userId);
      else this.#closed.delete(userId);
    },
    of: (userId) => {
      const channelId = this.ctx.dmChannels.get(userId);
      if (!channelId) return [];
      return [...this.ctx.store.messages.values()].filter(
        (message: MessageState) => message.channelId === channelId && !message.deleted,
      );
    },
  };

  isClosed(userId: string): boolean {
    return this.#closed.has(userId);
  }
}

function userFor(id: string): EmulatedUser {
  return { id, username: `user${id.slice(-4)}`, global_name: null, discriminator: "0", avatar: null };
}

const {
  ViewChannel: VIEW_CHANNEL,
  SendMessages: SEND_MESSAGES,
  ReadMessageHistory: READ_MESSAGE_HISTORY,
} = PermissionFlagsBits;

/** The bot's permissions in a server's text channel: @everyone and the bot's roles (no overwrites). */
function botHas(ctx: EmulatorContext, guild: EmulatorContext["guilds"][number], bit: bigint): boolean {
  return has(basePermissions(guild, ctx.bot.id, botRoleIds(guild, ctx.bot.id)), bit);
}

/**
 * Get Channel Message (resources/message: VIEW_CHANNEL and READ_MESSAGE_HISTORY in a server). Attachment
 * links come signed afresh, as Discord refreshes a link when its message is read again.
 */
function getChannelMessage(ctx: EmulatorContext, channelId: string, messageId: string) {
  const guild = ctx.guilds.find((g) => g.channelId === channelId);
  const message = ctx.store.messages.get(messageId);
  if (guild === undefined || message === undefined || message.deleted || message.channelId !== channelId) {
    throw guild === undefined ? errors.unknownChannel() : errors.unknownMessage();
  }
  if (!botHas(ctx, guild, VIEW_CHANNEL)) throw errors.missingAccess();
  if (!botHas(ctx, guild, READ_MESSAGE_HISTORY)) throw errors.missingAccess();
  const api = ctx.store.toApi(message);
  const attachments = Array.isArray(api.attachments) ? (api.attachments as Json[]) : [];
  api.attachments = attachments.map((attachment) => ({
    ...attachment,
    url: ctx.cdn.refresh(String(attachment.url)),
    proxy_url: ctx.cdn.refresh(String(attachment.proxy_url)),
  }));
  return { status: 200, body: api };
}

/**
 * Create Message in a server's text channel (resources/message: needs VIEW_CHANNEL, else 50001 Missing
 * Access, and SEND_MESSAGES, else 50013 Missing Permissions), from @everyone and the bot's managed role;
 * the channel has no overwrites.
 */
function guildChannelMessage(
  ctx: EmulatorContext,
  channelId: string,
  received: { json: unknown; files: unknown[] },
): { status: number; body: unknown } {
  const guild = ctx.guilds.find((g) => g.channelId === channelId);
  if (guild === undefined) throw errors.unknownChannel();
  const has = (bit: bigint) => botHas(ctx, guild, bit);
  if (!has(VIEW_CHANNEL)) throw errors.missingAccess();
  if (!has(SEND_MESSAGES)) throw errors.missingPermissions();
  const body = isObject(received.json) ? received.json : {};
  const issues = ctx.validator.channelMessage(received.json ?? {});
  if (issues.length > 0) throw invalidFormBody(issues);
  if (!hasVisibleContent(body, received.files.length)) throw errors.cannotSendEmpty();
  const message = ctx.store.create({
    channelId,
    guildId: guild.id,
    body,
    files: received.files as never,
    role: "channel",
    origin: null,
  });
  return { status: 200, body: ctx.store.toApi(message) };
}

/**
 * Create DM (`POST /users/@me/channels {recipient_id}`, discord-api-docs resources/user) and Create Message
 * into a DM channel (`POST /channels/{id}/messages`, resources/message), the body checked against the
 * spec's MessageCreateRequest and Discord's message limits; the same route posts in a server's text channel.
 */
export function dmRoutes(ctx: EmulatorContext, dms: DirectMessages): Route[] {
  return [
    {
      method: "GET",
      pattern: "/channels/:channel/messages/:message",
      auth: true,
      handle: (route) => getChannelMessage(ctx, route.params.channel ?? "", route.params.message ?? ""),
    },
    {
      method: "POST",
      pattern: "/users/@me/channels",
      auth: true,
      handle: (route) => {
        const body = route.body.json ?? {};
        const issues = ctx.validator.createDm(body);
        if (issues.length > 0) throw invalidFormBody(issues);
        const recipient = isObject(body) ? body.recipient_id : undefined;
        if (typeof recipient !== "string") {
          throw invalidFormBody([
            { path: "recipient_id", code: "BASE_TYPE_REQUIRED", message: "This field is required" },
          ]);
        }
        const channelId = dms.channelOf(recipient);
        return { status: 200, body: dmChannel(channelId, userFor(recipient)) };
      },
    },
    {
      method: "POST",
      pattern: "/channels/:channel/messages",
      auth: true,
      handle: (route) => {
        const channelId = route.params.channel ?? "";
        const recipient = dms.recipientOf(channelId);
        if (recipient === undefined) return guildChannelMessage(ctx, channelId, route.body);
        const body = isObject(route.body.json) ? route.body.json : {};
        const issues = ctx.validator.channelMessage(route.body.json ?? {});
        if (issues.length > 0) throw invalidFormBody(issues);
        if (!hasVisibleContent(body, route.body.files.length)) throw errors.cannotSendEmpty();
        if (dms.isClosed(recipient)) throw cannotMessageUser();
        const message = ctx.store.create({
          channelId,
          guildId: null,
          body,
          files: route.body.files,
          role: "direct",
          origin: null,
        });
        return { status: 200, body: ctx.store.toApi(message) };
      },
    },
  ];
}
