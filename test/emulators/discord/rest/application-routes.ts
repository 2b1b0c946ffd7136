import { ApplicationCommandType, RESTJSONErrorCodes } from "discord-api-types/v10";
import type { EmulatorContext } from "../context.js";
import type { ApplicationCommandRecord } from "../types.js";
import { presentCommand } from "../validation/localizations.js";
import { DEFAULT_MEMBER_PERMISSIONS } from "../world.js";
import { DiscordHttpError, invalidFormBody } from "./errors.js";
import type { Route, RouteContext } from "./router.js";

type Json = Record<string, unknown>;

const missingAccess = (): DiscordHttpError =>
  new DiscordHttpError(403, { message: "Missing Access", code: RESTJSONErrorCodes.MissingAccess });

/** The scope key of a commands route: "global" or the guild id (which must be a seeded guild). */
function scopeOf(ctx: EmulatorContext, route: RouteContext): string {
  if (route.params.app !== ctx.applicationId) throw missingAccess();
  const guildId = route.params.guild;
  if (guildId === undefined) return "global";
  if (!ctx.guilds.some((guild) => guild.id === guildId)) throw missingAccess();
  return guildId;
}

/**
 * Fields that apply to global commands only (discord-api-docs interactions/application-commands:
 * `integration_types` and `contexts` are "only for globally-scoped commands"): a guild command keeps
 * neither, whatever was sent, and is listed with Discord's defaults.
 */
const GLOBAL_ONLY_FIELDS = ["contexts", "integration_types"] as const;

/** Stores a command as Discord returns it; a command keeps its id when re-registered under the same name and type. */
function toRecord(
  ctx: EmulatorContext,
  scope: string,
  sent: Json,
  previous: ApplicationCommandRecord[],
): ApplicationCommandRecord {
  const input = { ...sent };
  if (scope !== "global") for (const field of GLOBAL_ONLY_FIELDS) delete input[field];
  const type = typeof input.type === "number" ? input.type : ApplicationCommandType.ChatInput;
  const name = String(input.name);
  const kept = previous.find((command) => command.name === name && command.type === type);
  const record: ApplicationCommandRecord = {
    default_member_permissions: null,
    nsfw: false,
    contexts: null,
    integration_types: [0],
    ...input,
    id: kept?.id ?? ctx.nextId(),
    application_id: ctx.applicationId,
    name,
    type,
    description: typeof input.description === "string" ? input.description : "",
    version: ctx.nextId(),
  };
  if (scope !== "global") record.guild_id = scope;
  return record;
}

