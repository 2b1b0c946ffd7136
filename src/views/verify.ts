import type { APIEmbed } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { Localized } from "../i18n/types.js";
import type { NicknameRefusal, RoleChange, SyncResult } from "../services/binds/index.js";
import { describeRule, refusalText, roleMention } from "./binds.js";

type Synced = Extract<SyncResult, { kind: "synced" }>;

/** A nickname shown in code formatting: no backtick may close it early. */
const plainNick = (nick: string): string => nick.replaceAll("`", "'");

function nicknameRefusalText(t: Translator, refusal: NicknameRefusal): Localized {
  switch (refusal.kind) {
    case "no-manage-nicknames":
      return t.t("refusal.noManageNicknames");
    case "owner":
      return t.t("nickname.owner");
    case "member-above-bot":
      return t.t("nickname.aboveBot");
  }
}

const why = (t: Translator, change: RoleChange): string =>
  change.binds.map((bind) => describeRule(t, bind.rule)).join("; ");

/** The audit-log reason of a member update (Discord keeps at most 512 characters). */
export function auditReason(
  t: Translator,
  by: string,
  added: readonly RoleChange[],
  removed: readonly RoleChange[],
  nickname?: string,
): string {
  const changes = [
    ...added.map((change) => `+${change.roleId} (${why(t, change)})`),
    ...removed.map((change) => `-${change.roleId}`),
    ...(nickname === undefined ? [] : [t.t("verify.reason.nickname", { nick: nickname })]),
  ].join(", ");
  return t.t("verify.reason", { by, changes }).slice(0, 512);
}

/** One audit-channel line per role change, and per role that could not be applied; undefined: nothing happened. */
export function auditLines(t: Translator, result: Synced, member: string, by: string): string | undefined {
  const lines = [
    ...result.added.map((change) =>
      t.t("audit.added", { member, role: roleMention(change.roleId), why: why(t, change), by }),
    ),
    ...result.removed.map((change) =>
      t.t("audit.removed", { member, role: roleMention(change.roleId), why: why(t, change), by }),
    ),
    ...(result.nickname === undefined
      ? []
      : [t.t("audit.nickname", { member, nick: plainNick(result.nickname), by })]),
    ...result.blocked.map((blocked) =>
      t.t("audit.blocked", {
        member,
        role: roleMention(blocked.change.roleId),
        why: refusalText(t, blocked.refusal),
      }),
    ),
  ];
  return lines.length === 0 ? undefined : lines.join("\n").slice(0, 2000);
}

/** What changed and why, each role that could not be applied with exactly why, for the member or staff. */
export function syncEmbed(
  t: Translator,
  result: Synced,
  who: { readonly self: boolean; readonly member: string },
): APIEmbed {
  const lines: string[] = [
    ...(who.self ? [] : [t.t("verify.title.other", { member: who.member })]),
    result.robloxUserId === undefined
      ? t.t("verify.notLinked")
      : t.t("verify.linked", { robloxId: result.robloxUserId }),
  ];
  if (result.write === "refused") lines.push(t.t("verify.refused"));
  for (const change of result.added)
    lines.push(t.t("verify.added", { role: roleMention(change.roleId), why: why(t, change) }));
  for (const change of result.removed)
    lines.push(t.t("verify.removed", { role: roleMention(change.roleId), binds: why(t, change) }));
  for (const blocked of result.blocked) {
    const key = blocked.direction === "add" ? "verify.blockedAdd" : "verify.blockedRemove";
    lines.push(t.t(key, { role: roleMention(blocked.change.roleId), why: refusalText(t, blocked.refusal) }));
  }
  if (result.nickname !== undefined) lines.push(t.t("verify.nickname", { nick: plainNick(result.nickname) }));
  if (result.nicknameBlocked !== undefined)
    lines.push(t.t("verify.nicknameBlocked", { why: nicknameRefusalText(t, result.nicknameBlocked) }));
  for (const bind of result.unknown) lines.push(t.t("verify.unknown", { rule: describeRule(t, bind.rule) }));
  if (
    result.write === "none" &&
    result.blocked.length === 0 &&
    result.unknown.length === 0 &&
    result.nicknameBlocked === undefined
  ) {
    lines.push(t.t("verify.upToDate"));
  }
  return {
    // A mention does not render in a title: another member is named in the first line instead.
    ...(who.self ? { title: t.t("verify.title.self") } : {}),
    description: lines.join("\n").slice(0, 4096),
  };
}
