import type { Keyv } from "keyv";
import type { UploadJob, UploadJobStore } from "./jobs.js";

/** Where releases before the job engine kept upload jobs, in the store's `jobs` namespace. */
const LEGACY_ACTIVE = "upload-active";
const legacyJobKey = (id: string) => `upload:${id}`;
const legacyUserKey = (userId: string) => `upload-user:${userId}`;

/**
 * Carries upload jobs written by a release before the job engine (records in keyv, read-modify-
 * write lists) over to the store primitives, once: each record is created in the new form if it is
 * not there yet, indexed, and removed from keyv (with the old lists). Unfinished ones are returned,
 * for the caller to queue as jobs. Safe to run on every start and from several processes at once.
 */
export async function carryOverLegacyUploads(legacy: Keyv, uploads: UploadJobStore): Promise<UploadJob[]> {
  const ids = new Set<string>(stringList(await legacy.get(LEGACY_ACTIVE)));
  if (legacy.iterator) {
    for await (const [key] of legacy.iterator(undefined)) {
      if (typeof key === "string" && key.startsWith("upload:")) ids.add(key.slice("upload:".length));
    }
  }
  const unfinished: UploadJob[] = [];
  const users = new Set<string>();
  for (const id of ids) {
    const job = (await legacy.get(legacyJobKey(id))) as UploadJob | undefined;
    if (job && typeof job.id === "string" && typeof job.userId === "string") {
      users.add(job.userId);
      if (await uploads.create(job)) {
        if (job.stage === "finished") await uploads.save(job);
        else unfinished.push(job);
      }
    }
    await legacy.delete(legacyJobKey(id));
  }
  for (const userId of users) await legacy.delete(legacyUserKey(userId));
  await legacy.delete(LEGACY_ACTIVE);
  return unfinished;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
}
