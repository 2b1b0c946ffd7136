import { randomBytes } from "node:crypto";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { Bind, BindRule } from "./types.js";

/** A server keeps at most this many binds (each is evaluated on every /verify). */
export const MAX_BINDS_PER_SERVER = 50;

/** The per-server switches /settings shows and sets, with their values. */
export interface ServerSettings {
  /** Roles taken away when no bind that gives them matches any more. */
  readonly removeUnmatchedRoleIds: readonly string[];
  /** Where one line per role change goes; undefined: no audit channel. */
  readonly auditChannelId: string | undefined;
  /** Members holding this role are never changed by binds (staff, bots); undefined: none. */
  readonly neverVerifyRoleId: string | undefined;
  /** Linked members' nickname, from their Roblox names (`{roblox-name}`, `{display-name}`); undefined: off. */
  readonly nicknameTemplate: string | undefined;
  /** Whether members may /upload to their own Roblox accounts with their grant (default off). */
  readonly selfUploads: boolean;
}

const bindIds = (guildId: string) => `binds:${guildId}:ids`;
const bindKey = (guildId: string, id: string) => `binds:${guildId}:bind:${id}`;
const removeUnmatchedKey = (guildId: string) => `settings:${guildId}:removeUnmatched`;
const auditChannelKey = (guildId: string) => `settings:${guildId}:auditChannel`;
const neverVerifyKey = (guildId: string) => `settings:${guildId}:neverVerify`;
const selfUploadsKey = (guildId: string) => `settings:${guildId}:selfUploads`;
const nicknameKey = (guildId: string) => `settings:${guildId}:nickname`;

function sameRule(a: BindRule, b: BindRule): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Binds and settings per server, through the store's atomic primitives: each bind is its own record with
 * its id in a set, and each switch its own key or set, so two processes never overwrite each other.
 */
export class BindStore {
  readonly #primitives: StorePrimitives;

  constructor(primitives: StorePrimitives) {
    this.#primitives = primitives;
  }

  async list(guildId: string): Promise<Bind[]> {
    const ids = await this.#primitives.setMembers(bindIds(guildId));
    const binds = await Promise.all(
      ids.map(async (id) => {
        const raw = await this.#primitives.get(bindKey(guildId, id));
        return raw === undefined ? undefined : (JSON.parse(raw) as Bind);
      }),
    );
    return binds.filter((bind): bind is Bind => bind !== undefined).sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Adds a bind, or adds the roles to the bind with the same rule; "full" past MAX_BINDS_PER_SERVER. */
  async add(guildId: string, rule: BindRule, roleIds: readonly string[]): Promise<Bind | "full"> {
    const existing = (await this.list(guildId)).find((bind) => sameRule(bind.rule, rule));
    if (existing) {
      const merged: Bind = { ...existing, roleIds: [...new Set([...existing.roleIds, ...roleIds])] };
      await this.#primitives.set(bindKey(guildId, existing.id), JSON.stringify(merged));
      return merged;
    }
    if ((await this.#primitives.setMembers(bindIds(guildId))).length >= MAX_BINDS_PER_SERVER) return "full";
    // Time-ordered, so /binds list shows binds in the order they were added.
    const id = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
    const bind: Bind = { id, rule, roleIds: [...new Set(roleIds)] };
    await this.#primitives.set(bindKey(guildId, id), JSON.stringify(bind));
    await this.#primitives.setAdd(bindIds(guildId), id);
    return bind;
  }

  async remove(guildId: string, id: string): Promise<Bind | undefined> {
    const raw = await this.#primitives.get(bindKey(guildId, id));
    if (!(await this.#primitives.setRemove(bindIds(guildId), id))) return undefined;
    await this.#primitives.delete(bindKey(guildId, id));
    return raw === undefined ? undefined : (JSON.parse(raw) as Bind);
  }

  async settings(guildId: string): Promise<ServerSettings> {
    const [removeUnmatched, auditChannelId, neverVerifyRoleId, nicknameTemplate, selfUploads] =
      await Promise.all([
        this.#primitives.setMembers(removeUnmatchedKey(guildId)),
        this.#primitives.get(auditChannelKey(guildId)),
        this.#primitives.get(neverVerifyKey(guildId)),
        this.#primitives.get(nicknameKey(guildId)),
        this.#primitives.get(selfUploadsKey(guildId)),
      ]);
    return {
      removeUnmatchedRoleIds: removeUnmatched.sort(),
      auditChannelId,
      neverVerifyRoleId,
      nicknameTemplate,
      selfUploads: selfUploads === "on",
    };
  }

  async selfUploads(guildId: string): Promise<boolean> {
    return (await this.#primitives.get(selfUploadsKey(guildId))) === "on";
  }

  async setSelfUploads(guildId: string, on: boolean): Promise<void> {
    if (on) await this.#primitives.set(selfUploadsKey(guildId), "on");
    else await this.#primitives.delete(selfUploadsKey(guildId));
  }

  /** Sets the nickname template; undefined turns nicknames off. */
  async setNicknameTemplate(guildId: string, template: string | undefined): Promise<void> {
    if (template === undefined) await this.#primitives.delete(nicknameKey(guildId));
    else await this.#primitives.set(nicknameKey(guildId), template);
  }

  /** Sets the "never verify" role; undefined turns it off. */
  async setNeverVerify(guildId: string, roleId: string | undefined): Promise<void> {
    if (roleId === undefined) await this.#primitives.delete(neverVerifyKey(guildId));
    else await this.#primitives.set(neverVerifyKey(guildId), roleId);
  }

  /** Sets the audit channel; undefined turns it off. */
  async setAuditChannel(guildId: string, channelId: string | undefined): Promise<void> {
    if (channelId === undefined) await this.#primitives.delete(auditChannelKey(guildId));
    else await this.#primitives.set(auditChannelKey(guildId), channelId);
  }

  /** Marks (or unmarks) a role as taken away when no bind gives it; true when that changed anything. */
  setRemoveUnmatched(guildId: string, roleId: string, on: boolean): Promise<boolean> {
    const key = removeUnmatchedKey(guildId);
    return on ? this.#primitives.setAdd(key, roleId) : this.#primitives.setRemove(key, roleId);
  }
}
