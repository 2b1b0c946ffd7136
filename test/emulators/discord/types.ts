import type { CdnFailureStatus } from "./cdn.js";
import type { RefusedMemberRequest } from "./gateway.js";
import type { HostileKind, HttpDelivery } from "./interactions/http-delivery.js";
import type { OAuthControls, OAuthSettings } from "./oauth/server.js";
import type { InvalidRequestSettings, InvalidRequestState } from "./rest/invalid-requests.js";
/** Public types of the Discord emulator. Shapes follow Discord's API (snake_case) where they mirror a payload. */

import type { RestFaultSettings } from "./rest/faults.js";
import type { RateLimitSettings } from "./rest/rate-limits.js";

export interface DiscordEmulatorOptions {
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Port; default 0 (a free one). */
  port?: number;
  /** The bot token the emulator accepts; default a generated one. Any other token gets 401. */
  token?: string;
  applicationId?: string;
  /** Seeded guilds; default one guild. An `unavailable` guild is in READY but never gets a GUILD_CREATE (an outage). */
  guilds?: GuildInput[];
  /** Real milliseconds between GUILD_CREATEs after READY, as Discord streams guilds in; default 10. */
  guildCreateIntervalMs?: number;
  /** Speed of the virtual clock relative to real time; default 1. */
  timeScale?: number;
  /** JSON-lines file receiving every request the bot sent; default from env DISCORD_EMULATOR_RECORD. */
  recordFile?: string;
  /** Gateway heartbeat interval announced in HELLO, ms; default 41250. */
  heartbeatIntervalMs?: number;
  /** Privileged intents (GuildMembers 1<<1, GuildPresences 1<<8, MessageContent 1<<15) the app may use; default none (others → close 4014). */
  allowedPrivilegedIntents?: number;
  /** Bot user name; default "Emulated Bot". */
  botUsername?: string;
  /**
   * `bot_public` of the application: whether anyone with the invite link can add the bot to a server
   * they manage. Default true, as the developer portal sets it for a new application.
   */
  botPublic?: boolean;
  /** Rate limits of the REST routes; default 5 per 2 s per interaction webhook, 50 per s elsewhere. */
  rateLimits?: RateLimitSettings;
  /** The invalid-request limit (401/403/429 per credential); default 10,000 per 10 minutes, then a 1 h ban. */
  invalidRequests?: InvalidRequestSettings;
  /** The OAuth2 client: id (default the application id), secret (default generated), redirect URIs. */
  oauth?: OAuthSettings;
}

export interface GuildInput {
  id?: string;
  name?: string;
  /** Listed in READY but never sent as GUILD_CREATE (an outage). */
  unavailable?: boolean;
  /** Owner's user id; default the default user. The owner has every permission. */
  ownerId?: string;
  /**
   * Roles besides @everyone, sent in GUILD_CREATE; `permissions` default "0". Listed lowest first: the
   * first has position 1. The bot's own managed role comes above them all.
   */
  roles?: Array<{ id?: string; name: string; permissions?: bigint | string; managed?: boolean }>;
  /** Permissions of @everyone; default every permission except Administrator. */
  everyonePermissions?: bigint | string;
  /** Permissions of the bot's managed role; default every permission except Administrator. */
  botRolePermissions?: bigint | string;
}

/** A guild that added the bot while it runs (see `installGuild`). */
export interface InstalledGuild {
  id: string;
  name: string;
  /** The stranger who added the bot: the guild's owner. */
  owner: EmulatedUser;
  /** A role with Administrator that the owner holds. */
  adminRoleId: string;
}

export interface UserInput {
  id?: string;
  username?: string;
  globalName?: string | null;
}

export interface EmulatedUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

/** A Discord attachment object as Discord puts it in `resolved.attachments` and in messages. */
export interface Attachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
  description?: string;
  width?: number;
  height?: number;
  ephemeral?: boolean;
}

/** An attachment on a message, with the bytes the bot uploaded. */
export interface StoredAttachment extends Attachment {
  data: Buffer;
}

