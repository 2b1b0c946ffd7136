import type { EmulatorContext } from "../context.js";
import type { InteractionRecord } from "../interactions/registry.js";
import type { MessageState } from "../types.js";
import { errors, invalidFormBody } from "./errors.js";
import { hasVisibleContent, originOf } from "./interaction-routes.js";
import type { Route, RouteContext } from "./router.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

/** The message a webhook route names: "@original" or the id of the original response or a follow-up. */
function messageOf(ctx: EmulatorContext, record: InteractionRecord, id: string): MessageState {
  const messageId = id === "@original" ? record.originalMessageId : id;
  const belongs =
    messageId !== null && (messageId === record.originalMessageId || record.followUpIds.includes(messageId));
  const message = belongs ? ctx.store.messages.get(messageId) : undefined;
  if (!message || message.deleted) throw errors.unknownMessage();
  return message;
}

function interactionOf(ctx: EmulatorContext, route: RouteContext): InteractionRecord {
  return ctx.registry.forWebhook(route.params.app ?? "", route.params.token ?? "", route.arrival);
}

function bodyOf(route: RouteContext): Json {
  return isObject(route.body.json) ? route.body.json : {};
}

export function webhookRoutes(ctx: EmulatorContext): Route[] {
  const messageRoute = "/webhooks/:app/:token/messages/:message";
  return [
    {
      method: "GET",
      pattern: messageRoute,
      auth: false,
      handle: (route) => {
        const record = interactionOf(ctx, route);
        return { status: 200, body: ctx.store.toApi(messageOf(ctx, record, route.params.message ?? "")) };
      },
    },
    {
      method: "PATCH",
      pattern: messageRoute,
      auth: false,
      handle: (route) => {
        const record = interactionOf(ctx, route);
        const message = messageOf(ctx, record, route.params.message ?? "");
        const issues = ctx.validator.webhookMessage(route.body.json ?? {}, "edit");
        if (issues.length > 0) throw invalidFormBody(issues);
        ctx.oldMessageEdits.check(message, route.arrival);
        ctx.store.edit(message, bodyOf(route), route.body.files);
        if (message.id === record.originalMessageId && !record.responded) {
          record.responded = true;
          ctx.registry.changed(record);
        }
        return { status: 200, body: ctx.store.toApi(message) };
      },
    },
    {
      method: "DELETE",
      pattern: messageRoute,
      auth: false,
      handle: (route) => {
        const record = interactionOf(ctx, route);
        ctx.store.remove(messageOf(ctx, record, route.params.message ?? ""));
        return { status: 204 };
      },
    },
    {
      method: "POST",
      pattern: "/webhooks/:app/:token",
      auth: false,
      handle: (route) => {
        const record = interactionOf(ctx, route);
        const body = bodyOf(route);
        const issues = ctx.validator.webhookMessage(route.body.json ?? {}, "create");
        if (issues.length > 0) throw invalidFormBody(issues);
        if (!hasVisibleContent(body, route.body.files.length)) throw errors.cannotSendEmpty();
        const original = record.originalMessageId
          ? ctx.store.messages.get(record.originalMessageId)
          : undefined;
        let message: MessageState;
        if (original?.loading && !original.deleted) {
          // After a deferred reply, Discord turns the first follow-up into the placeholder's content.
          const { flags: _flags, ...rest } = body;
          message = ctx.store.edit(original, rest, route.body.files);
          record.responded = true;
        } else {
          const flags = typeof body.flags === "number" ? body.flags : 0;
          message = ctx.store.create({
            channelId: record.channelId,
            guildId: record.guildId,
            body: { ...body, flags },
            files: route.body.files,
            role: "follow-up",
            origin: originOf(record),
          });
          record.followUpIds.push(message.id);
        }
        ctx.registry.changed(record);
        // Discord answers 204 unless the caller asked to wait for the message (discord.js always does).
        if (route.query.get("wait") !== "true") return { status: 204 };
        return { status: 200, body: ctx.store.toApi(message) };
      },
    },
  ];
}
