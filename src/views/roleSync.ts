import type { APIEmbed } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { Preview, SyncWording } from "../services/sync/index.js";
import { roleMention } from "./binds.js";
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

/** /binds preview: each member who would change, with the roles gained and lost. */
export function previewEmbed(t: Translator, preview: Preview): APIEmbed {
  const rows = preview.changes.map((change) =>
    t.t("binds.preview.row", {
      member: `<@${change.userId}>`,
      changes: [
        ...change.added.map((role) => `+${roleMention(role.roleId)}`),
        ...change.removed.map((role) => `−${roleMention(role.roleId)}`),
      ].join(" "),
    }),
  );
  const notes = [
    t.t("binds.preview.summary", {
      checked: preview.checked,
      total: preview.total,
      changing: preview.changes.length,
    }),
    ...(preview.ownershipSkipped ? [t.t("binds.preview.ownership")] : []),
  ];
  const body = rows.length === 0 ? [t.t("binds.preview.none")] : rows;
  // The notes stay whole; the rows are cut to what fits beside them.
  const room = 4096 - notes.join("\n").length - 2;
  return {
    title: t.t("binds.preview.title"),
    description: `${body.join("\n").slice(0, room)}\n\n${notes.join("\n")}`,
  };
}
