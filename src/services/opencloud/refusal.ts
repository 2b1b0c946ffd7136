import { OpenCloudError } from "./errors.js";
import type { ApiKeyInfo } from "./keys.js";

/**
 * Roblox usually answers a valid key's missing permission, a private inventory, a disallowed IP address
 * and a dead key all with the same 401 `{"errors":[{"code":0,"message":"Invalid API Key"}]}`
 * (rblxopencloud documents that missing permissions "often" come as 401 rather than 403). The body cannot
 * tell them apart, so a 401 is explained by asking about the key itself: introspection says whether it
 * is known, enabled and which permissions it has; a call that needs no permission says whether Roblox
 * accepts it from this address.
 */
export interface RefusalProbe {
  introspect(): Promise<ApiKeyInfo>;
  /** A call any working key may make from an accepted address (the key owner's public profile). */
  readProfile(userId: string): Promise<unknown>;
}

/** What a 401 meant. */
export type RefusalCause =
  | { cause: "key_unknown" }
  | { cause: "key_disabled"; expired: boolean }
  | { cause: "ip_not_allowed" }
  | { cause: "missing_scope"; scope: string }
  /** The key works and has the permissions: the resource itself is closed to it (a private inventory, another creator). */
  | { cause: "resource_denied" };

const FACTS_TTL_MS = 60_000;

interface KeyFacts {
  at: number;
  key: ApiKeyInfo | undefined;
  ipAccepted: boolean;
}

function hasScope(key: ApiKeyInfo, scope: string): boolean {
  const [name, operation] = scope.split(":");
  return key.scopes.some((granted) => granted.name === name && granted.operations.includes(operation ?? ""));
}

function isRefused(error: unknown): boolean {
  return error instanceof OpenCloudError && (error.status === 401 || error.kind === "unauthenticated");
}

/** Explains 401s, asking Roblox about the key at most once a minute. */
export class RefusalDiagnosis {
  #facts: KeyFacts | undefined;
  #pending: Promise<KeyFacts> | undefined;

  readonly #probe: RefusalProbe;
  readonly #now: () => number;

  constructor(probe: RefusalProbe, now: () => number = Date.now) {
    this.#probe = probe;
    this.#now = now;
  }

  /** The cause of a 401 from a call that needs `scopes`; undefined for any other error. */
  async cause(error: unknown, scopes: readonly string[]): Promise<RefusalCause | undefined> {
    if (!isRefused(error)) return undefined;
    const facts = await this.#keyFacts();
    const key = facts.key;
    if (key === undefined) return { cause: "key_unknown" };
    if (!key.enabled || key.expired) return { cause: "key_disabled", expired: key.expired };
    if (!facts.ipAccepted) return { cause: "ip_not_allowed" };
    const missing = scopes.find((scope) => !hasScope(key, scope));
    if (missing !== undefined) return { cause: "missing_scope", scope: missing };
    return { cause: "resource_denied" };
  }

  /**
   * The error as the rest of the bot reads it: a missing scope or a closed resource becomes
   * `permission_denied` (with `missingScope`), a dead key or a disallowed address stays
   * `unauthenticated` with code `KEY_UNKNOWN`, `KEY_DISABLED` or `IP_NOT_ALLOWED`. Other errors pass through.
   */
  async explain(error: unknown, scopes: readonly string[]): Promise<unknown> {
    const found = await this.cause(error, scopes).catch(() => undefined);
    if (found === undefined || !(error instanceof OpenCloudError)) return error;
    const base = { status: error.status, message: error.message, cause: error };
    switch (found.cause) {
      case "missing_scope":
        return new OpenCloudError({
          ...base,
          kind: "permission_denied",
          code: "MISSING_SCOPE",
          missingScope: found.scope,
        });
      case "resource_denied":
        return new OpenCloudError({ ...base, kind: "permission_denied", code: "RESOURCE_DENIED" });
      case "ip_not_allowed":
        return new OpenCloudError({ ...base, kind: "unauthenticated", code: "IP_NOT_ALLOWED" });
      case "key_disabled":
        return new OpenCloudError({ ...base, kind: "unauthenticated", code: "KEY_DISABLED" });
      case "key_unknown":
        return new OpenCloudError({ ...base, kind: "unauthenticated", code: "KEY_UNKNOWN" });
    }
  }

  async #keyFacts(): Promise<KeyFacts> {
    const cached = this.#facts;
    if (cached !== undefined && this.#now() - cached.at < FACTS_TTL_MS) return cached;
    this.#pending ??= this.#learn().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #learn(): Promise<KeyFacts> {
    let key: ApiKeyInfo | undefined;
    try {
      key = await this.#probe.introspect();
    } catch (error) {
      if (!isRefused(error)) throw error;
      key = undefined;
    }
    let ipAccepted = true;
    if (key?.ownerUserId !== undefined && key.enabled && !key.expired) {
      try {
        await this.#probe.readProfile(key.ownerUserId);
      } catch (error) {
        if (!isRefused(error)) throw error;
        ipAccepted = false;
      }
    }
    const facts = { at: this.#now(), key, ipAccepted };
    this.#facts = facts;
    return facts;
  }
}

interface ProbedClient {
  keys: { introspect(): Promise<ApiKeyInfo> };
  users: { getUser(userId: string): Promise<unknown> };
}

const byClient = new WeakMap<ProbedClient, RefusalDiagnosis>();

/** The one diagnosis of a client's own key, shared by every service that uses the client. */
export function refusalsOf(client: ProbedClient): RefusalDiagnosis {
  let diagnosis = byClient.get(client);
  if (diagnosis === undefined) {
    diagnosis = new RefusalDiagnosis({
      introspect: () => client.keys.introspect(),
      readProfile: (userId) => client.users.getUser(userId),
    });
    byClient.set(client, diagnosis);
  }
  return diagnosis;
}
