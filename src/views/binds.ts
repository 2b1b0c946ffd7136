import type { Bind, BindRule, DoctorFinding, RoleRefusal, ServerSettings } from "../services/binds/index.js";
import { say } from "../text/binds.js";

/** Role mentions render as the role's name and never ping: every reply sends `allowed_mentions: { parse: [] }`. */
export const roleMention = (roleId: string): string => `<@&${roleId}>`;
export function noPings(): { parse: [] } {
  return { parse: [] };
}

const roleList = (roleIds: readonly string[]): string => roleIds.map(roleMention).join(", ");

export function describeRule(rule: BindRule): string {
  switch (rule.kind) {
    case "verified":
      return say("rule.verified");
    case "unverified":
      return say("rule.unverified");
    case "owns":
      return say(`rule.owns.${rule.item}`, { id: rule.id });
    case "group": {
      const { match, groupId: group } = rule;
      if (match.type === "any") return say("rule.group.any", { group });
      if (match.type === "between")
        return say("rule.group.between", { group, min: match.min, max: match.max });
      if (match.type === "role") return say("rule.group.role", { group, name: match.name });
      return say(`rule.group.${match.type}`, { group, rank: match.rank });
    }
  }
}

/** What Discord would refuse, in a sentence naming the role and the bot's top role. */
export function refusalText(refusal: RoleRefusal): string {
  switch (refusal.kind) {
    case "everyone":
      return say("refusal.everyone");
    case "managed":
      return say("refusal.managed", { role: `**${refusal.role.name}**` });
    case "above-bot":
      return say("refusal.aboveBot", {
        role: `**${refusal.role.name}**`,
        botTop: `**${refusal.botTop?.name ?? say("refusal.noBotRole")}**`,
      });
    case "unknown-role":
      return say("refusal.unknownRole", { roleId: refusal.roleId });
    case "no-manage-roles":
      return say("refusal.noManageRoles");
  }
}

function findingLines(finding: DoctorFinding): [string, string] {
  switch (finding.kind) {
    case "no-manage-nicknames":
      return [say("refusal.noManageNicknames"), say("refusal.noManageNicknames.fix")];
    case "sync-paused":
      return [say("refusal.paused", { count: finding.refusals }), say("refusal.paused.fix")];
    case "everyone":
      return [refusalText(finding), say("refusal.everyone.fix")];
    case "managed":
      return [refusalText(finding), say("refusal.managed.fix")];
    case "above-bot":
      return [
        refusalText(finding),
        say("refusal.aboveBot.fix", {
          role: `**${finding.role.name}**`,
          botTop: `**${finding.botTop?.name ?? say("refusal.noBotRole")}**`,
        }),
      ];
    case "unknown-role":
      return [refusalText(finding), say("refusal.unknownRole.fix")];
    case "no-manage-roles":
      return [refusalText(finding), say("refusal.noManageRoles.fix")];
  }
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function doctorReport(findings: readonly DoctorFinding[]): { content: string } {
  if (findings.length === 0) return { content: `**${say("doctor.title")}**\n${say("doctor.clean")}` };
  const lines = findings.map((finding) => {
    const [problem, fix] = findingLines(finding);
    return `- ${capital(problem)}\n  ${say("doctor.fix", { fix })}`;
  });
  return { content: [`**${say("doctor.title")}**`, ...lines].join("\n").slice(0, 2000) };
}

export function bindList(binds: readonly Bind[], settings: ServerSettings): { content: string } {
  if (binds.length === 0) return { content: say("binds.list.empty") };
  const rows = binds.map((bind) =>
    say("binds.list.row", { id: bind.id, rule: describeRule(bind.rule), roles: roleList(bind.roleIds) }),
  );
  const notes = [
    say("binds.list.removeUnmatched", {
      roles:
        settings.removeUnmatchedRoleIds.length === 0
          ? say("settings.none")
          : roleList(settings.removeUnmatchedRoleIds),
    }),
    ...(binds.some((bind) => bind.rule.kind === "unverified") ? [say("binds.list.unverifiedNote")] : []),
  ];
  return { content: [`**${say("binds.list.title")}**`, ...rows, "", ...notes].join("\n").slice(0, 2000) };
}

export function bindSaved(bind: Bind): string {
  return say("binds.added", { id: bind.id, rule: describeRule(bind.rule), roles: roleList(bind.roleIds) });
}

export function bindRemoved(bind: Bind): string {
  return say("binds.removed", { id: bind.id, rule: describeRule(bind.rule), roles: roleList(bind.roleIds) });
}

/** Every per-server switch, with its value. */
export function settingsRecord(settings: ServerSettings): { content: string } {
  const removeUnmatched =
    settings.removeUnmatchedRoleIds.length === 0
      ? say("settings.none")
      : roleList(settings.removeUnmatchedRoleIds);
  const audit = settings.auditChannelId === undefined ? say("settings.off") : `<#${settings.auditChannelId}>`;
  return {
    content: [
      `**${say("settings.title")}**`,
      say("settings.removeUnmatched", { value: removeUnmatched }),
      say("settings.auditChannel", { value: audit }),
    ].join("\n"),
  };
}
