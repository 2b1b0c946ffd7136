import { appendFileSync } from "node:fs";
import type { RecordedRequest } from "./types.js";

/** Writes each request the bot sent as one JSON line (tokens already redacted from paths). */
export interface Recorder {
  write(entry: RecordedRequest): void;
}

export function createRecorder(file: string | undefined): Recorder {
  if (!file) return { write: () => {} };
  return {
    write: (entry) => {
      const line = { ...entry, time: new Date(entry.time).toISOString() };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    },
  };
}
