import type { FaultSettings } from "./types.js";

/** Current faults; counted faults are used up by the requests they match. */
export class FaultState {
  private settings: FaultSettings = {};
  private remaining5xx = 0;
  private remaining429 = 0;
  private remainingDrops = 0;

  set(settings: FaultSettings): void {
    this.settings = { ...settings };
    this.remaining5xx = settings.status5xx?.count ?? 0;
    this.remaining429 = settings.storm429?.count ?? 0;
    this.remainingDrops = settings.dropConnections?.count ?? 0;
  }

  get latencyMs(): number {
    return this.settings.latencyMs ?? 0;
  }

  get slowBodyMs(): number {
    return this.settings.slowBodyMs ?? 0;
  }

  takeDrop(path: string): boolean {
    const fault = this.settings.dropConnections;
    if (fault === undefined || this.remainingDrops <= 0 || !matches(fault.path, path)) return false;
    this.remainingDrops--;
    return true;
  }

  /** The status and extra headers of an injected 5xx to send, if one is due. */
  take5xx(path: string): { status: number; headers: Record<string, string> } | undefined {
    const fault = this.settings.status5xx;
    if (fault === undefined || this.remaining5xx <= 0 || !matches(fault.path, path)) return undefined;
    this.remaining5xx--;
    return { status: fault.status ?? 500, headers: { ...fault.headers } };
  }

  /** The headers of an injected 429 to send (`retry-after` unless the storm omits it), if a storm is on. */
  take429(path: string): Record<string, string> | undefined {
    const fault = this.settings.storm429;
    if (fault === undefined || this.remaining429 <= 0 || !matches(fault.path, path)) return undefined;
    this.remaining429--;
    const retryAfter = fault.retryAfterSeconds === undefined ? 1 : fault.retryAfterSeconds;
    return { ...fault.headers, ...(retryAfter === null ? {} : { "retry-after": String(retryAfter) }) };
  }
}

function matches(pattern: RegExp | undefined, path: string): boolean {
  if (pattern === undefined) return true;
  pattern.lastIndex = 0;
  return pattern.test(path);
}
