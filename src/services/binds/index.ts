export type { RoleChange } from "./evaluate.js";
export { MemberFactsReader } from "./facts.js";
export {
  type DoctorFinding,
  has as hasPermission,
  MANAGE_GUILD,
  MANAGE_ROLES,
  type RoleRefusal,
} from "./hierarchy.js";
export {
  isNicknameTemplate,
  MAX_TEMPLATE_LENGTH,
  type NicknameRefusal,
} from "./nickname.js";
export { BindStore, MAX_BINDS_PER_SERVER, type ServerSettings } from "./store.js";
export { BindSync, type SyncResult, serverDoctor } from "./sync.js";
export type {
  Bind,
  BindRule,
  GuildDirectory,
  GuildRoleFacts,
  MemberFacts,
  MemberGroup,
  OwnedKind,
  RankMatch,
} from "./types.js";
