export { InProcessWebBudget, type WebBudget } from "./budget.js";
export { type WebFamily, webBudgetsFor } from "./families.js";
export { WebGuard, WebLimitedError } from "./guard.js";
export { RedisWebBudget } from "./redisBudget.js";
