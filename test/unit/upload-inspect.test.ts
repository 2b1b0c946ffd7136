import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { type InspectionInput, inspect } from "../../src/services/uploads/inspect.js";

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
const FBX = Buffer.from("Kaydara FBX Binary  \u0000\u001a\u0000", "latin1");
const GLB = Buffer.concat([Buffer.from("glTF", "latin1"), Buffer.from([2, 0, 0, 0]), Buffer.alloc(16)]);
const GIF = Buffer.from("GIF89a....", "latin1");
const OGG = Buffer.concat([Buffer.from("OggS", "latin1"), Buffer.alloc(32)]);

const asked = (input: Partial<InspectionInput> = {}): InspectionInput => ({
  requested: "Auto",
  fileName: "my picture.png",
  extension: ".png",
  ...input,
});

function refusal(head: Buffer, input: InspectionInput): string {
  try {
    inspect(head, input);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  return "accepted";
}

describe("inspect", () => {
  it("decides the kind and the asset type from the bytes, and how the file is sent", () => {
    const head = Buffer.from(PNG);
    const inspected = inspect(head, asked());
    expect(inspected).not.toBeInstanceOf(Promise);
    expect(inspected).toMatchObject({
      assetType: "Decal",
      contentType: "image/png",
      uploadFileName: "my_picture.png",
    });
    expect(inspected.kind.id).toBe("png");
    expect(head.equals(PNG)).toBe(true);
  });

  it("goes by the bytes, not the name", () => {
    expect(inspect(OGG, asked({ fileName: "song.png" }))).toMatchObject({
      assetType: "Audio",
      contentType: "audio/ogg",
      uploadFileName: "song.ogg",
    });
  });

  it("refuses bytes Roblox does not take, naming the extension they pretend to", () => {
    expect(refusal(GIF, asked())).toMatch(/^That file is a GIF image, even though its name ends in \.png\./);
    expect(refusal(GIF, asked({ extension: "" }))).toMatch(/^That file is a GIF image\. Roblox takes/);
  });

  it("refuses an explicit type that the bytes do not fit", () => {
    expect(refusal(PNG, asked({ requested: "Audio" }))).toBe(
      "You chose Audio, but that file is a PNG image. An Audio upload needs an audio file (MP3, OGG, WAV or FLAC).",
    );
    expect(inspect(PNG, asked({ requested: "Decal" })).assetType).toBe("Decal");
  });

  it("takes a new version only as FBX bytes of a Model", () => {
    const update = asked({ fileName: "tree.fbx", extension: ".fbx", targetAssetId: "123" });
    expect(inspect(FBX, update)).toMatchObject({ assetType: "Model", contentType: "model/fbx" });
    expect(refusal(GLB, update)).toMatch(/only as \.fbx files/);
    expect(refusal(PNG, update)).toMatch(/does not allow new versions of Decal assets/);
    expect(inspect(GLB, asked({ fileName: "tree.glb" })).assetType).toBe("Model");
  });
});
