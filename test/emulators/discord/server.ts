import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GatewayCloseCodes, InteractionType, RESTJSONErrorCodes } from "discord-api-types/v10";
import { AttachmentCdn } from "./cdn.js";
import { createVirtualClock } from "./clock.js";
import type { EmulatorContext } from "./context.js";
import { handleControl } from "./control.js";
import { Gateway } from "./gateway.js";
import { createGuildControls } from "./guild-controls.js";
import {
  buildAutocompleteInteraction,
  buildClickInteraction,
  buildCommandInteraction,
} from "./interactions/factory.js";
import { createHandle } from "./interactions/handle.js";
import { HttpInteractions } from "./interactions/http-delivery.js";
import { type InteractionRecord, InteractionRegistry } from "./interactions/registry.js";
import { MessageStore } from "./messages.js";
import { DiscordOAuth } from "./oauth/server.js";
import { createRecorder } from "./recorder.js";
import { applicationRoutes } from "./rest/application-routes.js";
import { DirectMessages, dmRoutes } from "./rest/dm-routes.js";
import { RestFaults } from "./rest/faults.js";
import { interactionRoutes } from "./rest/interaction-routes.js";
import { callerOf } from "./rest/invalid-requests.js";
import { memberRoutes } from "./rest/member-routes.js";
import { OldMessageEdits } from "./rest/old-message-edits.js";
import { RestRouter, type Route } from "./rest/router.js";
import { webhookRoutes } from "./rest/webhook-routes.js";
import { createSnowflakeFactory } from "./snowflake.js";
import type {
  AutocompleteChoice,
  DiscordEmulator,
  DiscordEmulatorOptions,
  InteractionHandle,
} from "./types.js";
import { BodyValidator } from "./validation/body-validator.js";
import {
  ALL_PERMISSIONS,
  botRole,
  botUser,
  DEFAULT_MEMBER_PERMISSIONS,
  DEFAULT_USER,
  guildCreatePayload,
  type SeededGuild,
  toUser,
} from "./world.js";

const API_PREFIX = "/api/v10";
const CONTROL_PREFIX = "/_emulator";
const DEFAULT_HEARTBEAT_MS = 41_250;
const DEFAULT_GUILD_CREATE_INTERVAL_MS = 10;
const DEFAULT_AUTOCOMPLETE_TIMEOUT_MS = 5_000;

function generatedToken(botUserId: string): string {
  return `${Buffer.from(botUserId).toString("base64url")}.${randomBytes(4).toString("base64url")}.${randomBytes(27).toString("base64url")}`;
}

