import { UserError } from "../../errors.js";
import { message } from "../../i18n/types.js";
import type { Logger } from "../../logger.js";
import type { UploadJob, UploadJobStore, UploadProgress, UploadResult } from "./jobs.js";
import type { UploadLimits } from "./limits.js";
import type { UploadLogChannel } from "./logChannel.js";
import type { DirectMessenger, ModerationFollower } from "./moderation.js";
import type { ReplyBody, ReplyEditor, ReplyEditors } from "./reply.js";

/** Where a rendered upload is shown: the interaction's reply, or a DM outside the interaction. */
export type UploadAudience = "reply" | "dm";
export type UploadRenderer = (
  job: UploadJob,
  progress?: UploadProgress,
  audience?: UploadAudience,
) => ReplyBody;

/** One upload as the steps carry it: its record, its reply's editor, and its log. */
export interface Upload {
  readonly job: UploadJob;
  readonly editor: ReplyEditor;
  readonly log: Logger;
}

export interface UploadRecorderOptions {
  readonly records: UploadJobStore;
  readonly limits: UploadLimits;
  readonly moderation: ModerationFollower;
  readonly editors: ReplyEditors;
  readonly render: UploadRenderer;
  readonly logger: Logger;
  readonly logChannel: UploadLogChannel;
  /** Tells the uploader a result their reply can no longer show. */
  readonly directMessages: DirectMessenger;
}

/** How an upload's record, reply and quotas end, whichever step ends it. */
export class UploadRecorder {
  readonly #options: UploadRecorderOptions;

  constructor(options: UploadRecorderOptions) {
    this.#options = options;
  }

  /** The upload with an editor for its reply (closed at once when the reply can no longer be edited). */
  open(job: UploadJob): Upload {
    const log = this.#options.logger.child({ uploadJob: job.id });
    return { job, log, editor: this.#options.editors.open(job, log) };
  }

  /** A refusal before anything was sent: recorded in the job, the cooldown and cap given back, the reply left to the router. */
  async refuse({ job, editor }: Upload, error: unknown): Promise<void> {
    editor.close();
    await editor.settled();
    const reason = error instanceof UserError ? error.text : message("upload.unreadable");
    job.stage = "finished";
    job.replyOpen = false;
    job.result = { kind: "failed", reason, nothingSent: true };
    await this.#options.records.save(job);
    await this.giveBack(job);
  }

  /** Nothing reached Roblox: the member's cooldown and the server's daily cap are given back. */
  async giveBack(job: UploadJob): Promise<void> {
    await this.#options.limits.giveBack(job.userId, job.guildId).catch(() => undefined);
  }

  /**
   * The result, in the record and the reply's last edit (a DM when the reply's token has expired, or the
   * reply is gone); a result still Reviewing is followed, and told once moderation decides.
   */
  async finish({ job, editor, log }: Upload, result: UploadResult): Promise<void> {
    job.stage = "finished";
    job.result = result;
    await editor.final(this.#options.render(job));
    job.replyOpen = editor.open;
    if (result.kind === "reviewing") this.#options.moderation.begin(job);
    else if (!editor.open) await this.#tellByDm(job, log);
    await this.#options.records.save(job);
    if (job.moderation !== undefined) await this.#options.moderation.schedule(job);
    else await this.#options.logChannel.posted(job);
  }

  /** The result by DM, in the member's language; a refused DM is recorded and logged, never thrown. */
  async #tellByDm(job: UploadJob, log: Logger): Promise<void> {
    const sent = await this.#options.directMessages(job.userId, this.#options.render(job, {}, "dm"));
    if (sent.ok) job.told = "dm";
    else if (sent.closed) {
      job.told = "dm-closed";
      log.info("the uploader does not take direct messages; the result is in /uploads");
    } else {
      job.told = "dm-failed";
      log.warn({ code: sent.code, status: sent.status }, "could not send the upload result by DM");
    }
  }
}
