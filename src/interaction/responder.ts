import { type APIInteraction, InteractionResponseType, MessageFlags, Routes } from "discord-api-types/v10";
import type { Localized } from "../i18n/types.js";
import type { InteractionTransport } from "./transport.js";
import type {
  AcknowledgementState,
  ComponentContext,
  EditBody,
  FollowUpBody,
  InteractionBase,
  MessageBody,
} from "./types.js";

/** What answering adds to a context: the state and the answering methods. */
export type Responder = Omit<
  ComponentContext,
  keyof InteractionBase | "kind" | "customId" | "componentType" | "messageRows"
>;

function asBody<T extends object>(body: Localized | T): T | { content: Localized } {
  return typeof body === "string" ? { content: body } : body;
}

function ephemeralFlag(flags: number | undefined): boolean {
  return ((flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

/**
 * The answering half of a repliable context: it knows where the interaction stands, refuses a second
 * initial answer, and sends later ones through the interaction's webhook.
 */
export function createResponder<Fields extends object>(
  fields: Fields,
  payload: APIInteraction,
  transport: InteractionTransport,
): Fields & Responder {
  let acknowledgement: AcknowledgementState = "pending";
  let ephemeral = false;
  const webhook = Routes.webhook(payload.application_id, payload.token);
  const original = Routes.webhookMessage(payload.application_id, payload.token, "@original");

  function first(): void {
    if (acknowledgement !== "pending") throw new Error("the interaction has already been acknowledged");
  }

  async function acknowledge(type: InteractionResponseType, data?: MessageBody): Promise<void> {
    first();
    await transport.callback({ type, data } as Parameters<InteractionTransport["callback"]>[0]);
  }

  /** A defer whose callback met 40060 was processed by Discord on an earlier try: it stands. */
  async function deferWith(type: InteractionResponseType, data?: MessageBody): Promise<void> {
    try {
      await acknowledge(type, data);
    } catch (error) {
      if (!transport.acknowledgedEarlier(error)) throw error;
    }
    acknowledgement = "deferred";
  }

  const methods: Omit<Responder, "acknowledgement" | "ephemeral"> = {
    async reply(body) {
      const data = asBody(body);
      await acknowledge(InteractionResponseType.ChannelMessageWithSource, data);
      acknowledgement = "replied";
      ephemeral = ephemeralFlag("flags" in data ? data.flags : undefined);
    },
    async defer(options) {
      ephemeral = options?.ephemeral === true;
      await deferWith(
        InteractionResponseType.DeferredChannelMessageWithSource,
        ephemeral ? { flags: MessageFlags.Ephemeral } : undefined,
      );
    },
    async update(body) {
      await acknowledge(InteractionResponseType.UpdateMessage, body);
      acknowledgement = "replied";
    },
    async deferUpdate() {
      await deferWith(InteractionResponseType.DeferredMessageUpdate);
    },
    async editReply(body: Localized | EditBody) {
      if (acknowledgement === "pending") throw new Error("the interaction has not been acknowledged");
      await transport.rest.patch(original, { body: asBody(body), auth: false });
      acknowledgement = "replied";
    },
    async followUp(body: Localized | FollowUpBody) {
      if (acknowledgement === "pending") throw new Error("the interaction has not been acknowledged");
      await transport.rest.post(webhook, {
        body: asBody(body),
        auth: false,
        query: new URLSearchParams({ wait: "true" }),
      });
    },
    async deleteReply() {
      if (acknowledgement === "pending") throw new Error("the interaction has not been acknowledged");
      await transport.rest.delete(original, { auth: false });
    },
  };
  return Object.defineProperties(Object.assign(fields, methods), {
    acknowledgement: { get: () => acknowledgement, enumerable: true },
    ephemeral: { get: () => ephemeral, enumerable: true },
  }) as Fields & Responder;
}
