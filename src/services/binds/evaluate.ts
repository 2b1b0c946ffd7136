import type { Bind, BindRule, MemberFacts, MemberGroup, RankMatch } from "./types.js";
import { ownedKey } from "./types.js";

/** Whether a group membership satisfies a rank match. */
export function rankMatches(match: RankMatch, group: MemberGroup): boolean {
  switch (match.type) {
    case "any":
      return true;
    case "eq":
      return group.rank === match.rank;
    case "gte":
      return group.rank >= match.rank;
    case "lte":
      return group.rank <= match.rank;
    case "between":
      return group.rank >= match.min && group.rank <= match.max;
    case "role": {
      const wanted = match.name.trim().toLowerCase();
      return group.roleNames.some((name) => name.trim().toLowerCase() === wanted);
    }
  }
}

/** True or false; "unknown" when the facts needed could not be read (the bind's roles are then left alone). */
export type RuleOutcome = boolean | "unknown";

export function ruleMatches(rule: BindRule, facts: MemberFacts): RuleOutcome {
  const linked = facts.robloxUserId !== undefined;
  switch (rule.kind) {
    case "verified":
      return linked;
    case "unverified":
      return !linked;
    case "group": {
      if (!linked) return false;
      const group = facts.groups.find((candidate) => candidate.groupId === rule.groupId);
      return group !== undefined && rankMatches(rule.match, group);
    }
    case "owns":
      if (!linked) return false;
      if (facts.owned.has(ownedKey(rule.item, rule.id))) return true;
      return facts.unreadable.has(rule.item) ? "unknown" : false;
  }
}

/** One role the member should gain or lose, with the binds that decided it. */
export interface RoleChange {
  readonly roleId: string;
  readonly binds: readonly Bind[];
}

export interface Evaluation {
  readonly matched: readonly Bind[];
  readonly unknown: readonly Bind[];
  readonly add: readonly RoleChange[];
  readonly remove: readonly RoleChange[];
}

/**
 * Which roles a member gains and loses: every role of a matching bind they lack is added; a role they hold
 * is removed only when the server marked it "remove when no bind matches", some bind gives it, and no bind
 * that gives it matches (nor is unknown).
 */
export function evaluateBinds(
  binds: readonly Bind[],
  facts: MemberFacts,
  heldRoleIds: readonly string[],
  removeUnmatched: ReadonlySet<string>,
): Evaluation {
  const outcomes = binds.map((bind) => ({ bind, outcome: ruleMatches(bind.rule, facts) }));
  const matched = outcomes.filter((entry) => entry.outcome === true).map((entry) => entry.bind);
  const unknown = outcomes.filter((entry) => entry.outcome === "unknown").map((entry) => entry.bind);
  const held = new Set(heldRoleIds);
  const givers = (roleId: string, from: readonly Bind[]) =>
    from.filter((bind) => bind.roleIds.includes(roleId));
  const boundRoles = [...new Set(binds.flatMap((bind) => bind.roleIds))];
  const add = boundRoles
    .filter((roleId) => !held.has(roleId) && givers(roleId, matched).length > 0)
    .map((roleId) => ({ roleId, binds: givers(roleId, matched) }));
  const remove = boundRoles
    .filter(
      (roleId) =>
        held.has(roleId) &&
        removeUnmatched.has(roleId) &&
        givers(roleId, matched).length === 0 &&
        givers(roleId, unknown).length === 0,
    )
    .map((roleId) => ({ roleId, binds: givers(roleId, binds) }));
  return { matched, unknown, add, remove };
}
