import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import {
  describeUnknownBytes,
  resolveAssetType,
  sniffFileKind,
  uploadFileName,
} from "../../src/services/uploads/inspect.js";
import {
  checkAttachmentUrl,
  checkDeclaredSize,
  displayNameFor,
  sizeLimit,
} from "../../src/services/uploads/preflight.js";

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

const bmpHeader = () => {
  const b = Buffer.alloc(54);
  b.write("BM", 0, "latin1");
  b.writeUInt32LE(54, 2);
  b.writeUInt32LE(40, 14);
  return b;
};
const tgaHeader = () => {
  const b = Buffer.alloc(18 + 16);
  b[2] = 2;
  b.writeUInt16LE(4, 12);
  b.writeUInt16LE(4, 14);
  b[16] = 32;
  return b;
};

describe("sniffFileKind", () => {
  it.each([
    ["PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "rest"), "png"],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF"), "jpeg"],
    ["BMP", bmpHeader(), "bmp"],
    ["TGA", tgaHeader(), "tga"],
    ["MP3 with ID3", bytes("ID3", [4, 0, 0]), "mp3"],
    ["MP3 frame", bytes([0xff, 0xfb, 0x90, 0x64]), "mp3"],
    ["OGG", bytes("OggS", [0, 2]), "ogg"],
    ["WAV", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "), "wav"],
    ["FLAC", bytes("fLaC", [0]), "flac"],
    ["binary FBX", bytes("Kaydara FBX Binary  ", [0, 0x1a, 0]), "fbx"],
    ["ASCII FBX", bytes("; FBX 7.4.0 project file\n"), "fbx"],
    ["GLB", bytes("glTF", [2, 0, 0, 0]), "glb"],
    ["glTF JSON", Buffer.from('\uFEFF{ "asset": { "version": "2.0" }, "scenes": [] }', "utf8"), "gltf"],
    ["RBXM", bytes("<roblox!", [0x89, 0xff]), "rbxm"],
    ["RBXMX", bytes('<roblox xmlns:xmime="http://www.w3.org/2005/05/xmlmime" version="4">'), "rbxmx"],
    ["RBXMX with XML declaration", bytes('<?xml version="1.0"?>\n<roblox version="4">'), "rbxmx"],
  ])("recognises %s", (_, head, id) => {
    expect(sniffFileKind(head)?.id).toBe(id);
  });

  it.each([
    ["plain text", bytes("hello, this is text\n"), "text"],
    ["GIF", bytes("GIF89a", [1, 0]), "gif"],
    ["WebP", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "), "webp"],
    ["MP4", bytes([0, 0, 0, 0x18], "ftypmp42"), "video"],
    ["JSON that is not glTF", bytes('{"name": "x"}'), "text"],
    ["empty", Buffer.alloc(0), "unknown"],
  ])("refuses %s", (_, head, description) => {
    expect(sniffFileKind(head)).toBeUndefined();
    expect(describeUnknownBytes(head)).toBe(description);
  });

  it("never takes text for a TGA, whatever its bytes", () => {
    for (let i = 0; i < 200; i++) {
      const text = Buffer.from(`line ${i}\t${"x".repeat(i % 17)}\n`.repeat(3));
      expect(sniffFileKind(text)).toBeUndefined();
    }
  });
});

describe("upload validation", () => {
  const hosts = ["cdn.discordapp.com", "media.discordapp.net", "127.0.0.1:4000"];

  it.each([
    "https://cdn.discordapp.com/attachments/1/2/a.png?ex=1",
    "https://media.discordapp.net/attachments/1/2/a.png",
    "http://127.0.0.1:4000/cdn/attachments/1/2/a.png",
  ])("accepts a CDN URL %s", (url) => {
    expect(checkAttachmentUrl(url, hosts).href).toBe(url);
  });

  it.each([
    "https://evil.example/a.png",
    "https://cdn.discordapp.com.evil.example/a.png",
    "https://cdn.discordapp.com:8443/a.png",
    "http://127.0.0.1:4001/a.png",
    "http://127.0.0.1/a.png",
    "http://10.0.0.5/a.png",
    "http://[::1]:4000/a.png",
    "https://user:pass@cdn.discordapp.com/a.png",
    "file:///etc/passwd",
    "not a url",
  ])("refuses %s", (url) => {
    expect(() => checkAttachmentUrl(url, hosts)).toThrow(UserError);
  });

  it("takes the smaller of Discord's and Roblox's limits", () => {
    expect(sizeLimit(10 * 1024 * 1024)).toBe(10 * 1024 * 1024);
    expect(sizeLimit(500 * 1024 * 1024)).toBe(20 * 1024 * 1024);
    expect(sizeLimit(undefined)).toBe(20 * 1024 * 1024);
    expect(() => checkDeclaredSize(20 * 1024 * 1024 + 1, sizeLimit(undefined))).toThrow(/at most 20 MB/);
    expect(() => checkDeclaredSize(0, 100)).toThrow(/empty/);
    expect(() => checkDeclaredSize(100, 100)).not.toThrow();
  });

  it("decides the asset type from the bytes and refuses a mismatch", () => {
    const png = sniffFileKind(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (!png) throw new Error("PNG not recognised");
    expect(resolveAssetType("Auto", png)).toBe("Decal");
    expect(resolveAssetType("Decal", png)).toBe("Decal");
    expect(() => resolveAssetType("Audio", png)).toThrow(/that file is a PNG image/);
    expect(uploadFileName("my song.mp3", png)).toBe("my_song.png");
  });

  it("derives the display name from the file name, cut to 50 characters", () => {
    expect(displayNameFor(undefined, "cool logo.final.png")).toBe("cool logo.final");
    expect(displayNameFor("  Given\nname ", "x.png")).toBe("Given name");
    expect(displayNameFor(undefined, `${"n".repeat(80)}.png`)).toHaveLength(50);
    expect(displayNameFor(undefined, ".png")).toBe("Upload");
  });
});
