import { userError } from "../../errors.js";
import type { StorePrimitives } from "../../store/primitives/index.js";

/** Where a value of a server's upload switches comes from: its own /settings, or the operator's defaults. */
export type SettingSource = "server" | "default";

/** A server's upload switches, as /settings shows them and the upload steps use them. */
export interface UploadServerSettings {
  /** Where finished uploads are posted; undefined: nowhere. */
  readonly logChannelId: string | undefined;
  readonly logChannelFrom: SettingSource;
  /** Where uploads wait for staff when approval is required; undefined: none. */
  readonly reviewChannelId: string | undefined;
  readonly reviewChannelFrom: SettingSource;
  readonly approvalRequired: boolean;
  readonly approvalFrom: SettingSource;
}

/** Whether a server's uploads wait for staff, and in which channel. */
export interface ServerReview {
  readonly required: boolean;
  readonly channelId: string | undefined;
}

/** The operator's defaults (`UPLOAD_LOG_CHANNELS`, `UPLOAD_APPROVAL_CHANNELS`): server ID → channel. */
export interface UploadSettingDefaults {
  readonly logChannels: Readonly<Record<string, string>>;
  readonly approvalChannels: Readonly<Record<string, string>>;
}

/** Stored for a channel switch turned off, so the operator's default no longer applies. */
const OFF = "off";
const logChannelKey = (guildId: string) => `settings:${guildId}:uploadLogChannel`;
const reviewChannelKey = (guildId: string) => `settings:${guildId}:uploadReviewChannel`;
const approvalKey = (guildId: string) => `settings:${guildId}:uploadApproval`;

function channel(stored: string | undefined, fallback: string | undefined) {
  if (stored === undefined) return { id: fallback, from: "default" as const };
  return { id: stored === OFF ? undefined : stored, from: "server" as const };
}

/**
 * The upload log channel, the review channel and "approval required", per server: what a server set with
 * /settings, each switch its own key, else the operator's defaults from the config.
 */
export class UploadSettings {
  readonly #primitives: StorePrimitives;
  readonly #defaults: UploadSettingDefaults;

  constructor(primitives: StorePrimitives, defaults: UploadSettingDefaults) {
    this.#primitives = primitives;
    this.#defaults = defaults;
  }

  async of(guildId: string): Promise<UploadServerSettings> {
    const [log, review, approval] = await Promise.all([
      this.#primitives.get(logChannelKey(guildId)),
      this.#primitives.get(reviewChannelKey(guildId)),
      this.#primitives.get(approvalKey(guildId)),
    ]);
    const defaultReview = this.#defaults.approvalChannels[guildId];
    const logChannel = channel(log, this.#defaults.logChannels[guildId]);
    const reviewChannel = channel(review, defaultReview);
    return {
      logChannelId: logChannel.id,
      logChannelFrom: logChannel.from,
      reviewChannelId: reviewChannel.id,
      reviewChannelFrom: reviewChannel.from,
      approvalRequired: approval === undefined ? defaultReview !== undefined : approval === "on",
      approvalFrom: approval === undefined ? "default" : "server",
    };
  }

  /** The channel the server's finished uploads are posted in, if any. */
  async logChannelOf(guildId: string): Promise<string | undefined> {
    return (await this.of(guildId)).logChannelId;
  }

  /** Whether the server's uploads wait for staff, and where. */
  async reviewOf(guildId: string): Promise<ServerReview> {
    const settings = await this.of(guildId);
    return { required: settings.approvalRequired, channelId: settings.reviewChannelId };
  }

  /** Sets the upload log channel; undefined turns it off. */
  setLogChannel(guildId: string, channelId: string | undefined): Promise<void> {
    return this.#primitives.set(logChannelKey(guildId), channelId ?? OFF);
  }

  /** Sets the review channel; undefined clears it, refused while approval is required (uploads would skip review). */
  async setReviewChannel(guildId: string, channelId: string | undefined): Promise<void> {
    if (channelId === undefined && (await this.of(guildId)).approvalRequired)
      throw userError("settings.uploads.reviewChannelNeeded");
    await this.#primitives.set(reviewChannelKey(guildId), channelId ?? OFF);
  }

  /** Turns "approval required" on (refused without a review channel) or off. */
  async setApprovalRequired(guildId: string, on: boolean): Promise<void> {
    if (on && (await this.of(guildId)).reviewChannelId === undefined)
      throw userError("settings.uploads.noReviewChannel");
    await this.#primitives.set(approvalKey(guildId), on ? "on" : "off");
  }
}
