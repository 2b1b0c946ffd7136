import type { Logger } from "../../logger.js";
import { EditBudget } from "./editBudget.js";

/** Discord keeps an interaction token usable for 15 minutes after the interaction was created. */
export const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Stop editing progress this long before the token dies, to leave room for the last message. */
export const TOKEN_MARGIN_MS = 60_000;
/** Progress within a stage is shown at most this often. */
export const PROGRESS_INTERVAL_MS = 3_000;

export interface ReplyTarget {
  readonly applicationId: string;
  /** The server the upload runs in: its uploads share one budget of progress edits. */
  readonly guildId: string;
  /** Gone once the reply is closed: the record keeps no token it no longer needs. */
  readonly interactionToken?: string | undefined;
  /** Discord's time of the interaction (from its ID), ms. */
  readonly interactionCreatedAt: number;
}

/**
 * A message body for the interaction's original reply, as the upload renderer builds it. Services keep
 * it opaque; the Discord adapter (src/discord/replyWebhook.ts) sends it as Discord's typed edit body.
 */
export type ReplyBody = object;

/** What became of one edit of the reply. */
export type ReplyEditOutcome =
  | {
      readonly ok: true;
      /** The message's `edited_timestamp` by Discord's clock, ms, when the answer carried one. */
      readonly editedAt: number | undefined;
    }
  | {
      readonly ok: false;
      /** The reply can never be edited again: the token expired, or the webhook or message is gone. */
      readonly gone: boolean;
      readonly code: number | string | undefined;
      readonly status: number | undefined;
      readonly errorName: string | undefined;
    };

/** Which reply to edit: the application and a live interaction token. */
export interface ReplyAddress {
  readonly applicationId: string;
  readonly interactionToken: string;
}

/** Edits an interaction's original reply through its webhook. Never throws; never returns the token. */
export type ReplyWebhook = (address: ReplyAddress, body: ReplyBody) => Promise<ReplyEditOutcome>;

/**
 * Edits an interaction's original reply through its webhook, one edit at a time, throttled, and
 * knows how long the token has left. The token's clock is Discord's: every edit answers with the
 * message's `edited_timestamp`, which keeps the estimate right even if this host's clock is off.
 */
export class ReplyEditor {
  #open = true;
  #serverOffsetMs = 0;
  #lastSentAt = Number.NEGATIVE_INFINITY;
  #chain: Promise<void> = Promise.resolve();

  readonly #webhook: ReplyWebhook;
  readonly #target: ReplyTarget;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #budget: EditBudget | undefined;

  constructor(
    webhook: ReplyWebhook,
    target: ReplyTarget,
    logger: Logger,
    now: () => number = Date.now,
    budget?: EditBudget,
  ) {
    this.#webhook = webhook;
    this.#target = target;
    this.#logger = logger;
    this.#now = now;
    this.#budget = budget;
  }

  /** False once the reply can no longer be edited. */
  get open(): boolean {
    return this.#open;
  }

  /** Milliseconds until the token expires, by Discord's clock as last seen. */
  remainingMs(): number {
    return this.#target.interactionCreatedAt + TOKEN_LIFETIME_MS - (this.#now() + this.#serverOffsetMs);
  }

  /** True while there is time left for progress edits (more than the margin). */
  hasTimeForProgress(): boolean {
    return this.#open && this.remainingMs() > TOKEN_MARGIN_MS;
  }

  /** Shows progress; skipped when the last edit was less than PROGRESS_INTERVAL_MS ago, unless forced. */
  progress(body: ReplyBody, force = false): Promise<void> {
    if (!this.hasTimeForProgress()) return this.#chain;
    if (!force && this.#now() - this.#lastSentAt < PROGRESS_INTERVAL_MS) return this.#chain;
    if (this.#budget && !this.#budget.take(this.#target.guildId)) return this.#chain;
    return this.#enqueue(body);
  }

  /** The last word: sent while the token still works at all. */
  final(body: ReplyBody): Promise<void> {
    if (!this.#open || this.remainingMs() <= 0) {
      this.#open = false;
      return this.#chain;
    }
    return this.#enqueue(body);
  }

  /** No more edits after this one is sent. */
  close(): void {
    this.#open = false;
  }

  settled(): Promise<void> {
    return this.#chain;
  }

  #enqueue(body: ReplyBody): Promise<void> {
    this.#lastSentAt = this.#now();
    this.#chain = this.#chain.then(() => this.#send(body));
    return this.#chain;
  }

  async #send(body: ReplyBody): Promise<void> {
    if (!this.#open) return;
    const token = this.#target.interactionToken;
    if (token === undefined) {
      this.#open = false;
      return;
    }
    const address = { applicationId: this.#target.applicationId, interactionToken: token };
    const outcome = await this.#webhook(address, body);
    if (outcome.ok) {
      if (outcome.editedAt !== undefined) this.#serverOffsetMs = outcome.editedAt - this.#now();
      return;
    }
    if (outcome.gone) {
      this.#open = false;
      this.#logger.info({ code: outcome.code }, "the upload reply can no longer be edited");
    } else {
      const { code, status, errorName } = outcome;
      this.#logger.warn({ code, status, errorName }, "could not edit the upload reply");
    }
  }
}

/** An upload's reply as its record knows it: where it is, and whether it can still be edited. */
interface OpenableReply extends ReplyTarget {
  replyOpen: boolean;
}

/**
 * Opens reply editors over the one webhook adapter, all sharing the process's budget of progress
 * edits per server. Built once in the composition root.
 */
export class ReplyEditors {
  readonly webhook: ReplyWebhook;
  readonly #now: () => number;
  readonly #budget: EditBudget;

  constructor(webhook: ReplyWebhook, now: () => number = Date.now) {
    this.webhook = webhook;
    this.#now = now;
    this.#budget = new EditBudget(now);
  }

  /** An editor for this upload's reply; closed from the start when the reply can no longer be edited. */
  open(reply: OpenableReply, logger: Logger): ReplyEditor {
    if (reply.interactionToken === undefined) reply.replyOpen = false;
    this.#budget.sweep();
    const editor = new ReplyEditor(this.webhook, reply, logger, this.#now, this.#budget);
    if (!reply.replyOpen) editor.close();
    return editor;
  }
}
