import { RESTJSONErrorCodes } from "discord-api-types/v10";
import type { VirtualClock } from "../clock.js";
import type { MessageState } from "../types.js";
import { DiscordHttpError } from "./errors.js";

/** Messages older than this count against the limit on edits of old messages. */
export const OLD_MESSAGE_AGE_MS = 60 * 60_000;

export interface OldMessageEditSettings {
  /** Edits of messages older than an hour allowed per channel in the window; default 5. */
  limit: number;
  /** Default 10 minutes. */
  windowMs: number;
}

const DEFAULT_SETTINGS: OldMessageEditSettings = { limit: 5, windowMs: 10 * 60_000 };

/**
 * Discord caps edits to messages older than an hour: past the cap it answers JSON code 30046
 * "Maximum number of edits to messages older than 1 hour reached. Try again later." (discord-api-docs
 * topics/opcodes-and-status-codes, JSON error codes; discord-api-types
 * RESTJSONErrorCodes.MaximumNumberOfEditsToMessagesOlderThanOneHourReached). The size and window of the
 * cap are not published; the defaults here are an assumption, per channel.
 */
export class OldMessageEdits {
  private settings: OldMessageEditSettings = DEFAULT_SETTINGS;
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly clock: VirtualClock) {}

  set(settings: Partial<OldMessageEditSettings>): void {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.windows.clear();
  }

  /** Throws 30046 when this edit of an old message is past the cap; counts it otherwise. */
  check(message: MessageState, arrival: number): void {
    if (arrival - message.createdAt < OLD_MESSAGE_AGE_MS) return;
    let window = this.windows.get(message.channelId);
    if (!window || window.resetAt <= this.clock.now()) {
      window = { count: 0, resetAt: this.clock.now() + this.settings.windowMs };
      this.windows.set(message.channelId, window);
    }
    if (window.count >= this.settings.limit) {
      throw new DiscordHttpError(400, {
        code: RESTJSONErrorCodes.MaximumNumberOfEditsToMessagesOlderThanOneHourReached,
        message: "Maximum number of edits to messages older than 1 hour reached. Try again later.",
      });
    }
    window.count++;
  }
}
