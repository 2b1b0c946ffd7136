import type { APIEmbed } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { Localized } from "../i18n/types.js";
import type { Bind, BindRule, DoctorFinding, RoleRefusal, ServerSettings } from "../services/binds/index.js";

/** Role mentions render as the role's name and never ping: every reply sends `allowed_mentions: { parse: [] }`. */
export const roleMention = (roleId: string): string => `<@&${roleId}>`;

export function noPings(): { parse: [] } {
  return { parse: [] };
}

const roleList = (t: Translator, roleIds: readonly string[]): string =>
  t.list(roleIds.map(roleMention), "and");

export function describeRule(t: Translator, rule: BindRule): Localized {
  switch (rule.kind) {
    case "verified":
      return t.t("rule.verified");
    case "unverified":
      return t.t("rule.unverified");
    case "owns":
      return t.t(`rule.owns.${rule.item}`, { id: rule.id });
    case "group": {
      const { match, groupId: group } = rule;
      if (match.type === "any") return t.t("rule.group.any", { group });
      if (match.type === "between")
        return t.t("rule.group.between", { group, min: match.min, max: match.max });
      if (match.type === "role") return t.t("rule.group.role", { group, name: match.name });
      return t.t(`rule.group.${match.type}`, { group, rank: match.rank });
    }
  }
}

const bold = (name: string): string => `**${name}**`;

function botTopName(t: Translator, refusal: Extract<RoleRefusal, { kind: "above-bot" }>): string {
  return bold(refusal.botTop?.name ?? t.t("refusal.noBotRole"));
}

/** What Discord would refuse, in a sentence naming the role and the bot's top role. */
export function refusalText(t: Translator, refusal: RoleRefusal): Localized {
  switch (refusal.kind) {
    case "everyone":
      return t.t("refusal.everyone");
    case "managed":
      return t.t("refusal.managed", { role: bold(refusal.role.name) });
    case "above-bot":
      return t.t("refusal.aboveBot", { role: bold(refusal.role.name), botTop: botTopName(t, refusal) });
    case "unknown-role":
      return t.t("refusal.unknownRole", { roleId: refusal.roleId });
    case "no-manage-roles":
      return t.t("refusal.noManageRoles");
  }
}

/** One doctor finding: what is wrong, and how to fix it (the bot's reply and `npm run doctor` both use it). */
export function doctorFindingParts(
  t: Translator,
  finding: DoctorFinding,
): { readonly problem: Localized; readonly fix: Localized } {
  switch (finding.kind) {
    case "no-manage-nicknames":
      return { problem: t.t("refusal.noManageNicknames"), fix: t.t("refusal.noManageNicknames.fix") };
    case "sync-paused":
      return {
        problem: t.t("refusal.paused", { count: finding.refusals }),
        fix: t.t("refusal.paused.fix"),
      };
    case "above-bot":
      return {
        problem: refusalText(t, finding),
        fix: t.t("refusal.aboveBot.fix", { role: bold(finding.role.name), botTop: botTopName(t, finding) }),
      };
    case "everyone":
      return { problem: refusalText(t, finding), fix: t.t("refusal.everyone.fix") };
    case "managed":
      return { problem: refusalText(t, finding), fix: t.t("refusal.managed.fix") };
    case "unknown-role":
      return { problem: refusalText(t, finding), fix: t.t("refusal.unknownRole.fix") };
    case "no-manage-roles":
      return { problem: refusalText(t, finding), fix: t.t("refusal.noManageRoles.fix") };
  }
}

function findingLine(t: Translator, finding: DoctorFinding): Localized {
  return t.t("doctor.finding", doctorFindingParts(t, finding));
}

export function doctorEmbed(t: Translator, findings: readonly DoctorFinding[]): APIEmbed {
  const lines =
    findings.length === 0 ? [t.t("doctor.clean")] : findings.map((finding) => findingLine(t, finding));
  return { title: t.t("doctor.title"), description: lines.join("\n").slice(0, 4096) };
}

export function bindListEmbed(
  t: Translator,
  binds: readonly Bind[],
  settings: ServerSettings,
  /** Whether the bot applies binds to members as they join (the GuildMembers intent, gateway mode). */
  joins: boolean,
): APIEmbed {
  if (binds.length === 0) return { description: t.t("binds.list.empty") };
  const rows = binds.map((bind) =>
    t.t("binds.list.row", {
      id: bind.id,
      rule: describeRule(t, bind.rule),
      roles: roleList(t, bind.roleIds),
    }),
  );
  const removeUnmatched =
    settings.removeUnmatchedRoleIds.length === 0
      ? t.t("settings.none")
      : roleList(t, settings.removeUnmatchedRoleIds);
  const notes = [
    t.t("binds.list.removeUnmatched", { roles: removeUnmatched }),
    ...(binds.some((bind) => bind.rule.kind === "unverified")
      ? [t.t(joins ? "binds.list.unverifiedNote.joins" : "binds.list.unverifiedNote")]
      : []),
  ];
  return { title: t.t("binds.list.title"), description: [...rows, "", ...notes].join("\n").slice(0, 4096) };
}

export function bindSaved(t: Translator, bind: Bind): Localized {
  return t.t("binds.added", {
    id: bind.id,
    rule: describeRule(t, bind.rule),
    roles: roleList(t, bind.roleIds),
  });
}

export function bindRemoved(t: Translator, bind: Bind): Localized {
  return t.t("binds.removed", {
    id: bind.id,
    rule: describeRule(t, bind.rule),
    roles: roleList(t, bind.roleIds),
  });
}

/** Every per-server switch, with its value. */
export function settingsEmbed(
  t: Translator,
  settings: ServerSettings,
  said: Localized | undefined,
  uploadLog: { readonly days: number; readonly own: boolean },
): APIEmbed {
  const removeUnmatched =
    settings.removeUnmatchedRoleIds.length === 0
      ? t.t("settings.none")
      : roleList(t, settings.removeUnmatchedRoleIds);
  const audit = settings.auditChannelId === undefined ? t.t("settings.off") : `<#${settings.auditChannelId}>`;
  const lines = [
    ...(said === undefined ? [] : [said, ""]),
    t.t("settings.removeUnmatched", { value: removeUnmatched }),
    t.t("settings.auditChannel", { value: audit }),
    t.t("settings.neverVerify", {
      value:
        settings.neverVerifyRoleId === undefined
          ? t.t("settings.off")
          : roleMention(settings.neverVerifyRoleId),
    }),
    t.t("settings.nickname", {
      value:
        settings.nicknameTemplate === undefined ? t.t("settings.off") : `\`${settings.nicknameTemplate}\``,
    }),
    t.t("settings.uploadLogDays", {
      value: t.t(uploadLog.own ? "settings.uploadLogDays.value" : "settings.uploadLogDays.default", {
        days: uploadLog.days,
      }),
    }),
    t.t("settings.selfUploads", { value: settings.selfUploads ? t.t("settings.on") : t.t("settings.off") }),
  ];
  return { title: t.t("settings.title"), description: lines.join("\n") };
}