/** Explicit form of one option; `value` of a user option may be a UserInput, of an attachment option an Attachment. */
export interface CommandOptionInput {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: CommandOptionInput[];
}

export interface RunCommandInput {
  name: string;
  /** Either explicit options, or a record name → value whose types are taken from the registered command or inferred. */
  options?: CommandOptionInput[] | Record<string, unknown>;
  user?: UserInput;
  /** Guild id; null means a DM; default the first guild. */
  guildId?: string | null;
  /** The invoking member's permissions (guild only); default DEFAULT_MEMBER_PERMISSIONS. */
  memberPermissions?: bigint | string;
  /** Role ids of the invoking member. */
  roles?: string[];
  /** Extra attachments placed in `resolved.attachments` (those used as option values are added automatically). */
  attachments?: Attachment[];
  /** Deliver it to every gateway session holding the guild's shard, as when two processes hold the same shard. */
  toEverySession?: boolean;
  locale?: string;
  guildLocale?: string;
  appPermissions?: string;
  attachmentSizeLimit?: number;
  subcommand?: string;
  subcommandGroup?: string;
}

export interface AutocompleteInput {
  name: string;
  options: CommandOptionInput[] | Record<string, unknown>;
  /** Name of the option being typed. */
  focused: string;
  user?: UserInput;
  guildId?: string | null;
  locale?: string;
  subcommand?: string;
  subcommandGroup?: string;
}

export interface AutocompleteChoice {
  name: string;
  value: string | number;
  name_localizations?: Record<string, string> | null;
}

export interface ClickOptions {
  user?: UserInput;
  /** Values for a select menu. */
  values?: string[];
  locale?: string;
  memberPermissions?: bigint | string;
}

/** A snapshot of a message as the emulator holds it; `editHistory` keeps the earlier versions. */
export interface MessageState {
  id: string;
  channelId: string;
  guildId: string | null;
  content: string;
  embeds: Array<Record<string, unknown>>;
  components: Array<Record<string, unknown>>;
  attachments: StoredAttachment[];
  flags: number;
  ephemeral: boolean;
  /** True while it is a deferred "thinking…" placeholder. */
  loading: boolean;
  deleted: boolean;
  /** Interaction this message answers (original response or follow-up). */
  interactionId: string | null;
  /** "original" for the interaction's response, "follow-up" for follow-ups, "seed" for messages made by the harness. */
  /** "channel": posted by the bot in a server's text channel (Create Message outside an interaction). */
  role: "original" | "follow-up" | "seed" | "direct" | "channel";
  createdAt: number;
  editedAt: number | null;
  editHistory: Array<Omit<MessageState, "editHistory">>;
}

export interface AckInfo {
  /** Interaction callback type (4, 5, 6, 7, 8, 9). */
  type: number;
  /** Virtual milliseconds from dispatch to acknowledgement. */
  elapsedMs: number;
}

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, interaction and webhook tokens replaced by ":token". */
  path: string;
  /** Route template, e.g. "/webhooks/:app/:token/messages/:message". */
  route: string;
  query: Record<string, string>;
  /** JSON body (payload_json for multipart), or null. */
  body: unknown;
  files: Array<{ field: string; filename: string; size: number; contentType: string }>;
  status: number;
  /** Virtual time of arrival. */
  time: number;
}

export interface ViolationIssue {
  /** Dotted path as Discord reports it, e.g. "data.embeds.0.title". */
  path: string;
  code: string;
  message: string;
}

export interface Violation {
  method: string;
  path: string;
  issues: ViolationIssue[];
  /** The error body the emulator answered. */
  response: DiscordErrorBody;
  body: unknown;
  time: number;
}

