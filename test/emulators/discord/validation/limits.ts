import { ApplicationCommandOptionType, ComponentType, MessageFlags } from "discord-api-types/v10";
import type { ViolationIssue } from "../types.js";

/** Message flags a bot may set on an interaction response or webhook message. */
const SETTABLE_FLAGS =
  MessageFlags.SuppressEmbeds |
  MessageFlags.Ephemeral |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsComponentsV2;

const EMBED_TOTAL_MAX = 6000;
const SELECT_TYPES = new Set<number>([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;
const join = (...parts: Array<string | number>): string =>
  parts.filter((part) => String(part).length > 0).join(".");

function maxLength(issues: ViolationIssue[], path: string, value: unknown, limit: number): void {
  if (typeof value === "string" && [...value].length > limit) {
    issues.push({ path, code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${limit} or fewer in length.` });
  }
}

function required(issues: ViolationIssue[], path: string, value: unknown): void {
  if (typeof value !== "string" || value.length === 0) {
    issues.push({ path, code: "BASE_TYPE_REQUIRED", message: "This field is required" });
  }
}

/** Characters Discord counts toward the 6000 total of a message's embeds. */
export function embedLength(embed: Json): number {
  const fields = Array.isArray(embed.fields) ? embed.fields.filter(isObject) : [];
  const parts = [
    text(embed.title),
    text(embed.description),
    isObject(embed.footer) ? text(embed.footer.text) : "",
    isObject(embed.author) ? text(embed.author.name) : "",
    ...fields.flatMap((field) => [text(field.name), text(field.value)]),
  ];
  return parts.reduce((sum, part) => sum + [...part].length, 0);
}

function checkEmbeds(issues: ViolationIssue[], prefix: string, embeds: unknown): void {
  if (!Array.isArray(embeds)) return;
  const path = join(prefix, "embeds");
  if (embeds.length > 10) {
    issues.push({ path, code: "BASE_TYPE_MAX_LENGTH", message: "Must be 10 or fewer in length." });
  }
  let total = 0;
  embeds.forEach((embed, index) => {
    if (!isObject(embed)) return;
    const at = join(path, index);
    total += embedLength(embed);
    maxLength(issues, join(at, "title"), embed.title, 256);
    maxLength(issues, join(at, "description"), embed.description, 4096);
    if (isObject(embed.footer)) maxLength(issues, join(at, "footer", "text"), embed.footer.text, 2048);
    if (isObject(embed.author)) maxLength(issues, join(at, "author", "name"), embed.author.name, 256);
    if (!Array.isArray(embed.fields)) return;
    if (embed.fields.length > 25) {
      issues.push({
        path: join(at, "fields"),
        code: "BASE_TYPE_MAX_LENGTH",
        message: "Must be 25 or fewer in length.",
      });
    }
    embed.fields.forEach((field, fieldIndex) => {
      if (!isObject(field)) return;
      const fieldPath = join(at, "fields", fieldIndex);
      required(issues, join(fieldPath, "name"), field.name);
      required(issues, join(fieldPath, "value"), field.value);
      maxLength(issues, join(fieldPath, "name"), field.name, 256);
      maxLength(issues, join(fieldPath, "value"), field.value, 1024);
    });
  });
  if (total > EMBED_TOTAL_MAX) {
    issues.push({
      path,
      code: "MAX_EMBED_SIZE_EXCEEDED",
      message: `Embed size exceeds maximum size of ${EMBED_TOTAL_MAX}`,
    });
  }
}

function checkButton(issues: ViolationIssue[], path: string, button: Json): void {
  maxLength(issues, join(path, "label"), button.label, 80);
  maxLength(issues, join(path, "custom_id"), button.custom_id, 100);
  if (button.style === 5) {
    if (typeof button.url !== "string")
      issues.push({ path: join(path, "url"), code: "BASE_TYPE_REQUIRED", message: "This field is required" });
    if (button.custom_id != null) {
      issues.push({
        path: join(path, "custom_id"),
        code: "BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED",
        message: "A custom id cannot be specified for this button style",
      });
    }
  } else if (button.style !== 6) {
    required(issues, join(path, "custom_id"), button.custom_id);
    if (button.url != null) {
      issues.push({
        path: join(path, "url"),
        code: "BUTTON_COMPONENT_URL_NOT_ALLOWED",
        message: "A url cannot be specified for this button style",
      });
    }
  }
}

/** Classic (non components-v2) layout: at most 5 action rows, each with 1–5 buttons or a single select. */
function checkActionRows(issues: ViolationIssue[], prefix: string, components: unknown[]): void {
  const path = join(prefix, "components");
  if (components.length > 5) {
    issues.push({ path, code: "BASE_TYPE_MAX_LENGTH", message: "Must be 5 or fewer in length." });
  }
  const customIds = new Map<string, string>();
  components.forEach((row, rowIndex) => {
    const rowPath = join(path, rowIndex);
    if (!isObject(row)) return;
    if (row.type !== ComponentType.ActionRow) {
      issues.push({
        path: join(rowPath, "type"),
        code: "BASE_TYPE_CHOICES",
        message: "Value must be one of {1}.",
      });
      return;
    }
    const children = Array.isArray(row.components) ? row.components.filter(isObject) : [];
    if (children.length === 0 || children.length > 5) {
      issues.push({
        path: join(rowPath, "components"),
        code: children.length === 0 ? "BASE_TYPE_MIN_LENGTH" : "BASE_TYPE_MAX_LENGTH",
        message: children.length === 0 ? "Must be 1 or more in length." : "Must be 5 or fewer in length.",
      });
    }
    const hasSelect = children.some((child) => SELECT_TYPES.has(Number(child.type)));
    if (hasSelect && children.length > 1) {
      issues.push({
        path: join(rowPath, "components"),
        code: "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
        message: "The specified component exceeds the maximum width",
      });
    }
    children.forEach((child, childIndex) => {
      const childPath = join(rowPath, "components", childIndex);
      if (child.type === ComponentType.Button) checkButton(issues, childPath, child);
      else maxLength(issues, join(childPath, "custom_id"), child.custom_id, 100);
      if (typeof child.custom_id === "string") {
        if (customIds.has(child.custom_id)) {
          issues.push({
            path: join(childPath, "custom_id"),
            code: "COMPONENT_CUSTOM_ID_DUPLICATED",
            message: "Component custom id cannot be duplicated",
          });
        }
        customIds.set(child.custom_id, childPath);
      }
    });
  });
}

export interface MessageLimitContext {
  /** "data" for interaction callbacks, "" for webhook bodies. */
  prefix: string;
  /**
   * True for edits (webhook PATCH, callback type 7): only SUPPRESS_EMBEDS and IS_COMPONENTS_V2 can be
   * set then (discord-api-docs resources/webhook, Edit Webhook Message: "flags … only SUPPRESS_EMBEDS
   * and IS_COMPONENTS_V2 can be set"); whether a message is ephemeral is fixed when it is created.
   */
  edit?: boolean;
}

const EDITABLE_FLAGS = MessageFlags.SuppressEmbeds | MessageFlags.IsComponentsV2;

/** Discord's limits on a message body (content, embeds, components, flags) that the spec alone does not express. */
export function checkMessageLimits(body: unknown, context: MessageLimitContext): ViolationIssue[] {
  if (!isObject(body)) return [];
  const issues: ViolationIssue[] = [];
  const { prefix } = context;
  maxLength(issues, join(prefix, "content"), body.content, 2000);
  checkEmbeds(issues, prefix, body.embeds);
  const flags = typeof body.flags === "number" ? body.flags : 0;
  if (flags & ~(context.edit ? EDITABLE_FLAGS : SETTABLE_FLAGS)) {
    issues.push({ path: join(prefix, "flags"), code: "MESSAGE_FLAGS_INVALID", message: "Invalid flags" });
  }
  if (Array.isArray(body.components) && (flags & MessageFlags.IsComponentsV2) === 0) {
    checkActionRows(issues, prefix, body.components);
  }
  return issues;
}

/** Autocomplete answers: at most 25 choices, names 1–100 characters. */
export function checkAutocompleteLimits(data: unknown): ViolationIssue[] {
  if (!isObject(data) || !Array.isArray(data.choices)) return [];
  const issues: ViolationIssue[] = [];
  if (data.choices.length > 25) {
    issues.push({
      path: "data.choices",
      code: "BASE_TYPE_MAX_LENGTH",
      message: "Must be 25 or fewer in length.",
    });
  }
  data.choices.forEach((choice, index) => {
    if (isObject(choice)) maxLength(issues, `data.choices.${index}.name`, choice.name, 100);
  });
  return issues;
}

/** `file_types` groups Discord knows; anything else must be an extension such as ".fbx". */
const FILE_TYPE_GROUPS = new Set(["image", "video", "audio"]);

/**
 * Attachment options' `file_types` (discord-api-docs interactions/application-commands; discord-api-types
 * `FileUploadType = 'audio' | 'image' | 'video' | \`.${string}\``): at most 10 entries, each a group
 * or a dotted extension. The spec's schema does not list the field yet, so it is checked here.
 */
export function checkCommandLimits(command: unknown, prefix: string): ViolationIssue[] {
  if (!isObject(command) || !Array.isArray(command.options)) return [];
  const issues: ViolationIssue[] = [];
  const visit = (options: unknown[], path: string): void => {
    options.forEach((option, index) => {
      if (!isObject(option)) return;
      const here = join(path, `options.${index}`);
      if (Array.isArray(option.options)) visit(option.options, here);
      if (option.file_types === undefined) return;
      if (option.type !== ApplicationCommandOptionType.Attachment || !Array.isArray(option.file_types)) {
        issues.push({
          path: join(here, "file_types"),
          code: "BASE_TYPE_BAD_TYPE",
          message: "Invalid file types.",
        });
        return;
      }
      if (option.file_types.length > 10) {
        issues.push({
          path: join(here, "file_types"),
          code: "BASE_TYPE_MAX_LENGTH",
          message: "Must be 10 or fewer in length.",
        });
      }
      option.file_types.forEach((fileType, typeIndex) => {
        const valid =
          typeof fileType === "string" &&
          (FILE_TYPE_GROUPS.has(fileType) || /^\.[a-z0-9]{1,10}$/.test(fileType));
        if (!valid) {
          issues.push({
            path: join(here, `file_types.${typeIndex}`),
            code: "BASE_TYPE_CHOICES",
            message: "Value must be image, video, audio or a file extension such as .png.",
          });
        }
      });
    });
  };
  visit(command.options, prefix);
  return issues;
}
