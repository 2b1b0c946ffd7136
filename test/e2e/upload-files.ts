/** Small valid-looking files of each format, for the upload tests. */
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", "latin1"),
  Buffer.alloc(200, 7),
]);
export const MP3 = Buffer.concat([Buffer.from("ID3\x04\0\0\0\0\0\0", "latin1"), Buffer.alloc(300, 1)]);
export const GLB = Buffer.concat([
  Buffer.from("glTF", "latin1"),
  Buffer.from([2, 0, 0, 0]),
  Buffer.alloc(100),
]);
export const RBXM = Buffer.concat([
  Buffer.from("<roblox!\x89\xff\r\n\x1a\n", "latin1"),
  Buffer.alloc(100, 3),
]);
/** A binary FBX header ("Kaydara FBX Binary  \0", version 7400) and padding. */
export const FBX = Buffer.concat([
  Buffer.from("Kaydara FBX Binary  \0\x1a\0", "latin1"),
  Buffer.from([0xe8, 0x1c, 0, 0]),
  Buffer.alloc(300, 0),
]);
export const TEXT = Buffer.from("just some notes, not an image\n".repeat(10));
