import type { Config } from "../../config.js";
import type { ApiKeyInfo } from "../../services/opencloud/index.js";
import type { DoctorFinding } from "./finding.js";

/** The API key permissions each command needs (Creator Dashboard → API Keys → Access permissions). */
export const COMMAND_PERMISSIONS: ReadonlyArray<{ command: string; scopes: readonly string[]; why: string }> =
  [
    { command: "/user", scopes: [], why: "public profiles need no permission" },
    { command: "/groups", scopes: [], why: "public memberships, groups and roles need no permission" },
    {
      command: "/inventory",
      scopes: [],
      why: "public inventories need no permission (a private one is readable only with its owner's key and Inventory → Read)",
    },
    { command: "/upload", scopes: ["asset:read", "asset:write"], why: "Assets → Read and Write" },
  ];

const DAY = 86_400_000;

function hasScope(key: ApiKeyInfo, scope: string): boolean {
  const [name, operation] = scope.split(":");
  return key.scopes.some((granted) => granted.name === name && granted.operations.includes(operation ?? ""));
}

/** creator-docs `cloud/auth/api-keys.md`: group keys "will not be supported after January 30, 2026". */
export const USER_KEY_ADVICE =
  "Group-owned keys stopped working on 2026-01-30: create the key on a user account (best a dedicated one) that has a role in the group allowing it to create and edit group creations.";

/** Plain-words findings about a key: state, expiry, and whether each command has what it needs. */
export function describeKey(key: ApiKeyInfo, config: Config, now: number): DoctorFinding[] {
  if (key.ownerUserId === undefined) {
    return [
      {
        ok: false,
        subject: "Roblox API key",
        detail: `the key "${key.name}" has no user owner`,
        fix: USER_KEY_ADVICE,
      },
    ];
  }
  const owner = `the Roblox user ${key.ownerUserId}`;
  const findings: DoctorFinding[] = [];
  if (!key.enabled || key.expired) {
    findings.push({
      ok: false,
      subject: "Roblox API key",
      detail: `the key "${key.name}" of ${owner} is ${key.expired ? "expired" : "disabled"}`,
      fix: "Enable or renew it on the Creator Dashboard (keys unused for 60 days expire by themselves).",
    });
    return findings;
  }
  const expiry = key.expiresAt;
  const soon = expiry !== undefined && expiry.getTime() - now < 7 * DAY;
  findings.push({
    ok: !soon,
    subject: "Roblox API key",
    detail: `the key "${key.name}" belongs to ${owner}, is enabled${expiry ? `, and expires on ${expiry.toISOString().slice(0, 10)}` : ", and has no expiry date"}`,
    ...(soon
      ? { fix: "Set a later expiry date on the Creator Dashboard before the bot stops working." }
      : {}),
  });
  for (const { command, scopes, why } of COMMAND_PERMISSIONS) {
    const missing = scopes.filter((scope) => !hasScope(key, scope));
    if (command === "/upload" && config.roblox.uploadCreator === undefined) {
      findings.push({ ok: true, subject: command, detail: "off (ROBLOX_UPLOAD_CREATOR is not set)" });
      continue;
    }
    findings.push(
      missing.length === 0
        ? { ok: true, subject: command, detail: `ready: ${why}` }
        : {
            ok: false,
            subject: command,
            detail: `the key lacks ${missing.join(" and ")}`,
            fix: `Edit the key on the Creator Dashboard and add ${why}.`,
          },
    );
  }
  const creator = config.roblox.uploadCreator;
  if (creator && "userId" in creator && key.ownerUserId && creator.userId !== key.ownerUserId) {
    findings.push({
      ok: false,
      subject: "/upload",
      detail: `ROBLOX_UPLOAD_CREATOR is user ${creator.userId}, but the key belongs to user ${key.ownerUserId}`,
      fix: "A user key can only upload as its owner (or to a group the owner may upload to): change one of them.",
    });
  }
  return findings;
}
