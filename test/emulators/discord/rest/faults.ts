/** REST faults a test can switch on; counted faults are used up by the requests they match. */
export interface RestFaultSettings {
  /**
   * Answer `count` matching requests with a 5xx (default 502) without acting on them, as when Discord's
   * edge fails before the API sees the request. `path` is a RegExp on the logged path (tokens shown as
   * `:token`), `method` an optional HTTP method.
   */
  status5xx?: { count: number; status?: number; path?: RegExp; method?: string };
}

export class RestFaults {
  private settings: RestFaultSettings = {};
  private remaining5xx = 0;

  set(settings: RestFaultSettings): void {
    this.settings = { ...settings };
    this.remaining5xx = settings.status5xx?.count ?? 0;
  }

  /** The status to fail this request with, or undefined to serve it normally. */
  take5xx(method: string, path: string): number | undefined {
    const fault = this.settings.status5xx;
    if (fault === undefined || this.remaining5xx <= 0) return undefined;
    if (fault.method !== undefined && fault.method.toUpperCase() !== method) return undefined;
    if (fault.path !== undefined) {
      fault.path.lastIndex = 0;
      if (!fault.path.test(path)) return undefined;
    }
    this.remaining5xx--;
    return fault.status ?? 502;
  }
}
