import { EventEmitter } from "node:events";
import { InteractionType, MessageFlags, MessageType } from "discord-api-types/v10";
import type { AttachmentCdn } from "./cdn.js";
import type { VirtualClock } from "./clock.js";
import type { UploadedFile } from "./http-io.js";
import { invalidFormBody } from "./rest/errors.js";
import type { EmulatedUser, MessageState, StoredAttachment } from "./types.js";

type Json = Record<string, unknown>;

/** What the message was produced for; used for the `interaction_metadata` Discord attaches. */
export interface MessageOrigin {
  interactionId: string;
  interactionType: number;
  commandName: string | null;
  user: EmulatedUser;
}

export interface NewMessage {
  channelId: string;
  guildId: string | null;
  body: Json;
  files: UploadedFile[];
  role: MessageState["role"];
  origin: MessageOrigin | null;
  loading?: boolean;
}

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;

function copyState(message: MessageState): Omit<MessageState, "editHistory"> {
  const { editHistory: _history, ...rest } = message;
  return {
    ...rest,
    embeds: structuredClone(message.embeds),
    components: structuredClone(message.components),
    attachments: message.attachments.map((attachment) => ({ ...attachment })),
  };
}

/** A copy of a message state that later edits do not change. */
export function snapshot(message: MessageState): MessageState {
  return { ...copyState(message), editHistory: message.editHistory.map((entry) => ({ ...entry })) };
}

/** Every message the bot produced, with edit history; emits "change" with the message after each change. */
export class MessageStore extends EventEmitter {
  readonly messages = new Map<string, MessageState>();
  private readonly origins = new Map<string, MessageOrigin>();

  constructor(
    private readonly deps: {
      bot: EmulatedUser;
      applicationId: string;
      cdn: AttachmentCdn;
      nextId: () => string;
      clock: VirtualClock;
    },
  ) {
    super();
    // Every pending handle.waitFor/reply listens here; many at once is normal in tests.
    this.setMaxListeners(0);
  }

  create(input: NewMessage): MessageState {
    const id = this.deps.nextId();
    const flags = typeof input.body.flags === "number" ? input.body.flags : 0;
    const attachments = this.resolveAttachments(input.channelId, [], input.body.attachments, input.files);
    const message: MessageState = {
      id,
      channelId: input.channelId,
      guildId: input.guildId,
      content: typeof input.body.content === "string" ? input.body.content : "",
      embeds: normalizeEmbeds(input.body.embeds, attachments),
      components: Array.isArray(input.body.components) ? structuredClone(input.body.components) : [],
      attachments,
      flags: (flags & ~MessageFlags.Loading) | (input.loading ? MessageFlags.Loading : 0),
      ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
      loading: input.loading ?? false,
      deleted: false,
      interactionId: input.origin?.interactionId ?? null,
      role: input.role,
      createdAt: this.deps.clock.now(),
      editedAt: null,
      editHistory: [],
    };
    this.messages.set(id, message);
    if (input.origin) this.origins.set(id, input.origin);
    this.emit("change", message);
    return message;
  }

  /** Applies an edit body (fields absent from the body stay as they were). Ephemerality cannot change. */
  edit(message: MessageState, body: Json, files: UploadedFile[]): MessageState {
    const attachments = this.resolveAttachments(
      message.channelId,
      message.attachments,
      body.attachments,
      files,
    );
    message.editHistory.push(copyState(message));
    if ("content" in body) message.content = typeof body.content === "string" ? body.content : "";
    if ("embeds" in body) message.embeds = normalizeEmbeds(body.embeds, attachments);
    if ("components" in body)
      message.components = Array.isArray(body.components) ? structuredClone(body.components) : [];
    if (typeof body.flags === "number") {
      const keep = message.flags & MessageFlags.Ephemeral;
      message.flags = (body.flags & ~(MessageFlags.Ephemeral | MessageFlags.Loading)) | keep;
    } else {
      message.flags &= ~MessageFlags.Loading;
    }
    message.attachments = attachments;
    message.loading = false;
    message.editedAt = this.deps.clock.now();
    this.emit("change", message);
    return message;
  }

  remove(message: MessageState): void {
    message.deleted = true;
    this.emit("change", message);
  }

