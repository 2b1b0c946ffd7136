import { EventEmitter } from "node:events";
import type { VirtualClock } from "../clock.js";
import { errors } from "../rest/errors.js";
import type { AutocompleteChoice, EmulatedUser } from "../types.js";

/** Discord's rules: 3 s to acknowledge, then the token works for 15 minutes. */
export const ACK_WINDOW_MS = 3_000;
export const TOKEN_LIFETIME_MS = 15 * 60_000;

export interface InteractionRecord {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  payload: Record<string, unknown>;
  createdAt: number;
  commandName: string | null;
  user: EmulatedUser;
  guildId: string | null;
  channelId: string;
  /** The clicked message, for component interactions. */
  sourceMessageId: string | null;
  ack: { type: number; at: number } | null;
  /** Set once a late callback was refused: the interaction can no longer be answered. */
  dead: boolean;
  originalMessageId: string | null;
  followUpIds: string[];
  /** True once the first visible answer exists (type 4, type 7, an edit of the original, or a follow-up replacing the placeholder). */
  responded: boolean;
  modal: Record<string, unknown> | null;
  choices: AutocompleteChoice[] | null;
}

/** All interactions the emulator dispatched; emits "update" with a record whenever its state changes. */
export class InteractionRegistry extends EventEmitter {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly applicationId: string,
  ) {
    super();
    // Every pending handle.waitFor/reply listens here; many at once is normal in tests.
    this.setMaxListeners(0);
  }

  add(record: InteractionRecord): void {
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
  }

  changed(record: InteractionRecord): void {
    this.emit("update", record);
  }

  /** The interaction a callback names, checked against the 3 s and single-acknowledgement rules. */
  forCallback(id: string, token: string, arrival: number): InteractionRecord {
    const record = this.byId.get(id);
    if (!record || record.token !== token) throw errors.unknownInteraction();
    if (record.ack) throw errors.alreadyAcknowledged();
    if (record.dead || arrival - record.createdAt > ACK_WINDOW_MS) {
      if (!record.dead) {
        record.dead = true;
        this.changed(record);
      }
      throw errors.unknownInteraction();
    }
    return record;
  }

  acknowledge(record: InteractionRecord, type: number, arrival: number): void {
    record.ack = { type, at: arrival };
    this.changed(record);
  }

  /** The interaction behind a webhook token, checked against the 15 min lifetime. */
  forWebhook(applicationId: string, token: string, arrival: number): InteractionRecord {
    if (applicationId !== this.applicationId) throw errors.unknownWebhook();
    const record = this.byToken.get(token);
    if (!record || arrival - record.createdAt > TOKEN_LIFETIME_MS) throw errors.invalidWebhookToken();
    if (!record.ack) throw errors.unknownWebhook();
    return record;
  }

  /** The interaction a token belongs to, without any rule checks. */
  withToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  tokens(): string[] {
    return [...this.byToken.keys()];
  }

  isToken(value: string): boolean {
    return this.byToken.has(value);
  }

  now(): number {
    return this.clock.now();
  }
}
