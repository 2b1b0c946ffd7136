export { BatchFactsReader } from "./batchFacts.js";
export { SyncBudget } from "./budget.js";
export { OWNERSHIP_JOB, OwnershipSync, ownershipPassMinutes } from "./ownership.js";
export {
  BATCH_SIZE,
  MEMBER_JOB,
  PREVIEW_MEMBERS,
  type Preview,
  RECONCILE_JOB,
  type ReconcileReport,
  RoleSync,
  SCHEDULE_JOB,
  type SyncWording,
} from "./reconcile.js";
export { SyncRoster } from "./roster.js";
