import { Agent, request } from "undici";
import { asRecord, optionalId, optionalString, retryHintMs } from "../opencloud/index.js";
import type { WebFamily, WebGuard } from "../webBudget/index.js";

/** Where the public (no API key) Roblox web APIs live; tests point them all at the emulator. */
export interface LookupBaseUrls {
  /** https://apis.roblox.com (game-pass product info) */
  readonly apis: string;
  /** https://catalog.roblox.com */
  readonly catalog: string;
  /** https://badges.roblox.com */
  readonly badges: string;
  /** https://thumbnails.roblox.com */
  readonly thumbnails: string;
}

export type ThumbnailKind = "asset" | "badge" | "gamePass";

/** A public lookup failed: the caller shows what it has without names or pictures. */
export class LookupError extends Error {
  override readonly name = "LookupError";
  /** HTTP status, when Roblox answered. */
  readonly status: number | undefined;
  /** Roblox's retry hint on a 429 (see retryHintMs). */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: { cause?: unknown; status?: number; retryAfterMs?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** A picture by ID: its URL, or `pending` while Roblox is still rendering it (ask again later). */
export type ThumbnailAnswer = { readonly url: string } | { readonly pending: true };

/** Thumbnail states worth asking about again soon; any other non-Completed state means "no picture". */
const RETRY_LATER_STATES = new Set(["Pending", "InReview", "TemporarilyUnavailable"]);

const THUMBNAIL_ROUTES: Record<ThumbnailKind, { path: string; param: string }> = {
  asset: { path: "/v1/assets", param: "assetIds" },
  badge: { path: "/v1/badges/icons", param: "badgeIds" },
  gamePass: { path: "/v1/game-passes", param: "gamePassIds" },
};

/** catalog.roblox.com takes at most 120 items per details request; thumbnails.roblox.com 100 IDs. */
export const CATALOG_BATCH = 120;
export const THUMBNAIL_BATCH = 100;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** `type` of each kind in a thumbnails batch request. */
const BATCH_TYPES: Record<ThumbnailKind, string> = {
  asset: "Asset",
  badge: "BadgeIcon",
  gamePass: "GamePass",
};

/** A finished picture, `pending` while Roblox renders it, or undefined when there is none. */
function thumbnailAnswer(entry: Record<string, unknown>): ThumbnailAnswer | undefined {
  const url = text(entry.imageUrl);
  if (url !== undefined && entry.state === "Completed" && /^https:\/\//.test(url)) return { url };
  if (typeof entry.state === "string" && RETRY_LATER_STATES.has(entry.state)) return { pending: true };
  return undefined;
}

/** Names and URLs: an empty string counts as absent. */
function text(value: unknown): string | undefined {
  return optionalString(value) || undefined;
}

function dataArray(body: unknown): Record<string, unknown>[] {
  const data = asRecord(body)?.data;
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown): Record<string, unknown>[] => {
    const found = asRecord(entry);
    return found === undefined ? [] : [found];
  });
}

/**
 * The public Roblox web APIs that give inventory items their names and pictures: catalog item
 * details (with Roblox's x-csrf-token handshake), badge info, game-pass product info and the
 * thumbnails batch endpoints. No credentials are ever sent to them.
 */
export class RobloxLookups {
  readonly #agent: Agent;
  #csrfToken = "";

