import type { AttachmentCdn } from "./cdn.js";
import type { VirtualClock } from "./clock.js";
import type { InteractionRegistry } from "./interactions/registry.js";
import type { MessageStore } from "./messages.js";
import type { OldMessageEdits } from "./rest/old-message-edits.js";
import type {
  ApplicationCommandRecord,
  EmulatedUser,
  RecordedRequest,
  RoleWrite,
  Violation,
} from "./types.js";
import type { BodyValidator } from "./validation/body-validator.js";
import type { SeededGuild } from "./world.js";

/** Everything the emulator's parts share; built once in server.ts. */
export interface EmulatorContext {
  clock: VirtualClock;
  nextId: () => string;
  token: string;
  applicationId: string;
  bot: EmulatedUser;
  guilds: SeededGuild[];
  /** `bot_public` of the emulated application. */
  botPublic: boolean;
  /** When the bot "joined" the guilds (ISO). */
  joinedAt: string;
  /** Registered commands: key "global" or a guild id. */
  commands: Map<string, ApplicationCommandRecord[]>;
  dmChannels: Map<string, string>;
  store: MessageStore;
  registry: InteractionRegistry;
  cdn: AttachmentCdn;
  validator: BodyValidator;
  oldMessageEdits: OldMessageEdits;
  /** ws://host:port/gateway, known once the server listens. */
  gatewayUrl: () => string;
  requests: RecordedRequest[];
  violations: Violation[];
  /** Every role or nickname write the bot attempted on a member, refused or not. */
  roleWrites: RoleWrite[];
  /** Privileged intents enabled in the "developer portal" (GuildMembers 1 << 1 …). */
  allowedPrivilegedIntents: number;
  /** The application's Ed25519 public key (hex) and its Interactions Endpoint URL, if set. */
  verifyKey: () => string;
  interactionsEndpointUrl: () => string | null;
  /** Saves the endpoint URL after Discord's checks; rejects when the endpoint fails them. */
  setInteractionsEndpoint: (url: string | null) => Promise<void>;
  /** Sends a guild event to the session serving the guild, if it identified with `intent`. */
  emitGuildEvent: (t: string, d: unknown, guildId: string, intent: number) => void;
}