/** Starts a Discord stand-in (REST under /api/v10, gateway at /gateway, CDN at /cdn) on loopback. */
export async function startDiscordEmulator(options: DiscordEmulatorOptions = {}): Promise<DiscordEmulator> {
  const host = options.host ?? "127.0.0.1";
  const clock = createVirtualClock(options.timeScale ?? 1);
  const nextId = createSnowflakeFactory(() => clock.now());
  const applicationId = options.applicationId ?? nextId();
  const token = options.token ?? generatedToken(applicationId);
  const bot = botUser(applicationId, options.botUsername ?? "Emulated Bot");
  const guilds: SeededGuild[] = (options.guilds ?? [{}]).map((guild, index) => {
    const roles = (guild.roles ?? []).map((role, position) => ({
      id: role.id ?? nextId(),
      name: role.name,
      permissions: (role.permissions ?? "0").toString(),
      position: position + 1,
      managed: role.managed ?? false,
    }));
    const ownerId = guild.ownerId ?? DEFAULT_USER.id;
    return {
      id: guild.id ?? nextId(),
      name: guild.name ?? (index === 0 ? "Emulated Guild" : `Emulated Guild ${index + 1}`),
      channelId: nextId(),
      ownerId,
      everyonePermissions: (guild.everyonePermissions ?? DEFAULT_MEMBER_PERMISSIONS).toString(),
      roles: [
        ...roles,
        botRole(
          nextId(),
          bot,
          roles.length + 1,
          (guild.botRolePermissions ?? DEFAULT_MEMBER_PERMISSIONS).toString(),
        ),
      ],
      members: [
        { user: ownerId === DEFAULT_USER.id ? toUser(undefined) : toUser({ id: ownerId }), roles: [] },
      ],
    };
  });

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503);
    res.end();
  };
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  const gatewayUrl = `ws://${host}:${port}/gateway`;

  const cdn = new AttachmentCdn(url, clock);
  const ctx: EmulatorContext = {
    clock,
    nextId,
    token,
    applicationId,
    bot,
    guilds,
    botPublic: options.botPublic ?? true,
    joinedAt: new Date(clock.now()).toISOString(),
    commands: new Map(),
    dmChannels: new Map(),
    store: new MessageStore({ bot, applicationId, cdn, nextId, clock }),
    registry: new InteractionRegistry(clock, applicationId),
    cdn,
    validator: new BodyValidator(),
    oldMessageEdits: new OldMessageEdits(clock),
    gatewayUrl: () => gatewayUrl,
    requests: [],
    violations: [],
    roleWrites: [],
    allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? 0,
    emitGuildEvent: (t, d, guildId, intent) => gateway.dispatchGuildEvent(t, d, guildId, intent),
    verifyKey: () => http.publicKeyHex,
    interactionsEndpointUrl: () => http.endpointUrl,
    setInteractionsEndpoint: (endpoint) => http.setEndpoint(endpoint),
  };
  const callbacks = interactionRoutes(ctx);
  const directMessages = new DirectMessages(ctx);
  const oauth = new DiscordOAuth(clock, applicationId, options.oauth);
  const http = new HttpInteractions(ctx, () => callbacks[0] as Route);
  const unavailableGuildIds = new Set(
    (options.guilds ?? []).flatMap((guild, index) => {
      const id = guilds[index]?.id;
      return guild.unavailable && id !== undefined ? [id] : [];
    }),
  );
  const gateway = new Gateway(ctx, {
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_MS,
    allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? 0,
    guildCreateIntervalMs: options.guildCreateIntervalMs ?? DEFAULT_GUILD_CREATE_INTERVAL_MS,
    unavailableGuildIds,
  });
  const router = new RestRouter(
    ctx,
    [
      ...applicationRoutes(ctx),
      ...callbacks,
      ...webhookRoutes(ctx),
      ...memberRoutes(ctx),
      ...dmRoutes(ctx, directMessages),
    ],
    createRecorder(options.recordFile ?? process.env.DISCORD_EMULATOR_RECORD),
    new RestFaults(),
  );
  router.rateLimits.set(options.rateLimits ?? {});
  router.invalidRequests.set(options.invalidRequests ?? {});

  handler = (req, res) => {
    const parsed = new URL(req.url ?? "/", url);
    if (req.method === "GET" && ctx.cdn.serve(parsed.pathname, parsed.searchParams, res)) return;
    if (parsed.pathname.startsWith(CONTROL_PREFIX)) {
      void handleControl(emulator, req, res, parsed.pathname.slice(CONTROL_PREFIX.length));
      return;
    }
    if (oauth.owns(req, parsed.pathname)) {
      oauth.handle(req, res, parsed.pathname).catch((error: unknown) => {
        console.error("discord emulator: internal error", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(
          JSON.stringify({ message: "500: Internal Server Error", code: RESTJSONErrorCodes.GeneralError }),
        );
      });
      return;
    }
    if (parsed.pathname.startsWith(`${API_PREFIX}/`)) {
      router
        .handle(req, res, parsed.pathname.slice(API_PREFIX.length), parsed.searchParams)
        .catch((error: unknown) => {
          console.error("discord emulator: internal error", error);
          if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
          res.end(
            JSON.stringify({ message: "500: Internal Server Error", code: RESTJSONErrorCodes.GeneralError }),
          );
        });
      return;
    }
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ message: "404: Not Found", code: RESTJSONErrorCodes.GeneralError }));
  };
  server.on("upgrade", (req, socket, head) => {
    if (new URL(req.url ?? "/", url).pathname === "/gateway") gateway.handleUpgrade(req, socket, head);
    else socket.destroy();
  });

  const dispatch = (record: InteractionRecord, toEverySession = false): void => {
    ctx.registry.add(record);
    // With an Interactions Endpoint URL, Discord POSTs interactions there instead of using the gateway.
    if (http.endpointUrl) {
      http.deliver(record).catch((error: unknown) => {
        console.error("discord emulator: interaction delivery failed", error);
      });
    } else if (toEverySession) {
      gateway.dispatchToEverySession("INTERACTION_CREATE", record.payload, record.guildId);
    } else gateway.dispatch("INTERACTION_CREATE", record.payload, record.guildId);
  };

  const publicGuilds = guilds.map(({ id, name, channelId }) => ({ id, name, channelId }));
  const installGuild: DiscordEmulator["installGuild"] = (input = {}) => {
    const owner = toUser(input.owner ?? { id: nextId(), username: "stranger" });
    const adminRoleId = nextId();
    const guild: SeededGuild = {
      id: nextId(),
      name: input.name ?? `Stranger's server ${guilds.length + 1}`,
      channelId: nextId(),
      ownerId: owner.id,
      everyonePermissions: DEFAULT_MEMBER_PERMISSIONS,
      roles: [
        { id: adminRoleId, name: "Admin", permissions: ALL_PERMISSIONS, position: 1, managed: false },
        botRole(nextId(), bot, 2, DEFAULT_MEMBER_PERMISSIONS),
      ],
      members: [{ user: owner, roles: [adminRoleId] }],
      joinedAt: new Date(clock.now()).toISOString(),
    };
    guilds.push(guild);
    publicGuilds.push({ id: guild.id, name: guild.name, channelId: guild.channelId });
    // Discord sends GUILD_CREATE "when the current user joins a new Guild", on the shard serving it.
    gateway.dispatch("GUILD_CREATE", guildCreatePayload(guild, bot, ctx.joinedAt), guild.id);
    return { id: guild.id, name: guild.name, owner, adminRoleId };
  };

  const emulator: DiscordEmulator = {
    guildControls: createGuildControls(ctx),
    directMessages: directMessages.controls,
    channelMessages: (channelId) =>
      [...ctx.store.messages.values()].filter(
        (message) => message.channelId === channelId && message.role === "channel" && !message.deleted,
      ),
    oauth: oauth.controls,
    oauthAuthorizeUrl: `${url}/oauth2/authorize`,
    verifyKey: http.publicKeyHex,
    setInteractionsEndpoint: (endpoint) => http.setEndpoint(endpoint),
    httpDeliveries: http.deliveries,
    sendHostile: (kind, payload) =>
      http.hostile(
        kind,
        payload ?? {
          id: nextId(),
          application_id: applicationId,
          type: InteractionType.Ping,
          token: "x",
          version: 1,
        },
      ),
    roleWrites: ctx.roleWrites,
    invalidRequests: (authorization = `Bot ${token}`) =>
      router.invalidRequests.state(callerOf(authorization)),
    setInvalidRequestLimit: (settings) => router.invalidRequests.set(settings),
    refusedMemberRequests: () => [...gateway.refusedMemberRequests],
    url,
    apiUrl: `${url}/api`,
    cdnUrl: `${url}/cdn`,
    gatewayUrl,
    token,
    applicationId,
    botUserId: bot.id,
    guilds: publicGuilds,
    installGuild,
    addAttachment: (file) =>
      cdn.store({
        channelId: applicationId,
        ephemeral: true,
        id: nextId(),
        filename: file.name,
        data: Buffer.from(file.data),
        ...(file.contentType === undefined ? {} : { contentType: file.contentType }),
        ...(file.declaredSize === undefined ? {} : { declaredSize: file.declaredSize }),
      }),
    failAttachment: (attachment, status) => cdn.fail(attachment.url, status),
    runCommand: (input): InteractionHandle => {
      const record = buildCommandInteraction(ctx, input);
      dispatch(record, input.toEverySession === true);
      return createHandle(record, ctx.registry, ctx.store);
    },
    autocomplete: (input, timeoutMs = DEFAULT_AUTOCOMPLETE_TIMEOUT_MS) => {
      const record = buildAutocompleteInteraction(ctx, input);
      dispatch(record);
      return new Promise<AutocompleteChoice[]>((resolve, reject) => {
        const onUpdate = (changed: InteractionRecord): void => {
          if (changed !== record) return;
          if (record.choices) {
            cleanup();
            resolve(record.choices);
          } else if (record.dead) {
            cleanup();
            reject(new Error(`autocomplete ${record.id} was not answered within 3 s (10062)`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for autocomplete choices`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          ctx.registry.off("update", onUpdate);
        };
        ctx.registry.on("update", onUpdate);
      });
    },
    click: (message, customId, opts = {}) => {
      const live = ctx.store.messages.get(message.id);
      if (!live) throw new Error(`the emulator knows no message ${message.id}`);
      const record = buildClickInteraction(ctx, live, customId, opts);
      dispatch(record);
      return createHandle(record, ctx.registry, ctx.store);
    },
    forgeClick: (message, customId, opts = {}) => {
      const live = ctx.store.messages.get(message.id);
      if (!live) throw new Error(`the emulator knows no message ${message.id}`);
      const record = buildClickInteraction(ctx, live, customId, opts, true);
      dispatch(record);
      return createHandle(record, ctx.registry, ctx.store);
    },
    interactionTokens: () => ctx.registry.tokens(),
    cdnDownloads: () => cdn.downloads,
    messages: ctx.store.messages,
    requests: ctx.requests,
    violations: ctx.violations,
    commands: ctx.commands,
    clock,
    dropGateway: (opts = {}) => gateway.drop(opts.code ?? GatewayCloseCodes.UnknownError),
    gatewayConnections: () => gateway.openConnections(),
    setRestFaults: (faults) => router.faults.set(faults),
    setRateLimits: (limits) => router.rateLimits.set(limits),
    setOldMessageEditLimit: (limit) => ctx.oldMessageEdits.set(limit),
    close: async () => {
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return emulator;
}
