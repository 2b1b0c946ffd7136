import { describe, expect, it } from "vitest";
import { BodyValidator } from "./validation/body-validator.js";
import { checkMessageLimits, embedLength } from "./validation/limits.js";

const validator = new BodyValidator();
const row = (...components: Array<Record<string, unknown>>) => ({ type: 1, components });
const button = (extra: Record<string, unknown>) => ({ type: 2, style: 1, label: "B", ...extra });

describe("message limits", () => {
  it("counts title, description, field names and values, footer and author toward the embed total", () => {
    const embed = {
      title: "ab",
      description: "cde",
      fields: [{ name: "f", value: "gh" }],
      footer: { text: "i" },
      author: { name: "jk" },
    };
    expect(embedLength(embed)).toBe(11);
  });

  it("accepts a typical paged embed with buttons", () => {
    const body = {
      embeds: [
        {
          title: "Inventory",
          description: "d".repeat(4096),
          fields: [{ name: "n", value: "v", inline: true }],
          color: 0x00ff00,
        },
      ],
      components: [
        row(button({ custom_id: "prev" }), button({ custom_id: "next" }), {
          type: 2,
          style: 5,
          label: "Open",
          url: "https://www.roblox.com",
        }),
      ],
      flags: 64,
    };
    expect(validator.callback({ type: 4, data: body })).toEqual([]);
    // An edit cannot set EPHEMERAL: whether a message is ephemeral is fixed when it is created.
    const { flags: _ephemeral, ...edit } = body;
    expect(validator.webhookMessage(edit, "edit")).toEqual([]);
    expect(validator.webhookMessage(body, "edit").map((issue) => issue.path)).toEqual(["flags"]);
  });

  it.each([
    [
      "duplicate custom ids",
      { components: [row(button({ custom_id: "a" }), button({ custom_id: "a" }))] },
      "components.0.components.1.custom_id",
      "COMPONENT_CUSTOM_ID_DUPLICATED",
    ],
    [
      "six buttons in a row",
      { components: [row(...Array.from({ length: 6 }, (_, i) => button({ custom_id: `b${i}` })))] },
      "components.0.components",
      "BASE_TYPE_MAX_LENGTH",
    ],
    [
      "a link button with a custom id",
      { components: [row({ type: 2, style: 5, url: "https://x.y", custom_id: "x" })] },
      "components.0.components.0.custom_id",
      "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
    ],
    [
      "a button without custom id",
      { components: [row(button({}))] },
      "components.0.components.0.custom_id",
      "BASE_TYPE_REQUIRED",
    ],
    [
      "a select sharing its row",
      {
        components: [
          row({ type: 3, custom_id: "s", options: [{ label: "a", value: "a" }] }, button({ custom_id: "b" })),
        ],
      },
      "components.0.components",
      "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
    ],
    [
      "an 81-character label",
      { components: [row(button({ custom_id: "x", label: "l".repeat(81) }))] },
      "components.0.components.0.label",
      "BASE_TYPE_MAX_LENGTH",
    ],
    ["the loading flag", { content: "x", flags: 128 }, "flags", "MESSAGE_FLAGS_INVALID"],
    [
      "eleven embeds",
      { embeds: Array.from({ length: 11 }, () => ({ title: "t" })) },
      "embeds",
      "BASE_TYPE_MAX_LENGTH",
    ],
    [
      "a 2049-character footer",
      { embeds: [{ footer: { text: "f".repeat(2049) } }] },
      "embeds.0.footer.text",
      "BASE_TYPE_MAX_LENGTH",
    ],
    [
      "a 257-character author name",
      { embeds: [{ author: { name: "a".repeat(257) } }] },
      "embeds.0.author.name",
      "BASE_TYPE_MAX_LENGTH",
    ],
    [
      "an empty field name",
      { embeds: [{ fields: [{ name: "", value: "v" }] }] },
      "embeds.0.fields.0.name",
      "BASE_TYPE_REQUIRED",
    ],
  ])("reports %s", (_name, body, path, code) => {
    expect(checkMessageLimits(body, { prefix: "" })).toContainEqual(expect.objectContaining({ path, code }));
  });
});

describe("spec validation", () => {
  it("reports only the problem of the component kind that was sent", () => {
    const issues = validator.callback({
      type: 4,
      data: { components: [row({ type: 2, custom_id: "c", label: "B" })] },
    });
    expect(issues).toEqual([
      {
        path: "data.components.0.components.0.style",
        code: "BASE_TYPE_REQUIRED",
        message: "This field is required",
      },
    ]);
  });

  it("reports an unknown component type once", () => {
    const issues = validator.callback({ type: 4, data: { content: "x", components: [{ type: 99 }] } });
    expect(issues.filter((issue) => issue.path === "data.components.0.type")).toHaveLength(1);
    expect(issues.every((issue) => issue.path.startsWith("data.components.0"))).toBe(true);
  });

  it("checks autocomplete answers against the variant their values use", () => {
    expect(validator.callback({ type: 8, data: { choices: [{ name: "a", value: "a" }] } })).toEqual([]);
    expect(validator.callback({ type: 8, data: { choices: [{ name: "a", value: 1 }] } })).toEqual([]);
    const tooMany = validator.callback({
      type: 8,
      data: { choices: Array.from({ length: 26 }, (_, i) => ({ name: `${i}`, value: `${i}` })) },
    });
    expect(tooMany).toContainEqual(
      expect.objectContaining({ path: "data.choices", code: "BASE_TYPE_MAX_LENGTH" }),
    );
  });

  it("rejects unknown callback types and malformed fields from the spec", () => {
    expect(validator.callback({ type: 3 })).toEqual([
      expect.objectContaining({ path: "type", code: "BASE_TYPE_CHOICES" }),
    ]);
    const issues = validator.webhookMessage(
      { embeds: [{ url: "not a url", timestamp: "yesterday", color: -1 }] },
      "edit",
    );
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      "embeds.0.color",
      "embeds.0.timestamp",
      "embeds.0.url",
    ]);
  });

  it("accepts modal answers and deferrals", () => {
    expect(validator.callback({ type: 5, data: { flags: 64 } })).toEqual([]);
    expect(validator.callback({ type: 6 })).toEqual([]);
    const modal = {
      type: 9,
      data: {
        custom_id: "m",
        title: "Title",
        components: [{ type: 1, components: [{ type: 4, custom_id: "t", style: 1, label: "Name" }] }],
      },
    };
    expect(validator.callback(modal)).toEqual([]);
  });
});

describe("command limits", () => {
  const command = (fileTypes: unknown) => ({
    name: "up",
    description: "Upload",
    options: [{ type: 11, name: "file", description: "File", file_types: fileTypes }],
  });

  it("accepts file_types of groups and extensions, up to 10", () => {
    expect(validator.commandList([command(["image", "audio", ".fbx", ".rbxm"])])).toEqual([]);
  });

  it("refuses more than 10 file_types, and entries that are neither a group nor an extension", () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `.x${index}`);
    expect(validator.commandList([command(eleven)]).map((issue) => issue.path)).toEqual([
      "0.options.0.file_types",
    ]);
    expect(validator.command(command(["images", "fbx"])).map((issue) => issue.path)).toEqual([
      "options.0.file_types.0",
      "options.0.file_types.1",
    ]);
  });
});
