import { type Dispatcher, request } from "undici";
import { UserError, userError } from "../../errors.js";
import { message } from "../../i18n/types.js";
import { SNIFF_BYTES } from "./inspect.js";

export const DOWNLOAD_TIMEOUTS = { headersTimeout: 15_000, bodyTimeout: 30_000 } as const;

/** An abandoned body shorter than this is read to its end to keep the connection; a longer one is cut. */
const DISCARD_LIMIT_BYTES = 64 * 1024;

/** The file turned out larger than allowed while it was being read; reading stopped at the limit. */
export class FileTooLargeError extends UserError {
  // A UserError (its message is shown as is), told apart by class.
}

export interface Download {
  /** The first bytes of the file (up to SNIFF_BYTES), already read, for sniffing. */
  readonly head: Buffer;
  /** The length the CDN announced, if any. */
  readonly contentLength: number | undefined;
  /** The whole file, head first, read once; throws FileTooLargeError past `maxBytes`. */
  readonly body: AsyncIterable<Uint8Array>;
  /** Bytes received so far. */
  received(): number;
  /** Stops the download and frees the connection. */
  cancel(): void;
}

export interface DownloadOptions {
  /** Reading stops (and the download fails) as soon as more than this many bytes arrive. */
  readonly maxBytes: number;
  readonly dispatcher?: Dispatcher;
  readonly signal?: AbortSignal;
}

/** After a download is abandoned its body's errors (the abort itself, a reset) concern nobody. */
function ignoreAbandonedBodyError(): void {}

function tooLarge(limit: number): FileTooLargeError {
  return new FileTooLargeError(message("upload.tooLargeStream", { limit: { bytes: limit } }));
}

/**
 * Starts a streaming GET of an already-checked CDN URL and reads just enough to sniff the type.
 * Nothing is buffered beyond that head: the rest flows through `body` as the consumer pulls it.
 */
export async function openDownload(url: URL, options: DownloadOptions): Promise<Download> {
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      method: "GET",
      ...DOWNLOAD_TIMEOUTS,
      ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch {
    throw userError("upload.downloadFailed");
  }
  const stream = response.body;
  // Every way of abandoning a download ends here. A bare destroy() of a body nobody listens to emits an
  // 'error' (UND_ERR_ABORTED) that takes the whole process down. dump() (undici's way to discard a body)
  // reads what is left up to a small limit, so the connection can be reused, or else destroys the body
  // with its error handled. A body being iterated cannot flow into dump(): the iterator is ended first.
  let iterator: AsyncIterator<Buffer> | undefined;
  let discarded = false;
  const cancel = () => {
    if (discarded) return;
    discarded = true;
    stream.on("error", ignoreAbandonedBodyError);
    const stopped = iterator?.return?.() ?? Promise.resolve();
    void Promise.resolve(stopped)
      .then(() => stream.dump({ limit: DISCARD_LIMIT_BYTES }))
      .catch(ignoreAbandonedBodyError);
  };
  if (response.statusCode !== 200) {
    cancel();
    throw userError(
      response.statusCode === 404 || response.statusCode === 403
        ? "upload.linkExpired"
        : "upload.downloadFailed",
    );
  }
  const announced = Number(response.headers["content-length"]);
  const contentLength = Number.isSafeInteger(announced) && announced >= 0 ? announced : undefined;
  if (contentLength !== undefined && contentLength > options.maxBytes) {
    cancel();
    throw tooLarge(options.maxBytes);
  }

  const reader = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  iterator = reader;
  let received = 0;
  const next = async (): Promise<Buffer | undefined> => {
    const step = await reader.next();
    if (step.done) return undefined;
    received += step.value.byteLength;
    if (received > options.maxBytes) {
      cancel();
      throw tooLarge(options.maxBytes);
    }
    return step.value;
  };

  const headChunks: Buffer[] = [];
  let headSize = 0;
  let ended = false;
  try {
    while (headSize < SNIFF_BYTES) {
      const chunk = await next();
      if (chunk === undefined) {
        ended = true;
        break;
      }
      headChunks.push(chunk);
      headSize += chunk.byteLength;
    }
  } catch (error) {
    cancel();
    if (error instanceof FileTooLargeError) throw error;
    throw userError("upload.downloadBroke");
  }
  const head = Buffer.concat(headChunks);

  async function* body(): AsyncGenerator<Uint8Array> {
    try {
      yield head;
      if (ended) return;
      for (let chunk = await next(); chunk !== undefined; chunk = await next()) yield chunk;
    } finally {
      cancel();
    }
  }

  return {
    head: head.subarray(0, SNIFF_BYTES),
    contentLength,
    body: body(),
    received: () => received,
    cancel,
  };
}
