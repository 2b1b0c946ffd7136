export { registerLinkRoutes } from "./linking/routes.js";
export { html, PAGE_CSP, renderPage } from "./page.js";
export { createRequestLimiter } from "./requestLimiter.js";
export { registerProtectedGroup } from "./routeGroup.js";
export { SECURITY_HEADERS } from "./security.js";
export { createWebServer, type WebServer } from "./server.js";
