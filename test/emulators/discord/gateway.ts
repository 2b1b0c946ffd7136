import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import type { EmulatorContext } from "./context.js";
import { botRoleIds, guildCreatePayload, guildMember, type SeededGuild } from "./world.js";

const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Intents Discord only grants when enabled in the developer portal: GuildMembers, GuildPresences, MessageContent. */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
/** Events kept per session for replay on RESUME. */
const REPLAY_BUFFER = 1000;
const GUILD_MEMBERS_INTENT = 1 << 1;
/**
 * "Apps can send 120 gateway events per connection every 60 seconds … Apps that surpass the limit are
 * immediately disconnected from the Gateway" with close code 4008 Rate limited (discord-api-docs
 * topics/gateway, "Rate Limiting"; topics/opcodes-and-status-codes, Gateway Close Event Codes).
 */
const SEND_LIMIT = 120;
const SEND_WINDOW_MS = 60_000;
/** Request Guild Members takes at most 100 user_ids (discord-api-docs topics/gateway-events). */
const MAX_REQUESTED_USER_IDS = 100;
/** Members per GUILD_MEMBERS_CHUNK (discord-api-docs topics/gateway-events, Guild Members Chunk). */
const CHUNK_SIZE = 1000;

/** A Request Guild Members Discord did not answer, and why. */
export interface RefusedMemberRequest {
  guildId: string;
  reason: string;
}

interface DispatchFrame {
  op: 0;
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  buffer: DispatchFrame[];
  socket: WebSocket | null;
  intents: number;
}

export interface GatewayOptions {
  heartbeatIntervalMs: number;
  /** Privileged intents the "portal" allows; others close the socket with 4014. */
  allowedPrivilegedIntents: number;
  /** Real milliseconds between one GUILD_CREATE and the next after READY (Discord streams them in). */
  guildCreateIntervalMs: number;
  /** Guilds that stay unavailable (an outage): listed in READY, never followed by a GUILD_CREATE. */
  unavailableGuildIds: ReadonlySet<string>;
}

/**
 * The gateway: HELLO, IDENTIFY → READY + GUILD_CREATE per guild, heartbeat ACKs, RESUME with replay
 * of missed events, and dispatches with increasing sequence numbers. JSON encoding only, no zlib-stream
 * (discord.js asks for it only when the optional zlib-sync package is installed).
 */
