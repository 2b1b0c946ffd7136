export { replayGuard } from "./replayGuard.js";
export { type InteractionsEndpoint, registerInteractionsRoute } from "./route.js";
export { interactionsPublicKey } from "./signature.js";
