import type { UploadJob } from "./jobs.js";

/** The states the upload log can be filtered by: the moderation verdict, or how the upload ended. */
export const UPLOAD_LOG_STATES = [
  "approved",
  "reviewing",
  "rejected",
  "failed",
  "interrupted",
  "in-progress",
] as const;
export type UploadLogState = (typeof UPLOAD_LOG_STATES)[number];

/** Where an upload stands for the log: its final moderation state once it is finished. */
export function logStateOf(job: UploadJob): UploadLogState {
  const result = job.result;
  if (job.stage !== "finished" || result === undefined) return "in-progress";
  if (result.kind === "timeout") return "reviewing";
  return result.kind;
}

export interface UploadLogFilter {
  readonly guildId: string;
  /** Only this member's uploads (in this server). */
  readonly memberId?: string | undefined;
  readonly state?: UploadLogState | undefined;
  /** Only uploads created at or after this time (ms). */
  readonly since?: number | undefined;
  readonly limit: number;
}

/** The entries of `pool` (newest first) the filter keeps, at most `limit`. */
export function filterLog(pool: readonly UploadJob[], filter: UploadLogFilter): UploadJob[] {
  return pool
    .filter(
      (job) =>
        job.guildId === filter.guildId &&
        (filter.memberId === undefined || job.userId === filter.memberId) &&
        (filter.state === undefined || logStateOf(job) === filter.state) &&
        (filter.since === undefined || job.createdAt >= filter.since),
    )
    .slice(0, filter.limit);
}
