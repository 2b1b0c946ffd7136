import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { missingScopes, resolveCredential } from "./auth.js";
import type { FaultState } from "./faults.js";
import { codeForStatus, errorBody, HttpError, unauthorizedBody } from "./http/errors.js";
import { type Reply, sendReply } from "./http/reply.js";
import { loggedQuery } from "./oauth/redact.js";
import type { RateLimiter } from "./rateLimits.js";
import type { RequestLog } from "./requestLog.js";
import { matchRoute, type Route } from "./route.js";
import type { EmulatorState } from "./state.js";
import type { WebLimiter } from "./webLimits.js";

export interface Pipeline {
  routes: readonly Route[];
  state: EmulatorState;
  faults: FaultState;
  limiter: RateLimiter;
  /** Per single key (x-roblox-throttling-limit), checked after the owner's budget. */
  keyThrottle: RateLimiter;
  /** Per client IP, for the public web APIs. */
  webLimiter: WebLimiter;
  webLimitRetryAfter: boolean;
  log: RequestLog;
}

/** One request: log → faults → route → auth → scopes → rate limit → handler → reply. */
export async function handleRequest(
  pipeline: Pipeline,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://emulator.local");
  const path = url.pathname.replace(/%3A/gi, ":");
  const method = (req.method ?? "GET").toUpperCase();
  const matched = matchRoute(pipeline.routes, method, path);
  const route = matched.route;
  const entry = pipeline.log.record({
    method,
    path,
    query: loggedQuery(path, url.searchParams),
    family: route?.family ?? "unknown",
    status: 0,
    time: Date.now(),
  });
  res.on("finish", () => {
    entry.status = res.statusCode;
    const retryAfter = Number(res.getHeader("retry-after"));
    if (Number.isFinite(retryAfter) && res.hasHeader("retry-after")) entry.retryAfterSeconds = retryAfter;
  });

  const { faults } = pipeline;
  if (faults.takeDrop(path)) {
    req.socket.destroy();
    return;
  }
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);

  const style =
    route?.style ??
    (path.startsWith("/cloud/v2/") ? "v2" : path.startsWith("/assets/") ? "assets" : "legacy");
  const injected5xx = faults.take5xx(path);
  if (injected5xx !== undefined) {
    const { status } = injected5xx;
    const message = status === 503 ? "Service unavailable." : "Internal server error.";
    return finish(pipeline, req, res, {
      status,
      body: errorBody(style, status, codeForStatus(status), message),
      headers: injected5xx.headers,
    });
  }
  const stormHeaders = faults.take429(path);
  if (stormHeaders !== undefined) {
    return finish(pipeline, req, res, tooManyRequests(style, stormHeaders));
  }

  if (route === undefined) {
    const status = matched.pathKnown ? 405 : 404;
    const message = matched.pathKnown ? "Method not allowed." : "Not found.";
    return finish(pipeline, req, res, {
      status,
      body: errorBody(style, status, codeForStatus(status), message),
    });
  }

  const { state } = pipeline;
  const unauthorized = (message?: string): Reply => ({
    status: 401,
    body: unauthorizedBody(state.unauthorizedBody, style, message),
  });
  const auth = resolveCredential(req, state.world, state.oauth);
  if (!auth.ok && route.auth === "apiKey") {
    return finish(pipeline, req, res, unauthorized(auth.message));
  }
  const credential = auth.ok ? auth.credential : undefined;
  if (credential !== undefined) entry.keyOwner = credential.owner;
  if (route.auth === "apiKey" && credential === undefined) {
    return finish(pipeline, req, res, unauthorized());
  }
  if (credential !== undefined && route.auth === "apiKey" && route.scopes !== undefined) {
    const missing = missingScopes(credential, route.scopes);
    if (missing.length > 0) {
      if (state.permissionFailures === "401") return finish(pipeline, req, res, unauthorized());
      const body = {
        code: "PERMISSION_DENIED",
        message: `Insufficient scope. Missing: ${missing.join(", ")}.`,
      };
      return finish(pipeline, req, res, { status: 403, body });
    }
  }

  if (route.webFamily !== undefined) {
    const verdict = pipeline.webLimiter.check(route.webFamily, req.socket.remoteAddress ?? "unknown");
    if (!verdict.allowed) {
      const headers: Record<string, string> = pipeline.webLimitRetryAfter
        ? { "retry-after": String(verdict.retryAfterSeconds) }
        : {};
      return finish(pipeline, req, res, tooManyRequests(style, headers));
    }
  }

  const owner = credential?.owner ?? `ip/${req.socket.remoteAddress ?? "unknown"}`;
  const decision = pipeline.limiter.check(
    route.family,
    credential?.rateKey ?? owner,
    credential?.kind ?? "apiKey",
    pipeline.state.oauth.clock.now(),
  );
  if (!decision.allowed) {
    const headers = { ...decision.headers, "retry-after": String(decision.retryAfterSeconds) };
    return finish(pipeline, req, res, tooManyRequests(style, headers));
  }
  if (credential !== undefined) {
    const throttle = pipeline.keyThrottle.check(route.family, credential.keyId, "apiKey");
    if (!throttle.allowed) {
      return finish(
        pipeline,
        req,
        res,
        tooManyRequests(style, { "retry-after": String(throttle.retryAfterSeconds) }),
      );
    }
  }

  let reply: Reply;
  try {
    reply = await route.handle({
      req,
      params: params(matched),
      query: url.searchParams,
      credential,
      state: pipeline.state,
    });
  } catch (error) {
    if (!(error instanceof HttpError)) {
      console.error("opencloud emulator: handler failed", error);
      reply = { status: 500, body: errorBody(style, 500, "INTERNAL", "Internal server error.") };
    } else if (error.gateway) {
      reply = unauthorized(error.message);
    } else {
      reply = {
        status: error.status,
        body: errorBody(style, error.status, error.code, error.message, error.legacyCode),
      };
    }
  }
  reply.headers = { ...decision.headers, ...reply.headers };
  return finish(pipeline, req, res, reply);
}

function params(matched: ReturnType<typeof matchRoute>): Record<string, string> {
  return matched.route === undefined ? {} : matched.params;
}

function tooManyRequests(style: "v2" | "assets" | "legacy", headers: Record<string, string>): Reply {
  const body =
    style === "legacy"
      ? { errors: [{ code: 0, message: "TooManyRequests" }] }
      : errorBody(style, 429, "RESOURCE_EXHAUSTED", "Too many requests.");
  return { status: 429, body, headers };
}

async function finish(
  pipeline: Pipeline,
  req: IncomingMessage,
  res: ServerResponse,
  reply: Reply,
): Promise<void> {
  // Answering before the body is read would cut off a client that is still sending: drain what is left.
  if (!req.readableEnded) {
    req.resume();
  }
  await sendReply(res, reply, pipeline.faults.slowBodyMs);
}
