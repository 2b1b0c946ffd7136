import type { Logger } from "../../logger.js";
import type { UploadJob } from "./jobs.js";
import type { ReplyBody } from "./reply.js";

/** Posts a message in a channel as the bot; true when Discord took it. */
export type ChannelPoster = (channelId: string, body: ReplyBody) => Promise<boolean>;

export interface UploadLogChannelOptions {
  /** The server's log channel (its /settings, else the operator's default); undefined: none. */
  readonly channelOf: (guildId: string) => Promise<string | undefined>;
  readonly post: ChannelPoster;
  readonly render: (job: UploadJob) => ReplyBody;
  readonly logger: Logger;
}

/** The server's upload log channel: each upload is posted once it has its final state. */
export class UploadLogChannel {
  readonly #options: UploadLogChannelOptions;

  constructor(options: UploadLogChannelOptions) {
    this.#options = options;
  }

  /** Posts the finished upload where its server asked; a failed post is logged, never thrown. */
  async posted(job: UploadJob): Promise<void> {
    const channelId = await this.#options.channelOf(job.guildId).catch(() => undefined);
    if (channelId === undefined) {
      return;
    }
    const ok = await this.#options.post(channelId, this.#options.render(job)).catch(() => false);
    if (!ok)
      this.#options.logger.warn({ uploadJob: job.id, channelId }, "could not post to the upload log channel");
  }
}