export function applicationRoutes(ctx: EmulatorContext): Route[] {
  const application = (): Json => ({
    id: ctx.applicationId,
    name: ctx.bot.username,
    icon: null,
    description: "",
    summary: "",
    type: null,
    bot_public: ctx.botPublic,
    bot_require_code_grant: false,
    verify_key: ctx.verifyKey(),
    interactions_endpoint_url: ctx.interactionsEndpointUrl(),
    flags: 0,
    bot: ctx.bot,
    owner: {
      id: "100000000000000001",
      username: "owner",
      global_name: null,
      discriminator: "0",
      avatar: null,
    },
    team: null,
    approximate_guild_count: ctx.guilds.length,
    install_params: { scopes: ["bot", "applications.commands"], permissions: "0" },
  });
  const list = (template: string): Route => ({
    method: "GET",
    pattern: template,
    auth: true,
    handle: (route) => {
      const withLocalizations = route.query.get("with_localizations") === "true";
      const header = route.headers["x-discord-locale"];
      const locale = typeof header === "string" ? header : undefined;
      const stored = ctx.commands.get(scopeOf(ctx, route)) ?? [];
      return {
        status: 200,
        body: stored.map((command) => presentCommand(command, withLocalizations, locale)),
      };
    },
  });
  const bulkOverwrite = (template: string): Route => ({
    method: "PUT",
    pattern: template,
    auth: true,
    handle: (route) => {
      const scope = scopeOf(ctx, route);
      const issues = ctx.validator.commandList(route.body.json);
      if (issues.length > 0) throw invalidFormBody(issues);
      const previous = ctx.commands.get(scope) ?? [];
      const stored = ((route.body.json as Json[] | null) ?? []).map((input) =>
        toRecord(ctx, scope, input, previous),
      );
      ctx.commands.set(scope, stored);
      return { status: 200, body: stored.map((command) => presentCommand(command, true, undefined)) };
    },
  });
  const createOne = (template: string): Route => ({
    method: "POST",
    pattern: template,
    auth: true,
    handle: (route) => {
      const scope = scopeOf(ctx, route);
      const issues = ctx.validator.command(route.body.json);
      if (issues.length > 0) throw invalidFormBody(issues);
      const previous = ctx.commands.get(scope) ?? [];
      const record = toRecord(ctx, scope, route.body.json as Json, previous);
      ctx.commands.set(scope, [...previous.filter((command) => command.id !== record.id), record]);
      const status = previous.some((command) => command.id === record.id) ? 200 : 201;
      return { status, body: presentCommand(record, true, undefined) };
    },
  });
  const globalCommands = "/applications/:app/commands";
  const guildCommands = "/applications/:app/guilds/:guild/commands";
  return [
    {
      method: "GET",
      pattern: "/gateway/bot",
      auth: true,
      handle: () => ({
        status: 200,
        body: {
          url: ctx.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      }),
    },
    {
      method: "GET",
      pattern: "/gateway",
      auth: false,
      handle: () => ({ status: 200, body: { url: ctx.gatewayUrl() } }),
    },
    {
      method: "GET",
      pattern: "/users/@me",
      auth: true,
      handle: () => ({
        status: 200,
        body: { ...ctx.bot, verified: true, mfa_enabled: false, flags: 0, email: null, locale: "en-US" },
      }),
    },
    {
      // Partial guilds the bot is in, ordered by id, paged with before/after and limit 1–200 (default 200).
      method: "GET",
      pattern: "/users/@me/guilds",
      auth: true,
      handle: (route) => {
        const limit = Number(route.query.get("limit") ?? "200");
        if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
          throw new DiscordHttpError(400, {
            message: "Invalid Form Body",
            code: RESTJSONErrorCodes.InvalidFormBodyOrContentType,
          });
        }
        const after = route.query.get("after");
        const before = route.query.get("before");
        const sorted = [...ctx.guilds].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
        const page = sorted
          .filter((guild) => after === null || BigInt(guild.id) > BigInt(after))
          .filter((guild) => before === null || BigInt(guild.id) < BigInt(before))
          .slice(0, limit);
        return {
          status: 200,
          body: page.map((guild) => ({
            id: guild.id,
            name: guild.name,
            icon: null,
            banner: null,
            owner: false,
            permissions: DEFAULT_MEMBER_PERMISSIONS,
            features: [],
          })),
        };
      },
    },
    {
      method: "GET",
      pattern: "/applications/@me",
      auth: true,
      handle: () => ({ status: 200, body: application() }),
    },
    {
      // Edit Current Application (discord-api-docs resources/application): saving interactions_endpoint_url
      // runs the same checks as the developer portal; a failing endpoint is refused with 50035.
      method: "PATCH",
      pattern: "/applications/@me",
      auth: true,
      handle: async (route) => {
        const body = (route.body.json ?? {}) as { interactions_endpoint_url?: unknown };
        const endpoint = body.interactions_endpoint_url;
        if (endpoint !== undefined) {
          if (endpoint !== null && (typeof endpoint !== "string" || !URL.canParse(endpoint))) {
            throw invalidFormBody([
              {
                path: "interactions_endpoint_url",
                code: "URL_TYPE_INVALID_URL",
                message: "Not a well formed URL.",
              },
            ]);
          }
          try {
            await ctx.setInteractionsEndpoint(endpoint === "" ? null : (endpoint as string | null));
          } catch {
            throw invalidFormBody([
              {
                path: "interactions_endpoint_url",
                code: "APPLICATION_INTERACTIONS_ENDPOINT_URL_INVALID",
                message: "The specified interactions endpoint url could not be verified.",
              },
            ]);
          }
        }
        return { status: 200, body: application() };
      },
    },
    list(globalCommands),
    bulkOverwrite(globalCommands),
    createOne(globalCommands),
    list(guildCommands),
    bulkOverwrite(guildCommands),
    createOne(guildCommands),
  ];
}
