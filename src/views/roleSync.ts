import type { Translator } from "../i18n/translator.js";
import type { SyncWording } from "../services/sync/index.js";
import { auditLines, auditReason } from "./verify.js";

/** How a sync nobody ran a command for reads, in the audit log and the audit channel. */
export function syncWording(t: Translator): SyncWording {
  const by = (cause: "schedule" | "link") => t.t(`verify.by.${cause}`);
  return {
    reason: (cause, added, removed) => auditReason(t, by(cause), added, removed),
    lines: (cause, result, userId) => {
      if (result.kind !== "synced") return undefined;
      // A role the bot cannot give is said once, by the doctor and /verify, not at every pass.
      const said = cause === "schedule" ? { ...result, blocked: [] } : result;
      return auditLines(t, said, `<@${userId}>`, by(cause));
    },
  };
}
