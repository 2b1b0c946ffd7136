import { InteractionResponseType, InteractionType, MessageFlags } from "discord-api-types/v10";
import type { EmulatorContext } from "../context.js";
import type { InteractionRecord } from "../interactions/registry.js";
import type { MessageOrigin } from "../messages.js";
import type { AutocompleteChoice, MessageState } from "../types.js";
import { errors, invalidFormBody } from "./errors.js";
import type { Route, RouteContext, RouteResult } from "./router.js";

type Json = Record<string, unknown>;

/** Callback types Discord accepts per interaction type. */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

export function hasVisibleContent(data: Json, fileCount: number): boolean {
  const nonEmpty = (value: unknown): boolean =>
    Array.isArray(value) ? value.length > 0 : typeof value === "string" && value.length > 0;
  return (
    nonEmpty(data.content) ||
    nonEmpty(data.embeds) ||
    nonEmpty(data.components) ||
    fileCount > 0 ||
    isObject(data.poll)
  );
}

export function originOf(record: InteractionRecord): MessageOrigin {
  return {
    interactionId: record.id,
    interactionType: record.type,
    commandName: record.commandName,
    user: record.user,
  };
}

function callbackResponse(
  ctx: EmulatorContext,
  record: InteractionRecord,
  type: number,
  message: MessageState | undefined,
): Json {
  const interaction: Json = { id: record.id, type: record.type };
  const resource: Json = { type };
  if (message) {
    interaction.response_message_id = message.id;
    interaction.response_message_loading = message.loading;
    interaction.response_message_ephemeral = message.ephemeral;
    // discord-api-docs interactions/receiving-and-responding, Interaction Callback Resource Object:
    // `message` is "only present if type is either CHANNEL_MESSAGE_WITH_SOURCE or UPDATE_MESSAGE".
    if (
      type === InteractionResponseType.ChannelMessageWithSource ||
      type === InteractionResponseType.UpdateMessage
    )
      resource.message = ctx.store.toApi(message);
  }
  return { interaction, resource };
}

function respond(ctx: EmulatorContext, record: InteractionRecord, route: RouteContext): RouteResult {
  const body = route.body.json as Json;
  const type = body.type as number;
  const data = isObject(body.data) ? body.data : {};
  const files = route.body.files;
  const allowed = ALLOWED_CALLBACKS[record.type] ?? [];
  if (!allowed.includes(type)) {
    throw invalidFormBody([
      {
        path: "type",
        code: "INTERACTION_CALLBACK_TYPE_INVALID",
        message: `Callback type ${type} is not valid for interaction type ${record.type}; expected one of {${allowed.join(", ")}}.`,
      },
    ]);
  }
  const base = { channelId: record.channelId, guildId: record.guildId, origin: originOf(record) };
  let message: MessageState | undefined;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      if (!hasVisibleContent(data, files.length)) throw errors.cannotSendEmpty();
      message = ctx.store.create({ ...base, body: data, files, role: "original" });
      record.originalMessageId = message.id;
      record.responded = true;
      break;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const flags = typeof data.flags === "number" ? data.flags & MessageFlags.Ephemeral : 0;
      message = ctx.store.create({ ...base, body: { flags }, files: [], role: "original", loading: true });
      record.originalMessageId = message.id;
      break;
    }
    case InteractionResponseType.DeferredMessageUpdate:
      message = record.sourceMessageId ? ctx.store.messages.get(record.sourceMessageId) : undefined;
      break;
    case InteractionResponseType.UpdateMessage: {
      const source = record.sourceMessageId ? ctx.store.messages.get(record.sourceMessageId) : undefined;
      if (!source || source.deleted) throw errors.unknownMessage();
      ctx.oldMessageEdits.check(source, route.arrival);
      message = ctx.store.edit(source, data, files);
      record.responded = true;
      break;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      record.choices = Array.isArray(data.choices) ? (data.choices as AutocompleteChoice[]) : [];
      record.responded = true;
      break;
    case InteractionResponseType.Modal:
      record.modal = data;
      break;
  }
  ctx.registry.acknowledge(record, type, route.arrival);
  if (route.query.get("with_response") === "true") {
    return { status: 200, body: callbackResponse(ctx, record, type, message) };
  }
  return { status: 204 };
}

export function interactionRoutes(ctx: EmulatorContext): Route[] {
  return [
    {
      method: "POST",
      pattern: "/interactions/:id/:token/callback",
      auth: false,
      handle: (route) => {
        const record = ctx.registry.forCallback(
          route.params.id ?? "",
          route.params.token ?? "",
          route.arrival,
        );
        const issues = ctx.validator.callback(route.body.json);
        if (issues.length > 0) throw invalidFormBody(issues);
        return respond(ctx, record, route);
      },
    },
  ];
}
