export { html, PAGE_CSP, type Page, renderPage, SafeHtml } from "./page.js";
export { createRequestLimiter, type RequestLimit, type RequestLimiter } from "./requestLimiter.js";
export { pathOf } from "./requestLog.js";
export { type ProtectedGroupOptions, registerProtectedGroup } from "./routeGroup.js";
export {
  allowOnReply,
  type CspAllowances,
  contentSecurityPolicy,
  SECURITY_HEADERS,
} from "./security.js";
export { sendPage } from "./sendPage.js";
export { createWebServer, type WebServer, type WebServerOptions } from "./server.js";
