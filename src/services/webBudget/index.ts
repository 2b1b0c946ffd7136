export { type BudgetClock, InProcessWebBudget, type WebBudget } from "./budget.js";
export {
  REALISTIC_WEB_BUDGETS,
  WEB_FAMILIES,
  type WebFamily,
  type WebLimitsSetting,
  webBudgetsFor,
} from "./families.js";
export { WebGuard, WebLimitedError } from "./guard.js";
export { RedisWebBudget, type RedisWebBudgetOptions } from "./redis-budget.js";
