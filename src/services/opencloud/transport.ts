import { Readable } from "node:stream";
import { Agent, request } from "undici";
import { authHeaders, authSecret, type OpenCloudAuth, redactSecret } from "./auth.js";
import { classifyConnectionError, classifyHttpFailure } from "./classify.js";
import { OpenCloudError } from "./errors.js";

export interface TransportTimeouts {
  connectMs: number;
  /** From request sent to response headers received. */
  headersMs: number;
  /** Longest pause between two chunks of a response body. */
  bodyMs: number;
}

export const DEFAULT_TIMEOUTS: TransportTimeouts = { connectMs: 5_000, headersMs: 15_000, bodyMs: 15_000 };

export type HttpMethod = "GET" | "POST" | "PATCH";

export interface TransportRequest {
  method: HttpMethod;
  /** Full URL; the query string is part of it. */
  url: URL;
  auth?: OpenCloudAuth | undefined;
  headers?: Record<string, string>;
  body?: string | AsyncIterable<Uint8Array> | undefined;
  signal?: AbortSignal | undefined;
  /** Secrets to scrub from error text besides the request's own credential. */
  redact?: readonly string[];
  /** Overrides the default headers timeout, e.g. for uploads the server must read before answering. */
  headersTimeoutMs?: number;
  /**
   * Roblox's x-csrf-token handshake for the legacy web APIs: the token is sent when known; a 403
   * that hands out a new one stores it here and is thrown as a CsrfChallenge (the caller repeats).
   */
  csrf?: CsrfToken | undefined;
}

/** The x-csrf-token a Roblox web host handed out last; empty until the first handshake. */
export interface CsrfToken {
  value: string;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body; undefined for an empty body. */
  json: unknown;
}

/**
 * One undici Agent (a keep-alive Pool per origin) with explicit timeouts. Every response body is
 * read to the end or destroyed, so no socket is left waiting for the garbage collector.
 */
export class Transport {
  readonly #agent: Agent;
  readonly #timeouts: TransportTimeouts;

  constructor(timeouts: TransportTimeouts = DEFAULT_TIMEOUTS, connectionsPerOrigin = 8) {
    this.#timeouts = timeouts;
    this.#agent = new Agent({
      connections: connectionsPerOrigin,
      connectTimeout: timeouts.connectMs,
      headersTimeout: timeouts.headersMs,
      bodyTimeout: timeouts.bodyMs,
      keepAliveTimeout: 4_000,
      pipelining: 1,
    });
  }

  async send(req: TransportRequest): Promise<TransportResponse> {
    const path = req.url.pathname;
    const secrets = [...(req.redact ?? []), ...(req.auth === undefined ? [] : [authSecret(req.auth)])];
    const headers: Record<string, string> = {
      accept: "application/json",
      ...(req.auth === undefined ? {} : authHeaders(req.auth)),
      ...(req.csrf?.value ? { "x-csrf-token": req.csrf.value } : {}),
      ...req.headers,
    };
    let text: string;
    let status: number;
    let responseHeaders: TransportResponse["headers"];
    try {
      const response = await request(req.url, {
        dispatcher: this.#agent,
        method: req.method,
        headers,
        body: toBody(req.body),
        signal: req.signal ?? null,
        headersTimeout: req.headersTimeoutMs ?? this.#timeouts.headersMs,
        bodyTimeout: this.#timeouts.bodyMs,
      });
      status = response.statusCode;
      responseHeaders = response.headers;
      try {
        text = await response.body.text();
      } catch (error) {
        response.body.destroy();
        throw error;
      }
    } catch (error) {
      throw classifyConnectionError(error, req.method, path) ?? error;
    }
    if (status < 200 || status > 299) {
      const failure = classifyHttpFailure({
        method: req.method,
        path,
        status,
        headers: responseHeaders,
        bodyText: secrets.reduce(redactSecret, text),
      });
      const token = responseHeaders["x-csrf-token"];
      if (req.csrf !== undefined && status === 403 && typeof token === "string" && token.length > 0) {
        req.csrf.value = token;
        throw new CsrfChallenge(failure);
      }
      throw failure;
    }
    return { status, headers: responseHeaders, json: parseJson(text, status, req.method, path) };
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }
}

/** A 403 that handed out a new x-csrf-token: the request is worth repeating once with it. */
export class CsrfChallenge extends Error {
  override readonly name = "CsrfChallenge";

  constructor(readonly failure: OpenCloudError) {
    super(failure.message);
  }
}

function parseJson(text: string, status: number, method: string, path: string): unknown {
  if (text.trim().length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new OpenCloudError({
      kind: "unknown",
      status,
      code: "INVALID_JSON",
      message: `Open Cloud ${method} ${path} returned HTTP ${status} with a body that is not JSON`,
      cause: error,
    });
  }
}

function toBody(body: TransportRequest["body"]): string | Readable | null {
  if (body === undefined) return null;
  return typeof body === "string" ? body : Readable.from(body, { objectMode: false });
}
