import type { IncomingMessage } from "node:http";
import type { Credential } from "./auth.js";
import type { ErrorStyle } from "./http/errors.js";
import type { Reply } from "./http/reply.js";
import type { EmulatorState } from "./state.js";
import type { RateFamily } from "./types.js";
import type { WebLimitFamily } from "./webLimits.js";

export interface RouteContext {
  req: IncomingMessage;
  params: Record<string, string>;
  query: URLSearchParams;
  credential: Credential | undefined;
  state: EmulatorState;
}

export interface Route {
  method: string;
  pattern: RegExp;
  family: RateFamily;
  /** Public web APIs: the per-IP throttle family (see webLimits.ts). */
  webFamily?: WebLimitFamily;
  /** "apiKey": an API key or OAuth token is required (Open Cloud); "none": public web API. */
  auth: "apiKey" | "none";
  /** Scopes every caller needs (gateway check, 403 when missing). */
  scopes?: readonly string[];
  style: ErrorStyle;
  handle(ctx: RouteContext): Promise<Reply> | Reply;
}

export { matchRoute } from "../http/route.js";
