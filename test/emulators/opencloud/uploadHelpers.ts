import { Readable } from "node:stream";

/** Builds a multipart body for Create/Update Asset the way curl and rblxopencloud do. */
export function multipartBody(
  request: Record<string, unknown>,
  file?: { bytes: Uint8Array | AsyncIterable<Uint8Array>; contentType: string; filename: string },
  /** Extra header lines of the `request` part, e.g. a part Content-Type as some scripts send. */
  requestPartHeaders = "",
): { body: Readable; contentType: string } {
  const boundary = `----emulatortest${Math.random().toString(16).slice(2)}`;
  async function* parts(): AsyncGenerator<Uint8Array> {
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="request"\r\n${requestPartHeaders}\r\n${JSON.stringify(request)}\r\n`,
    );
    if (file !== undefined) {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="fileContent"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
      );
      // An empty chunk would stall fetch's streaming body, so an empty file yields nothing.
      if (file.bytes instanceof Uint8Array) {
        if (file.bytes.length > 0) yield file.bytes;
      } else yield* file.bytes;
      yield Buffer.from("\r\n");
    }
    yield Buffer.from(`--${boundary}--\r\n`);
  }
  return { body: Readable.from(parts()), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function* zeroBytes(total: number, chunk = 64 * 1024): AsyncGenerator<Uint8Array> {
  const block = new Uint8Array(chunk);
  for (let sent = 0; sent < total; sent += chunk) yield block.subarray(0, Math.min(chunk, total - sent));
}

export const PNG_BYTES = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
