/** REST faults a test can switch on; counted faults are used up by the requests they match. */
export interface RestFaultSettings {
  /**
   * Answer `count` matching requests with a 5xx (default 502) without acting on them, as when Discord's
   * edge fails before the API sees the request. `path` is a RegExp on the logged path (tokens shown as
   * `:token`), `method` an optional HTTP method.
   */
  status5xx?: { count: number; status?: number; path?: RegExp; method?: string };
  /**
   * Act on `count` matching requests, then answer them with a 5xx (default 502) anyway: Discord did the
   * work but the answer was lost (a gateway timeout at the edge). A client that retries, as
   * @discordjs/rest does after a 5xx, then meets the consequences, e.g. 40060 on a callback.
   */
  processedThen5xx?: { count: number; status?: number; path?: RegExp; method?: string };
  /**
   * Answer `count` matching requests with a plain `404: Not Found` (code 0, no Discord error code), as
   * Discord's edge does for webhooks that no longer exist, without acting on them.
   */
  plain404?: { count: number; path?: RegExp; method?: string };
}

type CountedFault = { count: number; path?: RegExp; method?: string };

function matches(fault: CountedFault, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method) return false;
  if (fault.path !== undefined) {
    fault.path.lastIndex = 0;
    if (!fault.path.test(path)) return false;
  }
  return true;
}

export class RestFaults {
  private settings: RestFaultSettings = {};
  private remaining5xx = 0;
  private remainingProcessed5xx = 0;
  private remaining404 = 0;

  set(settings: RestFaultSettings): void {
    this.settings = { ...settings };
    this.remaining5xx = settings.status5xx?.count ?? 0;
    this.remainingProcessed5xx = settings.processedThen5xx?.count ?? 0;
    this.remaining404 = settings.plain404?.count ?? 0;
  }

  /** The 5xx to answer after acting on this request, or undefined to answer truthfully. */
  takeProcessed5xx(method: string, path: string): number | undefined {
    const fault = this.settings.processedThen5xx;
    if (fault === undefined || this.remainingProcessed5xx <= 0 || !matches(fault, method, path))
      return undefined;
    this.remainingProcessed5xx--;
    return fault.status ?? 502;
  }

  /** True when this request gets a plain 404 instead of being served. */
  take404(method: string, path: string): boolean {
    const fault = this.settings.plain404;
    if (fault === undefined || this.remaining404 <= 0 || !matches(fault, method, path)) return false;
    this.remaining404--;
    return true;
  }

  /** The status to fail this request with, or undefined to serve it normally. */
  take5xx(method: string, path: string): number | undefined {
    const fault = this.settings.status5xx;
    if (fault === undefined || this.remaining5xx <= 0 || !matches(fault, method, path)) return undefined;
    this.remaining5xx--;
    return fault.status ?? 502;
  }
}
