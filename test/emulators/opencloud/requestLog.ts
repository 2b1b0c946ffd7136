import type { RecordedRequest, RequestMatch } from "./types.js";

export class RequestLog {
  readonly entries: RecordedRequest[] = [];

  record(entry: RecordedRequest): RecordedRequest {
    this.entries.push(entry);
    return entry;
  }

  count(match: RequestMatch = {}): number {
    return this.entries.filter((entry) => matches(entry, match)).length;
  }

  clear(): void {
    this.entries.length = 0;
  }
}

function matches(entry: RecordedRequest, match: RequestMatch): boolean {
  if (match.method !== undefined && entry.method !== match.method.toUpperCase()) return false;
  if (match.family !== undefined && entry.family !== match.family) return false;
  if (typeof match.path === "string" && entry.path !== match.path) return false;
  if (match.path instanceof RegExp) {
    match.path.lastIndex = 0;
    if (!match.path.test(entry.path)) return false;
  }
  return true;
}
