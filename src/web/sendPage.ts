import type { FastifyReply } from "fastify";
import { PAGE_CSP, type Page, renderPage } from "./page.js";
import { allowOnReply } from "./security.js";

/** Sends a rendered page with the status, opening the policy for the page's own stylesheet only. */
export function sendPage(reply: FastifyReply, statusCode: number, page: Page): FastifyReply {
  allowOnReply(reply, PAGE_CSP);
  return reply.code(statusCode).type("text/html; charset=utf-8").send(renderPage(page));
}
