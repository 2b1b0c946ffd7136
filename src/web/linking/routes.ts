import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { translatorFor } from "../../i18n/translator.js";
import type { LinkingService, LinkRefusal } from "../../services/linking/index.js";
import { pageTranslator } from "../browserLocale.js";
import type { Page } from "../page.js";
import type { RequestLimit, RequestLimiter } from "../requestLimiter.js";
import { registerProtectedGroup } from "../routeGroup.js";
import { allowOnReply } from "../security.js";
import { sendPage } from "../sendPage.js";
import { browserCookie, readBrowserKey } from "./cookies.js";
import { confirmCsp, confirmPage, donePage, isRefusal, refusalPage } from "./pages.js";

export interface LinkRoutesOptions {
  readonly linking: LinkingService;
  readonly limiter: RequestLimiter;
  /** Cookies get `Secure` when members reach the pages over HTTPS (always, outside a developer's loopback). */
  readonly secureCookies: boolean;
}

/** Per client address, over each group: a member needs a handful; a scanner is stopped early. */
const LIMIT: RequestLimit = { max: 60, windowMs: 60_000 };
/** The confirm form is a CSRF token and a decision: a few hundred bytes. */
const BODY_LIMIT = 2_048;
/** Button ids are 32 base64url characters; anything else is no button of ours. */
const LINK_ID = /^[A-Za-z0-9_-]{32}$/;

const REFUSAL_STATUS: Partial<Record<LinkRefusal, number>> = {
  expired: 410,
  denied: 200,
  cancelled: 200,
  "other-browser": 403,
  "bad-form": 403,
  unavailable: 503,
  "too-many": 429,
};

/** One query parameter as a string, or undefined: repeated or odd values are no value at all. */
function single(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" && value.length > 0 && value.length <= 2_048 ? value : undefined;
}

function field(request: FastifyRequest, name: string): string | undefined {
  const body = request.body;
  if (!(body instanceof URLSearchParams) || body.getAll(name).length !== 1) return undefined;
  return body.get(name) ?? undefined;
}

function refuse(request: FastifyRequest, reply: FastifyReply, reason: LinkRefusal): FastifyReply {
  return sendPage(reply, REFUSAL_STATUS[reason] ?? 400, refusalPage(pageTranslator(request), reason));
}

/** 303 to a URL that carries nothing (RFC 9110 §15.4.4): the code and state leave the browser's history. */
function seeOther(reply: FastifyReply, location: string): FastifyReply {
  return reply.code(303).header("location", location).send();
}

/** The confirm page may also load the two accounts' pictures and post its form to this origin. */
function sendConfirm(
  reply: FastifyReply,
  page: Page,
  pictures: readonly (string | undefined)[],
): FastifyReply {
  allowOnReply(reply, confirmCsp(pictures));
  return sendPage(reply, 200, page);
}

/**
 * The account-linking pages: the button's target, Roblox's callback, the confirm page and form, the
 * done page and the refusals. No page repeats anything from the query; every redirect lands on a clean URL.
 */
export async function registerLinkRoutes(app: FastifyInstance, options: LinkRoutesOptions): Promise<void> {
  const { linking } = options;
  const group = { limit: LIMIT, bodyLimit: BODY_LIMIT, limiter: options.limiter };

  await registerProtectedGroup(app, { prefix: "/link", ...group }, (routes) => {
    routes.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_request, body, done) => done(null, new URLSearchParams(String(body))),
    );

    routes.get("/confirm", async (request, reply) => {
      const pending = await linking.pending(readBrowserKey(request));
      if (pending === undefined) return refuse(request, reply, "expired");
      return sendConfirm(reply, confirmPage(translatorFor(pending.locale), pending), [
        pending.discord.avatarUrl,
        pending.roblox.picture,
      ]);
    });

    routes.post("/confirm", async (request, reply) => {
      const result = await linking.confirm({
        browserKey: readBrowserKey(request),
        csrf: field(request, "csrf"),
        decision: field(request, "decision"),
      });
      if (!result.ok) return refuse(request, reply, result.reason);
      return seeOther(reply, "/link/done");
    });

    routes.get("/done", async (request, reply) => {
      const done = await linking.done(readBrowserKey(request));
      if (done === undefined) return refuse(request, reply, "expired");
      return sendPage(reply, 200, donePage(translatorFor(done.locale), done.link, done.discord));
    });

    routes.get("/not-linked/:reason", async (request, reply) => {
      const { reason } = request.params as { reason: string };
      return refuse(request, reply, isRefusal(reason) ? reason : "expired");
    });

    routes.get("/:id", async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!LINK_ID.test(id)) return refuse(request, reply, "expired");
      const opened = await linking.open(id);
      if (!opened.ok) return refuse(request, reply, opened.reason);
      reply.header("set-cookie", browserCookie(opened.browserKey, options.secureCookies));
      return seeOther(reply, opened.authorizeUrl);
    });
  });

  await registerProtectedGroup(app, { prefix: "/oauth", ...group }, (routes) => {
    routes.get("/callback", async (request, reply) => {
      const result = await linking.callback({
        state: single(request, "state"),
        code: single(request, "code"),
        // `error_description` is never read: Roblox's words (or an attacker's) are not shown.
        error: single(request, "error"),
        browserKey: readBrowserKey(request),
      });
      if (result.ok) return seeOther(reply, "/link/confirm");
      return seeOther(reply, `/link/not-linked/${result.reason}`);
    });
  });
}
