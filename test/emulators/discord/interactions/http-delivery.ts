import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import type { EmulatorContext } from "../context.js";
import { DiscordHttpError } from "../rest/errors.js";
import type { Route } from "../rest/router.js";
import type { InteractionRecord } from "./registry.js";

/**
 * HTTP interactions (discord-api-docs interactions/receiving-and-responding, "Receiving an Interaction"
 * and "Security and Authorization"): once an Interactions Endpoint URL is saved, Discord POSTs each
 * interaction there instead of sending INTERACTION_CREATE, with `X-Signature-Ed25519` (hex) over
 * `X-Signature-Timestamp` + the raw body, verifiable with the application's hex public key (`verify_key`).
 * The HTTP response is the interaction response. Saving the URL makes Discord send a PING (type 1) that
 * must be answered `{ "type": 1 }`, and a request with a bad signature that must be refused with 401
 * ("your endpoint must … validate the signature headers … If validation fails, return 401"); either
 * failing, the URL is refused.
 */
export interface HttpDelivery {
  /** The endpoint's answer to one delivery. */
  status: number;
  interactionId: string;
  /** Callback type the answer carried, if it was a valid acknowledgement. */
  ackType?: number;
  /** Why the answer did not acknowledge the interaction. */
  error?: string;
  time: number;
}

export type HostileKind = "bad-signature" | "stale-timestamp" | "replay" | "oversized";

/** Discord's own limit on an interaction payload is not published; 8 MiB is well past any real one. */
const OVERSIZED_BYTES = 8 * 1024 * 1024;
/** A timestamp this old is stale: a replay window bots commonly enforce (5 minutes, an assumption). */
const STALE_MS = 10 * 60_000;

export class HttpInteractions {
  private readonly privateKey: KeyObject;
  readonly publicKeyHex: string;
  endpointUrl: string | null = null;
  readonly deliveries: HttpDelivery[] = [];
  private last: { body: string; timestamp: string; signature: string } | undefined;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly callbackRoute: () => Route,
  ) {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: "jwk" });
    this.publicKeyHex = Buffer.from(String(jwk.x), "base64url").toString("hex");
  }

  private signed(body: string, timestamp = String(Math.floor(this.ctx.clock.now() / 1000))) {
    const signature = sign(null, Buffer.from(timestamp + body), this.privateKey).toString("hex");
    return { body, timestamp, signature };
  }

  private async post(
    url: string,
    message: { body: string; timestamp: string; signature: string },
  ): Promise<{ status: number; text: string; contentType: string }> {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Discord-Interactions/1.0 (+https://discord.com)",
        "x-signature-ed25519": message.signature,
        "x-signature-timestamp": message.timestamp,
      },
      body: message.body,
      signal: AbortSignal.timeout(15_000),
    });
    return {
      status: response.status,
      text: await response.text(),
      contentType: response.headers.get("content-type") ?? "",
    };
  }

  /** Saves the URL after Discord's checks (a PING answered with type 1, a bad signature refused with 401). */
  async setEndpoint(url: string | null): Promise<void> {
    if (url === null) {
      this.endpointUrl = null;
      return;
    }
    const ping = JSON.stringify({
      id: this.ctx.nextId(),
      application_id: this.ctx.applicationId,
      type: InteractionType.Ping,
      token: "ping",
      version: 1,
    });
    const answer = await this.post(url, this.signed(ping)).catch(() => undefined);
    const pong = answer?.contentType.startsWith("application/json") ? safeJson(answer.text) : undefined;
    if (
      answer?.status !== 200 ||
      (pong as { type?: unknown } | undefined)?.type !== InteractionResponseType.Pong
    ) {
      throw new Error("The specified interactions endpoint url could not be verified (no PONG to the PING).");
    }
    const forged = { ...this.signed(ping), signature: "0".repeat(128) };
    const refused = await this.post(url, forged).catch(() => undefined);
    if (refused?.status !== 401) {
      throw new Error(
        "The specified interactions endpoint url could not be verified (a bad signature was not refused with 401).",
      );
    }
    this.endpointUrl = url;
  }

  /** POSTs the interaction and applies the answer as its callback, as Discord does. */
  async deliver(record: InteractionRecord): Promise<void> {
    const url = this.endpointUrl;
    if (!url) throw new Error("no interactions endpoint URL is set");
    const message = this.signed(JSON.stringify(record.payload));
    this.last = message;
    const entry: HttpDelivery = { status: 0, interactionId: record.id, time: this.ctx.clock.now() };
    this.deliveries.push(entry);
    let answer: { status: number; text: string };
    try {
      answer = await this.post(url, message);
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error);
      return;
    }
    entry.status = answer.status;
    const json = safeJson(answer.text);
    if (answer.status !== 200 || json === undefined) {
      entry.error = `the endpoint answered ${answer.status}`;
      return;
    }
    try {
      await this.callbackRoute().handle({
        params: { id: record.id, token: record.token },
        query: new URLSearchParams(),
        body: { json, files: [] },
        headers: {},
        arrival: this.ctx.clock.now(),
      });
      const type = (json as { type?: unknown }).type;
      if (typeof type === "number") entry.ackType = type;
    } catch (error) {
      if (!(error instanceof DiscordHttpError)) throw error;
      entry.error = `${error.body.message}${"code" in error.body ? ` (${error.body.code})` : ""}`;
    }
  }

  /** Sends what an attacker could: a bad signature, a stale or replayed request, an oversized body. */
  async hostile(kind: HostileKind, payload: unknown): Promise<number> {
    const url = this.endpointUrl;
    if (!url) throw new Error("no interactions endpoint URL is set");
    const body = JSON.stringify(payload);
    let message: { body: string; timestamp: string; signature: string };
    switch (kind) {
      case "bad-signature":
        message = { ...this.signed(body), signature: this.signed(`${body} `).signature };
        break;
      case "stale-timestamp":
        message = this.signed(body, String(Math.floor((this.ctx.clock.now() - STALE_MS) / 1000)));
        break;
      case "replay":
        if (!this.last) throw new Error("nothing delivered yet to replay");
        message = this.last;
        break;
      case "oversized":
        message = this.signed(
          JSON.stringify({ ...(payload as object), padding: "x".repeat(OVERSIZED_BYTES) }),
        );
        break;
    }
    return (await this.post(url, message).catch(() => ({ status: 0 }))).status;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
