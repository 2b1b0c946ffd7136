export { BatchFactsReader } from "./batchFacts.js";
export { SyncBudget } from "./budget.js";
export { OwnershipSync, ownershipPassMinutes } from "./ownership.js";
export {
  type Preview,
  RoleSync,
  type SyncWording,
} from "./reconcile.js";
export { SyncRoster } from "./roster.js";
