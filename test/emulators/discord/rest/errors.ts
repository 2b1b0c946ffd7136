import { RESTJSONErrorCodes } from "discord-api-types/v10";
import type { DiscordErrorBody, ViolationIssue } from "../types.js";

/** Discord's 429 body: no error code, `retry_after` in seconds, `global` false for route limits. */
export interface RateLimitBody {
  message: string;
  retry_after: number;
  global: boolean;
}

/** An error answer a route gives, in Discord's shape. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: DiscordErrorBody | RateLimitBody,
    /** Set for 50035 answers: the individual problems, so they can be recorded as violations. */
    readonly issues: ViolationIssue[] = [],
  ) {
    super(body.message);
  }
}

export const errors = {
  unauthorized: () =>
    new DiscordHttpError(401, { message: "401: Unauthorized", code: RESTJSONErrorCodes.GeneralError }),
  notFound: () =>
    new DiscordHttpError(404, { message: "404: Not Found", code: RESTJSONErrorCodes.GeneralError }),
  unknownInteraction: () =>
    new DiscordHttpError(404, {
      message: "Unknown interaction",
      code: RESTJSONErrorCodes.UnknownInteraction,
    }),
  alreadyAcknowledged: () =>
    new DiscordHttpError(400, {
      message: "Interaction has already been acknowledged.",
      code: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
    }),
  invalidWebhookToken: () =>
    new DiscordHttpError(401, {
      message: "Invalid Webhook Token",
      code: RESTJSONErrorCodes.InvalidWebhookToken,
    }),
  unknownWebhook: () =>
    new DiscordHttpError(404, { message: "Unknown Webhook", code: RESTJSONErrorCodes.UnknownWebhook }),
  unknownMessage: () =>
    new DiscordHttpError(404, { message: "Unknown Message", code: RESTJSONErrorCodes.UnknownMessage }),
  unknownApplication: () =>
    new DiscordHttpError(404, {
      message: "Unknown Application",
      code: RESTJSONErrorCodes.UnknownApplication,
    }),
  unknownGuild: () =>
    new DiscordHttpError(404, { message: "Unknown Guild", code: RESTJSONErrorCodes.UnknownGuild }),
  unknownMember: () =>
    new DiscordHttpError(404, { message: "Unknown Member", code: RESTJSONErrorCodes.UnknownMember }),
  unknownRole: () =>
    new DiscordHttpError(404, { message: "Unknown Role", code: RESTJSONErrorCodes.UnknownRole }),
  unknownChannel: () =>
    new DiscordHttpError(404, { message: "Unknown Channel", code: RESTJSONErrorCodes.UnknownChannel }),
  unknownUser: () =>
    new DiscordHttpError(404, { message: "Unknown User", code: RESTJSONErrorCodes.UnknownUser }),
  missingAccess: () =>
    new DiscordHttpError(403, { message: "Missing Access", code: RESTJSONErrorCodes.MissingAccess }),
  missingPermissions: () =>
    new DiscordHttpError(403, {
      message: "Missing Permissions",
      code: RESTJSONErrorCodes.MissingPermissions,
    }),
  rateLimited: (retryAfterSeconds: number, scope: "user" | "shared" | "global") =>
    new DiscordHttpError(429, {
      message: scope === "shared" ? "The resource is being rate limited." : "You are being rate limited.",
      retry_after: Number(retryAfterSeconds.toFixed(3)),
      global: scope === "global",
    }),
  cannotSendEmpty: () =>
    new DiscordHttpError(400, {
      message: "Cannot send an empty message",
      code: RESTJSONErrorCodes.CannotSendAnEmptyMessage,
    }),
};

/**
 * Builds Discord's "Invalid Form Body" answer: issues are nested by path,
 * e.g. data.embeds.0.title → { data: { embeds: { "0": { title: { _errors: [...] } } } } }.
 */
export function invalidFormBody(issues: ViolationIssue[]): DiscordHttpError {
  const tree: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = tree;
    for (const key of issue.path.split(".").filter((part) => part.length > 0)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node._errors ??= [];
    (node._errors as Array<{ code: string; message: string }>).push({
      code: issue.code,
      message: issue.message,
    });
  }
  return new DiscordHttpError(
    400,
    { code: RESTJSONErrorCodes.InvalidFormBodyOrContentType, message: "Invalid Form Body", errors: tree },
    issues,
  );
}
