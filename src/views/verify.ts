import type { RoleChange, SyncResult } from "../services/binds/index.js";
import { say } from "../text/binds.js";
import { describeRule, refusalText, roleMention } from "./binds.js";

/** The audit-log reason of a member update (Discord keeps at most 512 characters). */
export function auditReason(
  by: string,
  added: readonly RoleChange[],
  removed: readonly RoleChange[],
): string {
  const changes = [
    ...added.map(
      (change) => `+${change.roleId} (${change.binds.map((bind) => describeRule(bind.rule)).join("; ")})`,
    ),
    ...removed.map((change) => `-${change.roleId}`),
  ].join(", ");
  return say("verify.reason", { by, changes }).slice(0, 512);
}

const why = (change: RoleChange): string => change.binds.map((bind) => describeRule(bind.rule)).join("; ");

/** One audit-channel line per role change, and per role that could not be applied; undefined: nothing happened. */
export function auditLines(
  result: Extract<SyncResult, { kind: "synced" }>,
  member: string,
  by: string,
): string | undefined {
  const lines = [
    ...result.added.map((change) =>
      say("audit.added", { member, role: roleMention(change.roleId), why: why(change), by }),
    ),
    ...result.removed.map((change) =>
      say("audit.removed", { member, role: roleMention(change.roleId), why: why(change), by }),
    ),
    ...result.blocked.map((blocked) =>
      say("audit.blocked", {
        member,
        role: roleMention(blocked.change.roleId),
        why: refusalText(blocked.refusal),
      }),
    ),
  ];
  return lines.length === 0 ? undefined : lines.join("\n").slice(0, 2000);
}

/** What changed and why, each role that could not be applied with exactly why, for the member or staff. */
export function syncReport(
  result: Extract<SyncResult, { kind: "synced" }>,
  who: { readonly self: boolean; readonly member: string },
): { content: string } {
  const title = who.self ? say("verify.title.self") : say("verify.title.other", { member: who.member });
  const lines = [
    result.robloxUserId === undefined
      ? say("verify.notLinked")
      : say("verify.linked", { robloxId: result.robloxUserId }),
  ];
  if (result.write === "refused") lines.push(say("verify.refused"));
  for (const change of result.added)
    lines.push(`- ${say("verify.added", { role: roleMention(change.roleId), why: why(change) })}`);
  for (const change of result.removed)
    lines.push(`- ${say("verify.removed", { role: roleMention(change.roleId), binds: why(change) })}`);
  for (const blocked of result.blocked) {
    const key = blocked.direction === "add" ? "verify.blockedAdd" : "verify.blockedRemove";
    lines.push(
      `- ${say(key, { role: roleMention(blocked.change.roleId), why: refusalText(blocked.refusal) })}`,
    );
  }
  for (const bind of result.unknown)
    lines.push(`- ${say("verify.unknown", { rule: describeRule(bind.rule) })}`);
  if (result.write === "none" && result.blocked.length === 0 && result.unknown.length === 0) {
    lines.push(say("verify.upToDate", { who: who.self ? "Your" : `${who.member}'s` }));
  }
  return { content: [`**${title}**`, ...lines].join("\n").slice(0, 2000) };
}
