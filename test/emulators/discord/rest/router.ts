import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorContext } from "../context.js";
import { type ParsedBody, parseBody, readRaw, sendJson, sendNoContent } from "../http-io.js";
import type { Recorder } from "../recorder.js";
import type { RecordedRequest } from "../types.js";
import { DiscordHttpError, errors, invalidFormBody } from "./errors.js";
import { RestFaults } from "./faults.js";
import { callerOf, InvalidRequests } from "./invalid-requests.js";
import { RateLimits } from "./rate-limits.js";

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: ParsedBody;
  headers: IncomingMessage["headers"];
  /** Virtual time the request arrived: the timing rules are judged against it. */
  arrival: number;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

export interface Route {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** e.g. "/webhooks/:app/:token/messages/:message" */
  template: string;
  /** Needs `Authorization: Bot <token>`. Interaction callbacks and webhook routes do not. */
  auth: boolean;
  handle(ctx: RouteContext): RouteResult | Promise<RouteResult>;
}

/** What Cloudflare answers a banned caller: not Discord's JSON. */
const CLOUDFLARE_BAN_PAGE =
  "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head>" +
  "<body><h1>Error 1015</h1><p>You are being rate limited</p></body></html>";

/** Answers that mean "the body you sent is invalid": Invalid Form Body and Cannot send an empty message. */
const INVALID_BODY_CODES = new Set([50035, 50006]);

/** Path parameters that hold secrets; they are replaced by ":token" in the request log. */
const SECRET_PARAMS = new Set(["token"]);

function match(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = template.split("/").slice(1);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index] ?? "";
    if (part.startsWith(":")) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}

/** Dispatches /api/v10 requests to routes; records each request and every invalid body it refused. */
export class RestRouter {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly routes: Route[],
    private readonly recorder: Recorder,
    readonly faults: RestFaults = new RestFaults(),
    readonly rateLimits: RateLimits = new RateLimits(ctx.clock),
    readonly invalidRequests: InvalidRequests = new InvalidRequests(ctx.clock),
  ) {}

  async handle(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
  ): Promise<void> {
    const arrival = this.ctx.clock.now();
    const method = (req.method ?? "GET").toUpperCase();
    // discord.js escapes path parameters (so @original arrives as %40original): match on decoded segments.
    const segments = path.split("/").slice(1).map(safeDecode);
    let route: Route | undefined;
    let params: Record<string, string> = {};
    for (const candidate of this.routes) {
      const found = candidate.method === method ? match(candidate.template, segments) : undefined;
      if (found) {
        route = candidate;
        params = found;
        break;
      }
    }
    let body: ParsedBody = { json: undefined, files: [] };
    let status: number;
    let responseBody: unknown;
    let scope: string | undefined;
    const caller = callerOf(req.headers.authorization);
    if (this.invalidRequests.banned(caller)) {
      await readRaw(req).catch(() => Buffer.alloc(0));
      this.log(method, route, params, segments, query, body, 429, arrival);
      res.writeHead(429, { "content-type": "text/html" });
      res.end(CLOUDFLARE_BAN_PAGE);
      return;
    }
    try {
      const raw = await readRaw(req);
      body = await parseBody(req, raw);
      const logged = this.redactedPath(route, params, segments);
      const injected = this.faults.take5xx(method, logged);
      if (injected !== undefined) {
        throw new DiscordHttpError(injected, { code: 0, message: `${injected}: Injected fault` });
      }
      if (this.faults.take404(method, logged)) throw errors.notFound();
      if (!route) throw errors.notFound();
      if (route.auth && req.headers.authorization !== `Bot ${this.ctx.token}`) throw errors.unauthorized();
      const verdict = this.rateLimits.take({
        method,
        template: route.template,
        params,
        channelId: params.token ? this.ctx.registry.withToken(params.token)?.channelId : undefined,
        caller: route.auth ? caller : undefined,
      });
      for (const [name, value] of Object.entries(verdict.headers)) res.setHeader(name, value);
      if (verdict.limited) {
        const seconds = verdict.limited.retryAfterMs / 1000;
        res.setHeader("retry-after", String(Math.ceil(seconds)));
        res.setHeader("x-ratelimit-scope", verdict.limited.scope);
        scope = verdict.limited.scope;
        throw errors.rateLimited(seconds, verdict.limited.scope);
      }
      if (body.parseError) {
        throw invalidFormBody([{ path: "", code: "BASE_TYPE_INVALID", message: body.parseError }]);
      }
      const lostAnswer = this.faults.takeProcessed5xx(method, logged);
      const result = await route.handle({ params, query, body, arrival, headers: req.headers });
      if (lostAnswer !== undefined) {
        throw new DiscordHttpError(lostAnswer, { code: 0, message: `${lostAnswer}: Injected fault` });
      }
      status = result.status;
      responseBody = result.body;
    } catch (error) {
      if (!(error instanceof DiscordHttpError)) throw error;
      status = error.status;
      responseBody = error.body;
      if ("code" in error.body && INVALID_BODY_CODES.has(error.body.code)) {
        this.ctx.violations.push({
          method,
          path: this.redactedPath(route, params, segments),
          issues:
            error.issues.length > 0
              ? error.issues
              : [{ path: "", code: String(error.body.code), message: error.body.message }],
          response: error.body,
          body: body.json,
          time: arrival,
        });
      }
    }
    this.invalidRequests.record(caller, status, scope);
    this.log(method, route, params, segments, query, body, status, arrival);
    if (status === 204) sendNoContent(res);
    else sendJson(res, status, responseBody ?? null);
  }

  private log(
    method: string,
    route: Route | undefined,
    params: Record<string, string>,
    segments: string[],
    query: URLSearchParams,
    body: ParsedBody,
    status: number,
    arrival: number,
  ): void {
    const entry: RecordedRequest = {
      method,
      path: this.redactedPath(route, params, segments),
      route: route?.template ?? "(unmatched)",
      query: Object.fromEntries(query.entries()),
      body: body.json ?? null,
      files: body.files.map((file) => ({
        field: file.field,
        filename: file.filename,
        size: file.data.length,
        contentType: file.contentType,
      })),
      status,
      time: arrival,
    };
    this.ctx.requests.push(entry);
    this.recorder.write(entry);
  }

  private redactedPath(route: Route | undefined, params: Record<string, string>, segments: string[]): string {
    const secrets = new Set(
      Object.entries(params)
        .filter(([name]) => SECRET_PARAMS.has(name))
        .map(([, value]) => value),
    );
    // An unmatched path may still carry an interaction token; never log one.
    return `/${segments
      .map((segment) =>
        secrets.has(segment) || (!route && this.ctx.registry.isToken(segment)) ? ":token" : segment,
      )
      .join("/")}`;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
