export { ApplicationCommandOptionType as OptionType } from "discord-api-types/v10";
export type { RefusedMemberRequest } from "./gateway.js";
export { ACK_WINDOW_MS, TOKEN_LIFETIME_MS } from "./interactions/registry.js";
export type { RestFaultSettings } from "./rest/faults.js";
export type { InvalidRequestSettings, InvalidRequestState } from "./rest/invalid-requests.js";
export type { RateLimitSettings } from "./rest/rate-limits.js";
export { startDiscordEmulator } from "./server.js";
export type {
  AckInfo,
  ApplicationCommandRecord,
  Attachment,
  AutocompleteChoice,
  AutocompleteInput,
  ClickOptions,
  CommandOptionInput,
  DiscordEmulator,
  DiscordEmulatorOptions,
  DiscordErrorBody,
  EmulatedUser,
  GuildControls,
  InteractionHandle,
  MessageState,
  RecordedRequest,
  RoleWrite,
  RunCommandInput,
  StoredAttachment,
  UserInput,
  Violation,
  ViolationIssue,
} from "./types.js";
export { DEFAULT_ATTACHMENT_SIZE_LIMIT, DEFAULT_MEMBER_PERMISSIONS } from "./world.js";
