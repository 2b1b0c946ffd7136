import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { UserError, userError } from "../../../errors.js";
import { SNIFF_BYTES } from "../inspect.js";

/** The operator's limits on a zip, checked while it is read (never after). */
export interface ZipLimits {
  /** The largest zip file that is downloaded, bytes. */
  readonly maxZipBytes: number;
  /** Entries (files and folders) in the central directory. */
  readonly maxEntries: number;
  /** Sum of every file's uncompressed size, bytes. */
  readonly maxTotalBytes: number;
  /** Uncompressed size ÷ compressed size of any one entry. */
  readonly maxRatio: number;
}

/** A file inside the zip that passed every check: its bytes were read once, hashed and sniffed. */
export interface ZipMember {
  /** The path inside the zip, as stored ("/" separated, never absolute, never with ".."). */
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  /** The first bytes (up to SNIFF_BYTES), for sniffing the file's kind. */
  readonly head: Buffer;
  readonly entry: Entry;
}

/** An opened zip whose members were all checked; members are read again, one at a time, for sending. */
export interface CheckedZip {
  readonly members: readonly ZipMember[];
  /** A fresh stream of one member's bytes (checked against its declared size again while it flows). */
  open(member: ZipMember): Promise<Readable>;
  close(): void;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06] as const;
const starts = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether these first bytes are a zip archive's. */
export function looksLikeZip(head: Uint8Array): boolean {
  return starts(head, ZIP_MAGIC) || starts(head, EMPTY_ZIP_MAGIC);
}

/** The entry's name when it is a safe relative path; undefined for an absolute or escaping one. */
export function safeMemberName(raw: string): string | undefined {
  const name = raw.replaceAll("\\", "/");
  if (name.length === 0 || name.includes("\0")) return undefined;
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return undefined;
  if (name.split("/").some((part) => part === "..")) return undefined;
  return name;
}

/** A name from the zip as it may be shown back: control characters dropped, cut to 100 characters. */
function shown(raw: string): string {
  return Array.from(raw.replace(/\p{Cc}/gu, ""))
    .slice(0, 100)
    .join("");
}

const openZip = (path: string) =>
  new Promise<ZipFile>((resolve, reject) => {
    // Names are decoded here (not by yauzl), so a hostile path is refused with its own message.
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });

const openStream = (zip: ZipFile, entry: Entry) =>
  new Promise<Readable>((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });

/** Every entry of the central directory, one at a time (lazyEntries: nothing read ahead). */
async function* entriesOf(zip: ZipFile): AsyncGenerator<Entry> {
  for (;;) {
    const next = await new Promise<Entry | undefined>((resolve, reject) => {
      const onEntry = (entry: Entry) => done(() => resolve(entry));
      const onEnd = () => done(() => resolve(undefined));
      const onError = (error: Error) => done(() => reject(error));
      const done = (settle: () => void) => {
        zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
        settle();
      };
      zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
      zip.readEntry();
    });
    if (next === undefined) return;
    yield next;
  }
}

function decodeName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  // General purpose bit 11: the name is UTF-8; otherwise CP437, of which ASCII is all that matters here.
  return (entry.generalPurposeBitFlag & 0x800) !== 0 ? raw.toString("utf8") : raw.toString("latin1");
}

/**
 * Opens the zip at `path` and reads every member once, front to back, checking as it goes: the number
 * of entries, paths, encryption, each entry's compression ratio (declared, then counted), the total
 * uncompressed size (counted), and nested zips. The first broken rule refuses the whole zip
 * (UserError) before anything is sent anywhere. Nothing is held but each member's first bytes.
 */
export async function checkZip(path: string, limits: ZipLimits, signal?: AbortSignal): Promise<CheckedZip> {
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch {
    throw userError("zip.unreadable");
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw userError("zip.tooManyEntries", { count: zip.entryCount, max: limits.maxEntries });
    }
    const members: ZipMember[] = [];
    let total = 0;
    for await (const entry of entriesOf(zip)) {
      signal?.throwIfAborted();
      const raw = decodeName(entry);
      const name = safeMemberName(raw);
      if (name === undefined) throw userError("zip.unsafePath", { name: shown(raw) });
      if (name.endsWith("/")) continue;
      if (entry.isEncrypted()) throw userError("zip.encrypted", { name: shown(name) });
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (ratio > limits.maxRatio) throw userError("zip.ratio", { name: shown(name), max: limits.maxRatio });
      if (total + entry.uncompressedSize > limits.maxTotalBytes) {
        throw userError("zip.tooLarge", { limit: { bytes: limits.maxTotalBytes } });
      }
      const member = await readMember(zip, entry, name, limits, limits.maxTotalBytes - total);
      total += member.size;
      members.push(member);
    }
    return {
      members,
      open: (member) => openStream(zip, member.entry),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    if (error instanceof UserError || signal?.aborted) throw error;
    throw userError("zip.unreadable");
  }
}

async function readMember(
  zip: ZipFile,
  entry: Entry,
  name: string,
  limits: ZipLimits,
  room: number,
): Promise<ZipMember> {
  const stream = await openStream(zip, entry);
  const hash = createHash("sha256");
  const head: Buffer[] = [];
  let headSize = 0;
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      // Counted as well as declared: a header that lies about its size is caught here (and by yauzl).
      if (size > room) throw userError("zip.tooLarge", { limit: { bytes: limits.maxTotalBytes } });
      if (size / Math.max(1, entry.compressedSize) > limits.maxRatio) {
        throw userError("zip.ratio", { name: shown(name), max: limits.maxRatio });
      }
      hash.update(chunk);
      if (headSize < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headSize));
        headSize += Math.min(chunk.byteLength, SNIFF_BYTES - headSize);
        if (headSize >= ZIP_MAGIC.length && looksLikeZip(Buffer.concat(head))) {
          throw userError("zip.nested", { name: shown(name) });
        }
      }
    }
  } finally {
    stream.destroy();
  }
  return { name, size, sha256: hash.digest("hex"), head: Buffer.concat(head), entry };
}
