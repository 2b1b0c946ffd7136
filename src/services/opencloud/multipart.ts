import { randomBytes } from "node:crypto";
import { UploadSizeMismatchError } from "./errors.js";

/** A file to upload, read once from `stream`; `size` must be its exact length in bytes. */
export interface UploadFile {
  stream: AsyncIterable<Uint8Array | string>;
  size: number;
  contentType: string;
  fileName: string;
}

export interface MultipartField {
  name: string;
  value: string;
  contentType?: string;
}

export interface MultipartBody {
  body: AsyncIterable<Uint8Array>;
  contentLength: number;
  contentType: string;
}

/** Quoted-string safe for a Content-Disposition parameter: no quotes, backslashes or line breaks. */
function quoteParam(value: string): string {
  return `"${value.replace(/[\r\n"\\]/g, "_")}"`;
}

function partHead(boundary: string, disposition: string, contentType: string | undefined): string {
  const type = contentType === undefined ? "" : `Content-Type: ${contentType}\r\n`;
  return `--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n${type}\r\n`;
}

/**
 * A multipart/form-data body of text fields followed by one file part, produced lazily from the
 * file's stream so memory stays flat, with its exact length computed up front. Streaming more or
 * fewer bytes than `file.size` fails the upload with UploadSizeMismatchError.
 */
export function multipartBody(fields: MultipartField[], fileField: string, file: UploadFile): MultipartBody {
  const boundary = `----opencloud${randomBytes(12).toString("hex")}`;
  const head = Buffer.from(
    fields
      .map(
        (field) =>
          `${partHead(boundary, `name=${quoteParam(field.name)}`, field.contentType)}${field.value}\r\n`,
      )
      .join("") +
      partHead(
        boundary,
        `name=${quoteParam(fileField)}; filename=${quoteParam(file.fileName)}`,
        file.contentType,
      ),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);

  async function* generate(): AsyncGenerator<Uint8Array> {
    yield head;
    let sent = 0;
    for await (const chunk of file.stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      sent += bytes.byteLength;
      if (sent > file.size)
        throw new UploadSizeMismatchError(`File is larger than its declared ${file.size} bytes`);
      yield bytes;
    }
    if (sent !== file.size) {
      throw new UploadSizeMismatchError(`File ended after ${sent} of its declared ${file.size} bytes`);
    }
    yield tail;
  }

  return {
    body: generate(),
    contentLength: head.byteLength + file.size + tail.byteLength,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
