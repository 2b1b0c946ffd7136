export { InProcessWebBudget, type WebBudget } from "./budget.js";
export { webBudgetsFor } from "./families.js";
export { WebGuard, WebLimitedError } from "./guard.js";
export { RedisWebBudget } from "./redisBudget.js";