/** A role or nickname write the bot sent about a member (PATCH member, PUT/DELETE member role). */
export interface RoleWrite {
  method: string;
  guildId: string;
  userId: string;
  /** Roles the write asked to add or remove (for a PATCH: the difference from the member's roles). */
  added: string[];
  removed: string[];
  /** The nickname asked for, when the write set one. */
  nick?: string | null;
  /** The X-Audit-Log-Reason header, URL-decoded; null without one. */
  reason: string | null;
  /** 200/204 when applied; 403 (50013), 404 … when refused. */
  status: number;
  /** Why it was refused, in words. */
  refusal?: string;
  time: number;
}

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** Resolves when the interaction is acknowledged; rejects if it died unacknowledged or on timeout. */
  ack(timeoutMs?: number): Promise<AckInfo>;
  /** First message state produced: the type 4 message, the first edit of a deferred placeholder, or the updated message (type 7 / edit after 6). */
  reply(timeoutMs?: number): Promise<MessageState>;
  /** Waits for the original response or a follow-up to satisfy predicate. */
  waitFor(predicate: (m: MessageState) => boolean, timeoutMs?: number): Promise<MessageState>;
  /** Current state of the original response. */
  message(): MessageState | undefined;
  followUps(): MessageState[];
  /** The modal the bot opened (callback type 9), if any. */
  modal(): Record<string, unknown> | undefined;
}

export interface ApplicationCommandRecord {
  id: string;
  application_id: string;
  guild_id?: string;
  name: string;
  type: number;
  description: string;
  options?: CommandOptionInput[];
  version: string;
  [key: string]: unknown;
}

/** Test controls over guild members and roles; each sends the gateway event Discord would. */
export interface GuildControls {
  /** A user joins (GUILD_MEMBER_ADD, to sessions with the GuildMembers intent). */
  addMember(guildId: string, user: UserInput, roles?: string[]): void;
  /** A member leaves (GUILD_MEMBER_REMOVE). */
  removeMember(guildId: string, userId: string): void;
  /** Someone else (a moderator) sets a member's roles (GUILD_MEMBER_UPDATE). */
  setMemberRoles(guildId: string, userId: string, roles: string[]): void;
  /** The member's current roles and nickname, or undefined if not a member. */
  member(guildId: string, userId: string): { roles: string[]; nick: string | null } | undefined;
  /** A new role, at `position` (default 1, just above @everyone, as Discord creates roles). GUILD_ROLE_CREATE. */
  createRole(
    guildId: string,
    role: { id?: string; name: string; permissions?: bigint | string; managed?: boolean; position?: number },
  ): string;
  /** Moves a role to `position`, shifting the others as Discord does (GUILD_ROLE_UPDATE for each moved). */
  moveRole(guildId: string, roleId: string, position: number): void;
  /** Changes a role's permissions; the guild's id names @everyone (GUILD_ROLE_UPDATE). */
  setRolePermissions(guildId: string, roleId: string, permissions: bigint | string): void;
  /** Roles of the guild, @everyone first, as GET /guilds/{g}/roles returns them. */
  roles(
    guildId: string,
  ): Array<{ id: string; name: string; position: number; permissions: string; managed: boolean }>;
  /** The bot's managed role in the guild. */
  botRoleId(guildId: string): string;
  /** The guild's one text channel ("general"). */
  textChannelId(guildId: string): string;
}

/** Test controls over members' DMs with the bot. */
export interface DirectMessageControls {
  /** Closes (or opens again) the member's DMs: the bot's messages then get 403 code 50007. */
  setClosed(userId: string, closed: boolean): void;
  /** The messages the bot sent into the member's DM channel, oldest first. */
  of(userId: string): MessageState[];
}

