import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { UploadSizeMismatchError } from "../../../src/services/opencloud/index.js";
import { multipartBody } from "../../../src/services/opencloud/multipart.js";

async function collect(body: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe("multipartBody", () => {
  it("produces a well-formed body whose length is known in advance", async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 13, 10]);
    const file = {
      stream: Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]),
      size: bytes.length,
      contentType: "image/png",
      fileName: 'a"b\r\n.png',
    };
    const multipart = multipartBody([{ name: "request", value: '{"x":1}' }], "fileContent", file);
    const body = await collect(multipart.body);
    expect(body.length).toBe(multipart.contentLength);
    const boundary = multipart.contentType.split("boundary=")[1];
    const text = body.toString("latin1");
    expect(
      text.startsWith(`--${boundary}\r\nContent-Disposition: form-data; name="request"\r\n\r\n{"x":1}\r\n`),
    ).toBe(true);
    expect(text).toContain('name="fileContent"; filename="a_b__.png"\r\nContent-Type: image/png\r\n\r\n');
    expect(text.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
    expect(body.includes(bytes)).toBe(true);
  });

  it("fails when the stream is shorter or longer than declared", async () => {
    const short = multipartBody([], "f", {
      stream: Readable.from([Buffer.alloc(3)]),
      size: 4,
      contentType: "x/y",
      fileName: "f",
    });
    await expect(collect(short.body)).rejects.toBeInstanceOf(UploadSizeMismatchError);
    const long = multipartBody([], "f", {
      stream: Readable.from([Buffer.alloc(5)]),
      size: 4,
      contentType: "x/y",
      fileName: "f",
    });
    await expect(collect(long.body)).rejects.toBeInstanceOf(UploadSizeMismatchError);
  });
});