  /** The message object as Discord's API returns it. */
  toApi(message: MessageState): Json {
    const origin = this.origins.get(message.id);
    const bot = this.deps.bot;
    const api: Json = {
      id: message.id,
      type:
        origin?.interactionType === InteractionType.ApplicationCommand
          ? MessageType.ChatInputCommand
          : MessageType.Default,
      channel_id: message.channelId,
      author: { ...bot },
      content: message.content,
      timestamp: new Date(message.createdAt).toISOString(),
      edited_timestamp: message.editedAt === null ? null : new Date(message.editedAt).toISOString(),
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: message.attachments.map(({ data: _data, ...attachment }) => attachment),
      embeds: message.embeds,
      pinned: false,
      flags: message.flags,
      components: message.components,
      webhook_id: this.deps.applicationId,
      application_id: this.deps.applicationId,
    };
    if (message.guildId) api.guild_id = message.guildId;
    if (origin) {
      api.interaction_metadata = {
        id: origin.interactionId,
        type: origin.interactionType,
        user: origin.user,
        authorizing_integration_owners: {},
      };
      api.interaction = {
        id: origin.interactionId,
        type: origin.interactionType,
        name: origin.commandName ?? "",
        user: origin.user,
      };
    }
    return api;
  }

  /**
   * Attachments after a create or edit: entries of `attachments` whose id is an upload index refer to
   * the part `files[n]`; other ids must name attachments the message already has; uploads not listed
   * are added; when `attachments` is absent, existing ones are kept.
   */
  private resolveAttachments(
    channelId: string,
    existing: StoredAttachment[],
    listed: unknown,
    files: UploadedFile[],
  ): StoredAttachment[] {
    const uploads = new Map<string, UploadedFile>();
    files.forEach((file, position) => {
      const index =
        /^files\[(\d+)\]$/.exec(file.field)?.[1] ?? /^file(\d*)$/.exec(file.field)?.[1] ?? String(position);
      uploads.set(index === "" ? "0" : index, file);
    });
    const result: StoredAttachment[] = [];
    const used = new Set<string>();
    if (Array.isArray(listed)) {
      const issues: Array<{ path: string; code: string; message: string }> = [];
      listed.forEach((entry, index) => {
        if (!isObject(entry)) return;
        const id = String(entry.id);
        const upload = uploads.get(id);
        const description = typeof entry.description === "string" ? entry.description : undefined;
        if (upload && !used.has(id)) {
          used.add(id);
          const filename = typeof entry.filename === "string" ? entry.filename : upload.filename;
          result.push(this.storeUpload(channelId, upload, filename, description));
          return;
        }
        const kept = existing.find((attachment) => attachment.id === id);
        if (kept) {
          result.push(description === undefined ? kept : { ...kept, description });
          return;
        }
        issues.push({
          path: `attachments.${index}.id`,
          code: "ATTACHMENT_NOT_FOUND",
          message: "Unknown attachment",
        });
      });
      if (issues.length > 0) throw invalidFormBody(issues);
    } else {
      result.push(...existing);
    }
    for (const [index, upload] of uploads) {
      if (!used.has(index)) result.push(this.storeUpload(channelId, upload, upload.filename, undefined));
    }
    if (result.length > 10) {
      throw invalidFormBody([
        { path: "attachments", code: "BASE_TYPE_MAX_LENGTH", message: "Must be 10 or fewer in length." },
      ]);
    }
    return result;
  }

  private storeUpload(
    channelId: string,
    upload: UploadedFile,
    filename: string,
    description: string | undefined,
  ): StoredAttachment {
    const attachment = this.deps.cdn.store({
      channelId,
      id: this.deps.nextId(),
      filename,
      data: upload.data,
      contentType: upload.contentType,
    });
    return { ...attachment, ...(description === undefined ? {} : { description }), data: upload.data };
  }
}

/** Discord marks sent embeds as "rich" and resolves `attachment://name` links to the uploaded file. */
function normalizeEmbeds(embeds: unknown, attachments: StoredAttachment[]): Json[] {
  if (!Array.isArray(embeds)) return [];
  const resolve = (holder: unknown, key: string): void => {
    if (!isObject(holder) || typeof holder[key] !== "string") return;
    const ref = /^attachment:\/\/(.+)$/.exec(holder[key] as string)?.[1];
    const target = ref ? attachments.find((attachment) => attachment.filename === ref) : undefined;
    if (target) holder[key] = target.url;
  };
  return embeds.filter(isObject).map((original) => {
    const embed = structuredClone(original);
    embed.type ??= "rich";
    resolve(embed.image, "url");
    resolve(embed.thumbnail, "url");
    resolve(embed.author, "icon_url");
    resolve(embed.footer, "icon_url");
    return embed;
  });
}