export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly identified = new Set<WebSocket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sends = new WeakMap<WebSocket, { count: number; windowEnds: number }>();
  /** Request Guild Members frames the emulator, as Discord, left unanswered. */
  readonly refusedMemberRequests: RefusedMemberRequest[] = [];

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly options: GatewayOptions,
  ) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
  }

  /** Sends an event to the session that owns the guild (shard by guild id), or the first session for DMs. */
  dispatch(t: string, d: unknown, guildId: string | null): void {
    const session = this.sessionFor(guildId);
    if (!session) throw new Error("no gateway session: log the client in before dispatching interactions");
    this.dispatchTo(session, t, d);
  }

  /**
   * Sends an event to every session that holds the guild's shard. Real Discord does not stop two
   * processes from identifying with the same shard (a rolling deploy, or the bot started twice), and
   * each session then receives the same interactions; only the first acknowledgement is accepted.
   */
  dispatchToEverySession(t: string, d: unknown, guildId: string | null): void {
    const holders = [...this.sessions.values()].filter(
      (s) =>
        s.socket !== null &&
        (guildId === null ? s.shard[0] === 0 : shardOf(guildId, s.shard[1]) === s.shard[0]),
    );
    if (holders.length === 0)
      throw new Error("no gateway session: log the client in before dispatching interactions");
    for (const session of holders) this.dispatchTo(session, t, d);
  }

  /** Sends a guild event only if the session serving the guild identified with `intent` (as Discord filters). */
  dispatchGuildEvent(t: string, d: unknown, guildId: string, intent: number): void {
    const session = this.sessionFor(guildId);
    if (session && (session.intents & intent) === intent) this.dispatchTo(session, t, d);
  }

  drop(code: number): void {
    for (const session of this.sessions.values()) {
      const socket = session.socket;
      session.socket = null;
      if (socket) {
        this.identified.delete(socket);
        socket.close(code, "dropped by the emulator");
      }
    }
  }

  openConnections(): number {
    return this.identified.size;
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private sessionFor(guildId: string | null): Session | undefined {
    const sessions = [...this.sessions.values()].reverse();
    if (guildId === null) return sessions.find((s) => s.shard[0] === 0) ?? sessions[0];
    return sessions.find((s) => shardOf(guildId, s.shard[1]) === s.shard[0]);
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? "/", "http://emulator.local").searchParams;
    if (query.get("v") !== "10") {
      ws.close(4012, "Invalid API version");
      return;
    }
    if ((query.get("encoding") ?? "json") !== "json" || query.has("compress")) {
      ws.close(4002, "Only encoding=json without compress is emulated");
      return;
    }
    send(ws, { op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
    ws.on("message", (raw, isBinary) => {
      let frame: { op?: unknown; d?: unknown };
      try {
        frame = JSON.parse(isBinary ? Buffer.from(raw as Buffer).toString("utf8") : String(raw));
      } catch {
        ws.close(4002, "Error while decoding payload");
        return;
      }
      this.onFrame(ws, frame);
    });
    ws.on("close", () => {
      this.identified.delete(ws);
      for (const session of this.sessions.values()) {
        if (session.socket === ws) session.socket = null;
      }
    });
  }

  /** True (and the socket closed with 4008) when this frame exceeds the 120 per 60 s limit. */
  private overSendLimit(ws: WebSocket): boolean {
    const now = this.ctx.clock.now();
    let window = this.sends.get(ws);
    if (!window || window.windowEnds <= now) {
      window = { count: 0, windowEnds: now + SEND_WINDOW_MS };
      this.sends.set(ws, window);
    }
    window.count++;
    if (window.count <= SEND_LIMIT) return false;
    ws.close(4008, "Rate limited.");
    return true;
  }

  private onFrame(ws: WebSocket, frame: { op?: unknown; d?: unknown }): void {
    if (this.overSendLimit(ws)) return;
    switch (frame.op) {
      case Op.Heartbeat:
        send(ws, { op: Op.HeartbeatAck, d: null, s: null, t: null });
        return;
      case Op.Identify:
        this.identify(ws, frame.d as Record<string, unknown>);
        return;
      case Op.Resume:
        this.resume(ws, frame.d as Record<string, unknown>);
        return;
      case Op.RequestGuildMembers:
        if (!this.identified.has(ws)) ws.close(4003, "Not authenticated");
        else this.requestGuildMembers(ws, frame.d as Record<string, unknown> | undefined);
        return;
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
        if (!this.identified.has(ws)) ws.close(4003, "Not authenticated");
        return;
      default:
        ws.close(4001, "Unknown opcode");
    }
  }

  private tokenMatches(token: unknown): boolean {
    return typeof token === "string" && token.replace(/^Bot /, "") === this.ctx.token;
  }

  private identify(ws: WebSocket, d: Record<string, unknown> | undefined): void {
    if (this.identified.has(ws)) {
      ws.close(4005, "Already authenticated");
      return;
    }
    if (!d || !this.tokenMatches(d.token)) {
      ws.close(4004, "Authentication failed");
      return;
    }
    const intents = typeof d.intents === "number" ? d.intents : Number.NaN;
    if (!Number.isInteger(intents) || intents < 0) {
      ws.close(4013, "Invalid intent(s)");
      return;
    }
    if (intents & PRIVILEGED_INTENTS & ~this.options.allowedPrivilegedIntents) {
      ws.close(4014, "Disallowed intent(s)");
      return;
    }
    const shardInput = Array.isArray(d.shard) ? d.shard : [0, 1];
    const shard: [number, number] = [Number(shardInput[0] ?? 0), Number(shardInput[1] ?? 1)];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      ws.close(4010, "Invalid shard");
      return;
    }
    const session: Session = {
      id: randomBytes(16).toString("hex"),
      shard,
      seq: 0,
      buffer: [],
      socket: ws,
      intents,
    };
    this.sessions.set(session.id, session);
    this.identified.add(ws);
    const guilds = this.ctx.guilds.filter((guild) => shardOf(guild.id, shard[1]) === shard[0]);
    this.dispatchTo(session, "READY", {
      v: 10,
      user: { ...this.ctx.bot, verified: true, mfa_enabled: false, flags: 0, email: null },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      session_type: "normal",
      resume_gateway_url: this.ctx.gatewayUrl(),
      shard,
      application: { id: this.ctx.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      auth: {},
    });
    this.streamGuilds(session, guilds);
  }

  /**
   * Discord sends READY with every guild unavailable, then one GUILD_CREATE per guild over the next
   * seconds (lazy loading); guilds in an outage stay unavailable. discord.js holds back
   * INTERACTION_CREATE until every guild arrived or `waitGuildTimeout` passed after the last one.
   */
  private streamGuilds(session: Session, guilds: SeededGuild[]): void {
    const available = guilds.filter((guild) => !this.options.unavailableGuildIds.has(guild.id));
    const sendNext = (index: number): void => {
      const guild = available[index];
      if (!guild || !this.sessions.has(session.id)) return;
      this.dispatchTo(session, "GUILD_CREATE", guildCreatePayload(guild, this.ctx.bot, this.ctx.joinedAt));
      this.later(() => sendNext(index + 1), this.options.guildCreateIntervalMs);
    };
    this.later(() => sendNext(0), this.options.guildCreateIntervalMs);
  }

  private later(run: () => void, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, delayMs);
    this.timers.add(timer);
  }

  private resume(ws: WebSocket, d: Record<string, unknown> | undefined): void {
    const session = typeof d?.session_id === "string" ? this.sessions.get(d.session_id) : undefined;
    if (!d || !this.tokenMatches(d.token)) {
      ws.close(4004, "Authentication failed");
      return;
    }
    if (!session) {
      send(ws, { op: Op.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const after = typeof d.seq === "number" ? d.seq : 0;
    if (session.socket && session.socket !== ws) {
      this.identified.delete(session.socket);
      session.socket.close(4009, "Session taken over by a resume");
    }
    session.socket = ws;
    this.identified.add(ws);
    for (const frame of session.buffer) {
      if (frame.s > after) send(ws, frame);
    }
    this.dispatchTo(session, "RESUMED", null);
  }

  /**
   * Op 8 (discord-api-docs topics/gateway-events, Request Guild Members): with `user_ids` (≤ 100) the
   * members found, in GUILD_MEMBERS_CHUNKs, and the ids not found in `not_found`; a prefix `query` up to
   * `limit` (≤ 100) members. "GUILD_MEMBERS intent is required to request the entire member list—that is,
   * passing query='' and limit=0": without it Discord sends nothing back, which discord.js reports as a
   * GuildMembersTimeout. More than 100 user_ids is an invalid payload (close 4002 here; an assumption).
   */
  private requestGuildMembers(ws: WebSocket, d: Record<string, unknown> | undefined): void {
    const session = [...this.sessions.values()].find((candidate) => candidate.socket === ws);
    const guild = this.ctx.guilds.find((candidate) => candidate.id === d?.guild_id);
    if (!session || !guild || !d) return;
    const nonce = typeof d.nonce === "string" && d.nonce.length <= 32 ? d.nonce : undefined;
    const all = [
      { user: this.ctx.bot, roles: botRoleIds(guild, this.ctx.bot.id), nick: null },
      ...guild.members,
    ];
    let members: typeof all;
    let notFound: string[] = [];
    if (d.user_ids !== undefined) {
      const ids = (Array.isArray(d.user_ids) ? d.user_ids : [d.user_ids]).map(String);
      if (ids.length > MAX_REQUESTED_USER_IDS) {
        ws.close(4002, "Error while decoding payload");
        return;
      }
      members = all.filter((member) => ids.includes(member.user.id));
      notFound = ids.filter((id) => !members.some((member) => member.user.id === id));
    } else {
      const query = typeof d.query === "string" ? d.query.toLowerCase() : "";
      const limit = typeof d.limit === "number" ? d.limit : 0;
      if (query === "" && limit === 0 && (session.intents & GUILD_MEMBERS_INTENT) === 0) {
        this.refusedMemberRequests.push({
          guildId: guild.id,
          reason: "the whole member list needs the GUILD_MEMBERS intent",
        });
        return;
      }
      const matching = all.filter((member) => member.user.username.toLowerCase().startsWith(query));
      members = limit === 0 ? matching : matching.slice(0, Math.min(limit, MAX_REQUESTED_USER_IDS));
    }
    const chunkCount = Math.max(1, Math.ceil(members.length / CHUNK_SIZE));
    for (let index = 0; index < chunkCount; index++) {
      this.dispatchTo(session, "GUILD_MEMBERS_CHUNK", {
        guild_id: guild.id,
        members: members
          .slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE)
          .map((member) => guildMember(member.user, this.ctx.joinedAt, member.roles, member.nick ?? null)),
        chunk_index: index,
        chunk_count: chunkCount,
        ...(index === 0 && notFound.length > 0 ? { not_found: notFound } : {}),
        ...(nonce === undefined ? {} : { nonce }),
      });
    }
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const frame: DispatchFrame = { op: Op.Dispatch, s: session.seq, t, d };
    session.buffer.push(frame);
    if (session.buffer.length > REPLAY_BUFFER) session.buffer.shift();
    if (session.socket) send(session.socket, frame);
  }
}

function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

function send(ws: WebSocket, payload: unknown): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
}