export interface DiscordEmulator {
  /** Discord OAuth2: client id/secret, redirect URIs, who is signed in, a consent helper, token requests. */
  oauth: OAuthControls;
  /** Where the browser goes to authorize (Discord's https://discord.com/oauth2/authorize). */
  oauthAuthorizeUrl: string;
  /** The application's Ed25519 public key, hex, as `verify_key` in GET /applications/@me. */
  verifyKey: string;
  /**
   * Saves the Interactions Endpoint URL after Discord's checks (PING → `{type: 1}`, a bad signature → 401);
   * rejects, leaving the previous setting, when the endpoint fails them. From then on interactions are
   * POSTed there, signed, and the HTTP answer is the acknowledgement. `null` returns to the gateway.
   */
  setInteractionsEndpoint(url: string | null): Promise<void>;
  /** Every interaction POSTed to the endpoint, with its answer. */
  httpDeliveries: HttpDelivery[];
  /** POSTs a hostile request to the endpoint; resolves with the status the endpoint answered. */
  sendHostile(kind: HostileKind, payload?: unknown): Promise<number>;
  /** Members and roles of the guilds. */
  guildControls: GuildControls;
  /** Members' DMs with the bot: close them, read what the bot sent. */
  directMessages: DirectMessageControls;
  /** What the bot posted with Create Message into a channel (a server's or a DM), oldest first; no interaction replies. */
  channelMessages(channelId: string): MessageState[];
  /** Every role or nickname write the bot sent, refused ones included. */
  roleWrites: RoleWrite[];
  /** Invalid requests (401/403/429) counted for a credential (default `Bot <token>`), and a ban if any. */
  invalidRequests(authorization?: string): InvalidRequestState;
  /** Replaces the invalid-request limit and forgets the counts. */
  setInvalidRequestLimit(settings: InvalidRequestSettings): void;
  /** Request Guild Members frames left unanswered (the whole list without the GuildMembers intent). */
  refusedMemberRequests(): RefusedMemberRequest[];
  url: string;
  apiUrl: string;
  cdnUrl: string;
  gatewayUrl: string;
  token: string;
  applicationId: string;
  botUserId: string;
  /** The guilds, each with its one text channel. */
  guilds: Array<{ id: string; name: string; channelId: string }>;
  /**
   * Someone adds the bot to a server of theirs, as anyone can with a public bot's invite link: the guild
   * joins at runtime (GUILD_CREATE on the gateway session that serves it) with its owner holding an
   * Administrator role. It is then in `guilds`, and `runCommand({ guildId, user: owner })` works in it.
   */
  installGuild(input?: { name?: string; owner?: UserInput }): InstalledGuild;
  addAttachment(file: {
    name: string;
    data: Buffer | Uint8Array;
    contentType?: string;
    declaredSize?: number;
  }): Attachment;
  /**
   * Makes the CDN answer every later download of this attachment with `status` (undefined: serve it again),
   * the way a deleted message's file (404), a Cloudflare refusal (403) or an outage (5xx) answers.
   */
  failAttachment(attachment: Pick<Attachment, "url">, status: CdnFailureStatus | undefined): void;
  runCommand(input: RunCommandInput): InteractionHandle;
  autocomplete(input: AutocompleteInput, timeoutMs?: number): Promise<AutocompleteChoice[]>;
  click(message: MessageState | { id: string }, customId: string, opts?: ClickOptions): InteractionHandle;
  /**
   * A component interaction for any custom_id, even one the message does not carry (as a tampered client
   * could try; real Discord refuses those, but a bot must cope): for tests of forged or over-long ids.
   */
  forgeClick(
    message: MessageState | { id: string },
    customId: string,
    opts?: ClickOptions,
  ): InteractionHandle;
  /** Every interaction token the emulator has issued so far (secrets: they must never leak). */
  interactionTokens(): string[];
  /** How many times the CDN has served an attachment's bytes. */
  cdnDownloads(): number;
  messages: Map<string, MessageState>;
  requests: RecordedRequest[];
  violations: Violation[];
  /** Commands the bot registered: key "global" or a guild id. */
  commands: Map<string, ApplicationCommandRecord[]>;
  clock: { now(): number; advance(ms: number): void };
  /** Close the gateway socket(s) with a code (default 4000, which makes the client RESUME). */
  dropGateway(opts?: { code?: number }): void;
  /** Number of open gateway sockets that completed IDENTIFY or RESUME. */
  gatewayConnections(): number;
  /** Replaces the current REST faults (`{}` clears them); see rest/faults.ts. */
  setRestFaults(faults: RestFaultSettings): void;
  /** Replaces the rate limits (and forgets the counts so far); see rest/rate-limits.ts. */
  setRateLimits(limits: RateLimitSettings): void;
  /** The cap on edits of messages older than an hour, per channel (default 5 per 10 min); past it, 30046. */
  setOldMessageEditLimit(limit: { limit?: number; windowMs?: number }): void;
  close(): Promise<void>;
}
