import type { IncomingMessage } from "node:http";
import { badRequest } from "./errors.js";

export interface PartHeaders {
  name: string;
  filename?: string;
  contentType?: string;
}

export interface PartSink {
  write(chunk: Buffer): void;
  end(): void;
}

type ParserState = "preamble" | "afterDelimiter" | "headers" | "body" | "done";

const MAX_HEADER_BYTES = 16 * 1024;
const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");
const FINAL = Buffer.from("--");

export function boundaryOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined || !/^multipart\/form-data\b/i.test(contentType)) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function parseHeaders(block: string): PartHeaders {
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get("content-disposition") ?? "";
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? /\bname=([^;\s]+)/i.exec(disposition)?.[1];
  if (name === undefined) throw badRequest("Multipart part without a name.");
  const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
  const contentType = headers.get("content-type");
  return {
    name,
    ...(filename === undefined ? {} : { filename }),
    ...(contentType === undefined ? {} : { contentType }),
  };
}

/**
 * Streams a multipart/form-data body part by part: nothing is buffered beyond one chunk plus the
 * boundary length, so a 20 MB file costs no more memory than a small one.
 */
export async function parseMultipart(
  req: IncomingMessage,
  boundary: string,
  onPart: (headers: PartHeaders) => PartSink,
): Promise<void> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let pending: Buffer = Buffer.from("\r\n");
  let state = "preamble" as ParserState;
  let sink: PartSink | undefined;

  const step = (): boolean => {
    switch (state) {
      case "preamble": {
        const at = pending.indexOf(delimiter);
        if (at < 0) {
          pending = pending.subarray(Math.max(0, pending.length - delimiter.length));
          return false;
        }
        pending = pending.subarray(at + delimiter.length);
        state = "afterDelimiter";
        return true;
      }
      case "afterDelimiter": {
        if (pending.length < 2) return false;
        if (pending.subarray(0, 2).equals(FINAL)) {
          state = "done";
          return false;
        }
        const lineEnd = pending.indexOf(CRLF);
        if (lineEnd < 0) return false;
        pending = pending.subarray(lineEnd + 2); // transport padding, then CRLF
        state = "headers";
        return true;
      }
      case "headers": {
        const end = pending.indexOf(HEADER_END);
        if (end < 0) {
          if (pending.length > MAX_HEADER_BYTES) throw badRequest("Multipart part headers too large.");
          return false;
        }
        sink = onPart(parseHeaders(pending.subarray(0, end).toString("utf8")));
        pending = pending.subarray(end + HEADER_END.length);
        state = "body";
        return true;
      }
      case "body": {
        const at = pending.indexOf(delimiter);
        if (at < 0) {
          const safe = pending.length - (delimiter.length - 1);
          if (safe > 0) {
            sink?.write(pending.subarray(0, safe));
            pending = pending.subarray(safe);
          }
          return false;
        }
        if (at > 0) sink?.write(pending.subarray(0, at));
        sink?.end();
        sink = undefined;
        pending = pending.subarray(at + delimiter.length);
        state = "afterDelimiter";
        return true;
      }
      case "done":
        return false;
    }
  };

  // Never throw inside the loop: leaving a `for await` destroys the socket before we can answer.
  let failure: unknown;
  for await (const chunk of req) {
    if (state === "done" || failure !== undefined) continue; // epilogue, or draining after an error
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    try {
      while (step()) {
        // keep consuming what is buffered
      }
    } catch (error) {
      failure = error;
    }
  }
  if (failure !== undefined) throw failure;
  if (state !== "done") throw badRequest("Malformed multipart body: missing closing boundary.");
}
