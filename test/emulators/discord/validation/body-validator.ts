import { InteractionResponseType } from "discord-api-types/v10";
import type { ViolationIssue } from "../types.js";
import { checkAutocompleteLimits, checkCommandLimits, checkMessageLimits } from "./limits.js";
import { checkCommandLocalizations } from "./localizations.js";
import { type RequestSchemaName, SpecValidators } from "./schemas.js";

const CALLBACK_SCHEMAS: Record<number, RequestSchemaName> = {
  [InteractionResponseType.ChannelMessageWithSource]: "CreateMessageInteractionCallbackRequest",
  [InteractionResponseType.DeferredChannelMessageWithSource]: "CreateMessageInteractionCallbackRequest",
  [InteractionResponseType.DeferredMessageUpdate]: "UpdateMessageInteractionCallbackRequest",
  [InteractionResponseType.UpdateMessage]: "UpdateMessageInteractionCallbackRequest",
  [InteractionResponseType.Modal]: "ModalInteractionCallbackRequest",
};

function merge(...lists: ViolationIssue[][]): ViolationIssue[] {
  const seen = new Set<string>();
  return lists.flat().filter((issue) => {
    const key = `${issue.path}|${issue.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Checks what the bot sends against the official spec and Discord's limits. */
export class BodyValidator {
  private readonly spec = new SpecValidators();

  /** PATCH /guilds/{guild}/members/{user}. */
  memberUpdate(body: unknown): ViolationIssue[] {
    return this.spec.validate("ModifyGuildMemberRequest", body);
  }

  callback(body: unknown): ViolationIssue[] {
    const type = typeof body === "object" && body !== null ? (body as { type?: unknown }).type : undefined;
    if (type === InteractionResponseType.ApplicationCommandAutocompleteResult)
      return this.autocomplete((body as { data?: unknown }).data);
    const schema = typeof type === "number" ? CALLBACK_SCHEMAS[type] : undefined;
    if (!schema) {
      return [
        { path: "type", code: "BASE_TYPE_CHOICES", message: "Value must be one of {4, 5, 6, 7, 8, 9}." },
      ];
    }
    const data = (body as { data?: unknown }).data;
    const limits =
      type === InteractionResponseType.ApplicationCommandAutocompleteResult
        ? checkAutocompleteLimits(data)
        : type === InteractionResponseType.Modal
          ? []
          : checkMessageLimits(data, {
              prefix: "data",
              edit: type === InteractionResponseType.UpdateMessage,
            });
    return merge(this.spec.validate(schema, body), limits);
  }

  /** The spec's autocomplete answer is a union by value type; check against the one the first choice uses. */
  private autocomplete(data: unknown): ViolationIssue[] {
    if (typeof data !== "object" || data === null) {
      return [{ path: "data", code: "BASE_TYPE_REQUIRED", message: "This field is required" }];
    }
    const first = (data as { choices?: Array<{ value?: unknown }> }).choices?.[0]?.value;
    const schema =
      typeof first === "number"
        ? Number.isInteger(first)
          ? "InteractionApplicationCommandAutocompleteCallbackIntegerData"
          : "InteractionApplicationCommandAutocompleteCallbackNumberData"
        : "InteractionApplicationCommandAutocompleteCallbackStringData";
    return merge(this.spec.validate(schema, data, "data"), checkAutocompleteLimits(data));
  }

  /** Follow-up (POST) or edit (PATCH) of a webhook message. */
  webhookMessage(body: unknown, kind: "create" | "edit"): ViolationIssue[] {
    const schema =
      kind === "create" ? "IncomingWebhookRequestPartial" : "IncomingWebhookUpdateRequestPartial";
    return merge(
      this.spec.validate(schema, body),
      checkMessageLimits(body, { prefix: "", edit: kind === "edit" }),
    );
  }

  /** POST /users/@me/channels (Create DM). */
  createDm(body: unknown): ViolationIssue[] {
    return this.spec.validate("CreatePrivateChannelRequest", body);
  }

  /** POST /channels/{channel}/messages. */
  channelMessage(body: unknown): ViolationIssue[] {
    return merge(
      this.spec.validate("MessageCreateRequest", body),
      checkMessageLimits(body, { prefix: "", edit: false }),
    );
  }

  commandList(body: unknown): ViolationIssue[] {
    if (!Array.isArray(body)) {
      return [{ path: "", code: "BASE_TYPE_BAD_TYPE", message: "Must be of type array." }];
    }
    if (body.length > 130) {
      return [{ path: "", code: "BASE_TYPE_MAX_LENGTH", message: "Must be 130 or fewer in length." }];
    }
    return merge(
      ...body.map((command, index) =>
        merge(
          this.spec.validate("ApplicationCommandUpdateRequest", command, String(index)),
          checkCommandLimits(command, String(index)),
          checkCommandLocalizations(command, String(index)),
        ),
      ),
    );
  }

  command(body: unknown): ViolationIssue[] {
    return merge(
      this.spec.validate("ApplicationCommandCreateRequest", body),
      checkCommandLimits(body, ""),
      checkCommandLocalizations(body, ""),
    );
  }
}
