import { ZipFile } from "yazl";

export interface ZipInput {
  readonly name: string;
  readonly data: Buffer;
  /** Stored without compression (default: deflated). */
  readonly store?: boolean;
}

/** A zip archive of these files, built in memory with yazl. */
export async function buildZip(files: readonly ZipInput[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const file of files) {
    zip.addBuffer(file.data, file.name, { compress: file.store !== true, mtime: new Date(0) });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * The archive with one entry's name replaced by another of the same length, in its local header and
 * in the central directory: how a hostile name ("../x", which yazl refuses to write) gets in.
 */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error("names must have the same length");
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  let at = out.indexOf(needle);
  let count = 0;
  while (at !== -1) {
    Buffer.from(to).copy(out, at);
    count += 1;
    at = out.indexOf(needle, at + needle.length);
  }
  if (count < 2) throw new Error(`entry ${from} not found in both headers`);
  return out;
}

/** The archive with every entry marked encrypted (general purpose bit 0), as a password-protected zip is. */
export function markEncrypted(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at + 4 <= out.length; at += 1) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50) out.writeUInt16LE(out.readUInt16LE(at + 6) | 1, at + 6);
    if (signature === 0x02014b50) out.writeUInt16LE(out.readUInt16LE(at + 8) | 1, at + 8);
  }
  return out;
}
