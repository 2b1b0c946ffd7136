import { writeFileSync } from "node:fs";

export const MIB = 1024 * 1024;

/** A binary FBX-looking file of exactly `bytes` bytes (the header is what type sniffing reads). */
export function fbxFile(bytes: number): Buffer {
  const file = Buffer.alloc(bytes, 0x5a);
  Buffer.from("Kaydara FBX Binary  \0\x1a\0", "latin1").copy(file);
  return file;
}

/** A GLB (binary glTF) file of exactly `bytes` bytes. */
export function glbFile(bytes: number): Buffer {
  const file = Buffer.alloc(bytes, 0x33);
  Buffer.concat([Buffer.from("glTF", "latin1"), Buffer.from([2, 0, 0, 0])]).copy(file);
  file.writeUInt32LE(bytes, 8);
  return file;
}

export function writeFile(path: string, data: Buffer): string {
  writeFileSync(path, data);
  return path;
}