  constructor(
    private readonly baseUrls: LookupBaseUrls,
    timeoutMs = 5_000,
    /** Spends the per-IP budget of each family; without one, requests go out unmetered. */
    private readonly guard?: WebGuard,
  ) {
    this.#agent = new Agent({
      connections: 8,
      connectTimeout: timeoutMs,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      keepAliveTimeout: 4_000,
    });
  }

  /** Names of catalog assets, by asset ID; assets the catalog does not know are absent. */
  async assetNames(assetIds: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (let start = 0; start < assetIds.length; start += CATALOG_BATCH) {
      const items = assetIds
        .slice(start, start + CATALOG_BATCH)
        .map((id) => ({ itemType: "Asset", id: Number(id) }));
      const body = await this.#catalogDetails(JSON.stringify({ items }));
      for (const entry of dataArray(body)) {
        const id = optionalId(entry.id);
        const name = text(entry.name);
        if (id !== undefined && name !== undefined) names.set(id, name);
      }
    }
    return names;
  }

  /** A badge's display name; undefined when Roblox does not know the badge. */
  async badgeName(badgeId: string): Promise<string | undefined> {
    const body = await this.#get("badges", this.baseUrls.badges, `/v1/badges/${badgeId}`, {}, true);
    const badge = asRecord(body);
    return text(badge?.displayName) ?? text(badge?.name);
  }

  /** A game pass's name; undefined when Roblox does not know the pass. */
  async gamePassName(gamePassId: string): Promise<string | undefined> {
    const body = await this.#get(
      "gamePasses",
      this.baseUrls.apis,
      `/game-passes/v1/game-passes/${gamePassId}/product-info`,
      {},
      true,
    );
    return text(asRecord(body)?.Name);
  }

  /**
   * Pictures by ID for one kind. Roblox answers `Pending` (imageUrl null) until it has rendered a
   * picture: those come back as `pending`. IDs Roblox has no picture for (Error, Blocked) are absent.
   */
  async thumbnails(kind: ThumbnailKind, ids: readonly string[]): Promise<Map<string, ThumbnailAnswer>> {
    const route = THUMBNAIL_ROUTES[kind];
    const urls = new Map<string, ThumbnailAnswer>();
    for (let start = 0; start < ids.length; start += THUMBNAIL_BATCH) {
      const batch = ids.slice(start, start + THUMBNAIL_BATCH);
      const body = await this.#get("thumbnails", this.baseUrls.thumbnails, route.path, {
        [route.param]: batch.join(","),
        size: "150x150",
        format: "Png",
        isCircular: "false",
      });
      for (const entry of dataArray(body)) {
        const id = optionalId(entry.targetId);
        const answer = thumbnailAnswer(entry);
        if (id !== undefined && answer !== undefined) urls.set(id, answer);
      }
    }
    return urls;
  }

  /**
   * Pictures of items of any kinds in one request per 100 (thumbnails.roblox.com `POST /v1/batch`),
   * keyed by "kind:id"; same answers as `thumbnails`. Under Roblox's per-IP limit one mixed request
   * costs a third of one request per kind.
   */
  async thumbnailBatch(
    refs: ReadonlyArray<{ kind: ThumbnailKind; id: string }>,
  ): Promise<Map<string, ThumbnailAnswer>> {
    const answers = new Map<string, ThumbnailAnswer>();
    const url = new URL(`${this.baseUrls.thumbnails}/v1/batch`);
    for (let start = 0; start < refs.length; start += THUMBNAIL_BATCH) {
      const batch = refs.slice(start, start + THUMBNAIL_BATCH);
      const byRequest = new Map(batch.map((ref) => [`${ref.kind}:${ref.id}`, ref]));
      const payload = batch.map((ref) => ({
        requestId: `${ref.kind}:${ref.id}`,
        targetId: Number(ref.id),
        type: BATCH_TYPES[ref.kind],
        size: "150x150",
        format: "Png",
        isCircular: false,
      }));
      const response = await this.#send("thumbnails", url, "POST", JSON.stringify(payload), {
        "content-type": "application/json",
      });
      for (const entry of dataArray(this.#json(response, url))) {
        const key = optionalString(entry.requestId);
        if (key === undefined || !byRequest.has(key)) continue;
        const answer = thumbnailAnswer(entry);
        if (answer !== undefined) answers.set(key, answer);
      }
    }
    return answers;
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }

  async #catalogDetails(payload: string): Promise<unknown> {
    const url = new URL(`${this.baseUrls.catalog}/v1/catalog/items/details`);
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await this.#send("catalog", url, "POST", payload, {
        "content-type": "application/json",
        ...(this.#csrfToken ? { "x-csrf-token": this.#csrfToken } : {}),
      });
      const token = response.headers["x-csrf-token"];
      // Roblox answers the first POST with 403 and the token to repeat the request with.
      if (response.status === 403 && typeof token === "string" && token.length > 0 && attempt === 0) {
        this.#csrfToken = token;
        continue;
      }
      return this.#json(response, url);
    }
    throw new LookupError(`catalog details refused the x-csrf-token`);
  }

  async #get(
    family: WebFamily,
    base: string,
    path: string,
    query: Record<string, string>,
    notFoundIsEmpty = false,
  ): Promise<unknown> {
    const url = new URL(base + path);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    const response = await this.#send(family, url, "GET");
    if (notFoundIsEmpty && (response.status === 404 || response.status === 400)) return undefined;
    return this.#json(response, url);
  }

  /** One request, through the family's budget when there is one; a 429 is thrown, never retried here. */
  #send(
    family: WebFamily,
    url: URL,
    method: "GET" | "POST",
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const send = async () => {
      const answer = await this.#request(url, method, body, headers);
      if (answer.status === 429) {
        const retryAfterMs = retryHintMs({ status: 429, headers: answer.headers });
        throw new LookupError(`${url.pathname} answered HTTP 429`, {
          status: 429,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        });
      }
      return answer;
    };
    return this.guard === undefined ? send() : this.guard.run(family, send);
  }

  async #request(
    url: URL,
    method: "GET" | "POST",
    body: string | undefined,
    headers: Record<string, string>,
  ): Promise<Answer> {
    try {
      const response = await request(url, {
        dispatcher: this.#agent,
        method,
        headers: { accept: "application/json", ...headers },
        body: body ?? null,
      });
      return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
    } catch (error) {
      throw new LookupError(
        `${method} ${url.pathname} failed: ${error instanceof Error ? error.message : error}`,
        {
          cause: error,
        },
      );
    }
  }

  #json(response: { status: number; text: string }, url: URL): unknown {
    if (response.status < 200 || response.status > 299) {
      throw new LookupError(`${url.pathname} answered HTTP ${response.status}`, { status: response.status });
    }
    try {
      return JSON.parse(response.text);
    } catch (error) {
      throw new LookupError(`${url.pathname} answered a body that is not JSON`, { cause: error });
    }
  }
}
