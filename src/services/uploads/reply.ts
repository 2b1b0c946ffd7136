import {
  type API,
  RESTJSONErrorCodes,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from "@discordjs/core/http-only";
import { DiscordAPIError } from "@discordjs/rest";
import type { Logger } from "../../logger.js";
import type { EditBudget } from "./editBudget.js";

/** Discord keeps an interaction token usable for 15 minutes after the interaction was created. */
export const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Stop editing progress this long before the token dies, to leave room for the last message. */
export const TOKEN_MARGIN_MS = 60_000;
/** Progress within a stage is shown at most this often. */
export const PROGRESS_INTERVAL_MS = 3_000;

const GONE_CODES: ReadonlySet<number | string> = new Set([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InvalidWebhookToken,
  RESTJSONErrorCodes.UnknownWebhook,
  RESTJSONErrorCodes.UnknownMessage,
]);

export interface ReplyTarget {
  readonly applicationId: string;
  /** The server the upload runs in: its uploads share one budget of progress edits. */
  readonly guildId: string;
  /** Gone once the reply is closed: the record keeps no token it no longer needs. */
  readonly interactionToken?: string | undefined;
  /** Discord's time of the interaction (from its ID), ms. */
  readonly interactionCreatedAt: number;
}

/** A message body for the interaction's original reply. */
export type ReplyBody = RESTPatchAPIWebhookWithTokenMessageJSONBody;

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

  constructor(
    private readonly api: API,
    private readonly target: ReplyTarget,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    private readonly budget?: EditBudget,
  ) {}

  /** False once the reply can no longer be edited. */
  get open(): boolean {
    return this.#open;
  }

  /** Milliseconds until the token expires, by Discord's clock as last seen. */
  remainingMs(): number {
    return this.target.interactionCreatedAt + TOKEN_LIFETIME_MS - (this.now() + this.#serverOffsetMs);
  }

  /** True while there is time left for progress edits (more than the margin). */
  hasTimeForProgress(): boolean {
    return this.#open && this.remainingMs() > TOKEN_MARGIN_MS;
  }

  /** Shows progress; skipped when the last edit was less than PROGRESS_INTERVAL_MS ago, unless forced. */
  progress(body: ReplyBody, force = false): Promise<void> {
    if (!this.hasTimeForProgress()) return this.#chain;
    if (!force && this.now() - this.#lastSentAt < PROGRESS_INTERVAL_MS) return this.#chain;
    if (this.budget && !this.budget.take(this.target.guildId)) return this.#chain;
    return this.enqueue(body);
  }

  /** The last word: sent while the token still works at all. */
  final(body: ReplyBody): Promise<void> {
    if (!this.#open || this.remainingMs() <= 0) {
      this.#open = false;
      return this.#chain;
    }
    return this.enqueue(body);
  }

  /** No more edits after this one is sent. */
  close(): void {
    this.#open = false;
  }

  settled(): Promise<void> {
    return this.#chain;
  }

  private enqueue(body: ReplyBody): Promise<void> {
    this.#lastSentAt = this.now();
    this.#chain = this.#chain.then(() => this.send(body));
    return this.#chain;
  }

  private async send(body: ReplyBody): Promise<void> {
    if (!this.#open) return;
    const token = this.target.interactionToken;
    if (token === undefined) {
      this.#open = false;
      return;
    }
    try {
      const message = await this.api.webhooks.editMessage(
        this.target.applicationId,
        token,
        "@original",
        body,
      );
      const edited =
        typeof message.edited_timestamp === "string" ? Date.parse(message.edited_timestamp) : Number.NaN;
      if (Number.isFinite(edited)) this.#serverOffsetMs = edited - this.now();
    } catch (error) {
      // Never log the error itself: its URL carries the interaction token.
      const code = error instanceof DiscordAPIError ? error.code : undefined;
      const status = error instanceof DiscordAPIError ? error.status : undefined;
      // Discord's rate-limit docs: a webhook that answered 404 must not be used again (apps that keep
      // trying are restricted), whether or not the answer carries an error code.
      if (status === 404 || (code !== undefined && GONE_CODES.has(code))) {
        this.#open = false;
        this.logger.info({ code }, "the upload reply can no longer be edited");
      } else {
        this.logger.warn(
          { code, status, errorName: (error as Error)?.name },
          "could not edit the upload reply",
        );
      }
    }
  }
}
