import type { FastifyInstance } from "fastify";
import type { Translator } from "../i18n/translator.js";
import { pageTranslator } from "./browserLocale.js";
import { html, type Page } from "./page.js";
import type { RequestLimit, RequestLimiter } from "./requestLimiter.js";
import { sendPage } from "./sendPage.js";

export interface ProtectedGroupOptions {
  /** Where the group's routes live, e.g. "/link"; also names its rate-limit bucket. */
  readonly prefix: string;
  /** Requests one client address may make to the whole group in a window. */
  readonly limit: RequestLimit;
  /** The largest request body any route of the group accepts, in bytes. */
  readonly bodyLimit: number;
  readonly limiter: RequestLimiter;
}

const tooMany = (t: Translator): Page => ({
  lang: t.locale,
  title: t.t("web.tooMany.title"),
  body: html`<p>${t.t("web.tooMany.body")}</p>`,
});

const unavailable = (t: Translator): Page => ({
  lang: t.locale,
  title: t.t("web.unavailable.title"),
  body: html`<p>${t.t("web.unavailable.body")}</p>`,
});

/**
 * Registers routes under a prefix with a per-client rate limit and a body limit. The limit is taken
 * before the body is read, so a refused client costs no parsing; the client address is Fastify's
 * `request.ip`, which honours forwarding headers only from the proxies TRUST_PROXY names.
 */
export async function registerProtectedGroup(
  app: FastifyInstance,
  options: ProtectedGroupOptions,
  routes: (group: FastifyInstance) => void | Promise<void>,
): Promise<void> {
  const bucket = options.prefix.replace(/^\/+|\/+$/g, "") || "root";
  await app.register(
    // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits an async plugin (FastifyPluginAsync); the rule reads only the callback overload.
    async (group) => {
      group.addHook("onRoute", (route) => {
        route.bodyLimit = Math.min(route.bodyLimit ?? options.bodyLimit, options.bodyLimit);
      });
      group.addHook("onRequest", async (request, reply) => {
        let verdict: Awaited<ReturnType<RequestLimiter["take"]>>;
        try {
          verdict = await options.limiter.take(bucket, request.ip, options.limit);
        } catch (error) {
          request.log.warn({ err: error }, "rate limit unavailable; refusing the request");
          return sendPage(reply, 503, unavailable(pageTranslator(request)));
        }
        if (verdict.ok) return;
        reply.header("retry-after", String(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))));
        return sendPage(reply, 429, tooMany(pageTranslator(request)));
      });
      await routes(group);
    },
    { prefix: options.prefix },
  );
}
