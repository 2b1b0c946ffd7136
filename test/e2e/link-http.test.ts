import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  buttonUrl,
  csrfOf,
  HttpClient,
  type LinkingHarness,
  refusalReason,
  runLink,
  startLinkingHarness,
} from "../support/linking.js";
import { findInStore } from "../support/store-search.js";

let linking: LinkingHarness;
const clients: HttpClient[] = [];
let nextUser = 400000000000000001n;

function member() {
  const id = String(nextUser++);
  return { id, username: `member${id.slice(-3)}` };
}

function client(headers: Record<string, string> = {}): HttpClient {
  const made = new HttpClient(headers);
  clients.push(made);
  return made;
}

const services = () => {
  const service = linking.harness.bot()?.context.services.linking;
  if (service === undefined) throw new Error("linking is off");
  return service;
};

const robloxUser = () => linking.harness.roblox.world.subjects.richUser;

/** /link, then the button in `browser`: Roblox's authorize URL, with the browser's cookie set. */
async function openButton(browser: HttpClient, user = member(), locale?: string) {
  const reply = await runLink(linking.harness, user, locale);
  // Discord refuses a link button whose URL is longer than 512 characters.
  expect(buttonUrl(reply).length).toBeLessThan(512);
  const opened = await browser.request(buttonUrl(reply));
  expect(opened.status).toBe(303);
  return { user, reply, authorizeUrl: opened.location ?? "" };
}

/** Consent on Roblox as the Roblox user; the URL Roblox sends the browser back to. */
async function consent(authorizeUrl: string, decision: "approve" | "deny" = "approve") {
  const outcome = await linking.harness.roblox.oauth.consent(authorizeUrl, {
    userId: robloxUser().userId,
    decision,
  });
  if (outcome.kind !== "redirect") throw new Error(`Roblox kept the browser: ${outcome.status}`);
  return outcome.location;
}

/** Follows the callback; returns the clean page it lands on. */
async function callback(browser: HttpClient, url: URL | string) {
  const back = await browser.request(String(url));
  expect(back.status).toBe(303);
  expect(new URL(back.location ?? "").search).toBe("");
  return browser.request(back.location ?? "");
}

const tokenExchanges = () =>
  linking.harness.roblox.oauth.log
    .filter((entry) => entry.endpoint === "token")
    .map((entry) => entry.outcome);

beforeAll(async () => {
  linking = await startLinkingHarness();
});
// Each test in a fresh window of the pages' per-client limit (all requests come from 127.0.0.1).
beforeEach(() => {
  linking.clock.advance(60_000);
});
afterAll(async () => {
  linking?.harness.assertClean(clients.flatMap((made) => made.pages));
  await linking?.harness.close();
});

describe("linking over HTTP", () => {
  it("links after the confirm, keyed on sub, with the grant revoked and no token stored", async () => {
    const browser = client();
    const { user, authorizeUrl } = await openButton(browser);
    expect(new URL(authorizeUrl).searchParams.get("code_challenge_method")).toBe("S256");
    const confirm = await callback(browser, await consent(authorizeUrl));
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain(user.username);
    expect(confirm.body).toContain(robloxUser().username);
    expect(await services().linkOf(user.id)).toBeUndefined();
    const confirmPolicy = confirm.headers.get("content-security-policy") ?? "";
    expect(confirmPolicy).toMatch(/^default-src 'none'; /);
    expect(confirmPolicy).toContain("form-action 'self'");
    expect(confirmPolicy).toContain("img-src https://cdn.discordapp.com https://tr.rbxcdn.com;");

    const confirmed = await browser.request(`${linking.origin}/link/confirm`, {
      form: { csrf: csrfOf(confirm.body) ?? "", decision: "confirm" },
    });
    expect(confirmed.status).toBe(303);
    const done = await browser.request(confirmed.location ?? "");
    expect(done.status).toBe(200);
    expect(done.body).toContain("Linked");
    expect(Object.fromEntries(done.headers)).toMatchObject({
      "content-type": "text/html; charset=utf-8",
      "referrer-policy": "no-referrer",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    const donePolicy = done.headers.get("content-security-policy") ?? "";
    expect(donePolicy).toMatch(/^default-src 'none'; /);
    expect(donePolicy).toContain("frame-ancestors 'none'");
    expect(donePolicy).toContain("form-action 'none'");
    expect(donePolicy).not.toContain("img-src");
    expect(await services().linkOf(user.id)).toMatchObject({ robloxUserId: robloxUser().userId });

    const grants = linking.harness.roblox.oauth.grants(linking.clientId);
    expect(grants.at(-1)).toMatchObject({ userId: robloxUser().userId, revoked: true, revokedBy: "revoke" });
    // Tokens, codes, verifiers and states are sealed or never kept; so is the interaction token that edits the reply.
    const secrets = [
      ...linking.harness.roblox.oauth.secretsSeen(),
      ...linking.harness.discord.interactionTokens(),
    ];
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) {
      expect(await findInStore(linking.harness.config.storeUrl, secret)).toEqual([]);
    }
  });
});

/** Nothing of the member's was linked, and Roblox's grants are all ended. */
async function expectNothingStored(discordUserId: string) {
  expect(await services().linkOf(discordUserId)).toBeUndefined();
  for (const grant of linking.harness.roblox.oauth.grants(linking.clientId)) expect(grant.revoked).toBe(true);
}

describe("the linking pages and replies in the reader's language", () => {
  it("replies in the member's Discord language, shows the attempt's pages in it too, and a bare refusal in the browser's", async () => {
    const browser = client({ "accept-language": "fr-CA;q=0.4, xx;q=0.9, de-AT, en;q=0.8" });
    const { user, reply, authorizeUrl } = await openButton(browser, member(), "ja");
    expect(reply.content).toContain("このボタンは絶対に共有しないでください");
    const confirm = await callback(browser, await consent(authorizeUrl));
    // The confirm and done pages speak the language of the /link that led there, not the browser's.
    expect(confirm.body).toContain('<html lang="ja">');
    expect(confirm.body).toContain("これらのアカウントを連携しますか？");
    const done = await browser.request(
      (
        await browser.request(`${linking.origin}/link/confirm`, {
          form: { csrf: csrfOf(confirm.body) ?? "", decision: "confirm" },
        })
      ).location ?? "",
    );
    expect(done.body).toContain("連携しました");
    expect(linking.harness.discord.messages.get(reply.id)?.content).toContain("として連携しました");
    expect(await services().linkOf(user.id)).toBeDefined();
    const refused = await client({ "accept-language": "es-419" }).request(
      `${linking.origin}/link/not-linked/denied`,
    );
    expect(refused.body).toContain("Lo rechazaste en Roblox");
  });
});

describe("hostile requests against the linking pages", () => {
  it("refuses a replayed callback, without a second code exchange", async () => {
    const browser = client();
    const { user, authorizeUrl } = await openButton(browser);
    const back = await consent(authorizeUrl);
    expect((await callback(browser, back)).status).toBe(200);
    const exchanges = tokenExchanges().length;
    const replay = await callback(browser, back);
    expect(refusalReason(replay.body)).toBe("expired");
    expect(tokenExchanges()).toHaveLength(exchanges);
    // From another browser too.
    const other = client();
    expect(refusalReason((await callback(other, back)).body)).toBe("expired");
    await expectNothingStored(user.id);
  });

  it("refuses a button, and a callback, past the attempt's 10 minutes", async () => {
    const browser = client();
    const late = await runLink(linking.harness, member());
    linking.clock.advance(10 * 60_000 + 1_000);
    const opened = await browser.request(buttonUrl(late));
    expect(opened.status).toBe(410);
    expect(refusalReason(opened.body)).toBe("expired");

    const { user, authorizeUrl } = await openButton(browser);
    const back = await consent(authorizeUrl);
    const exchanges = tokenExchanges().length;
    linking.clock.advance(10 * 60_000 + 1_000);
    expect(refusalReason((await callback(browser, back)).body)).toBe("expired");
    expect(tokenExchanges()).toHaveLength(exchanges);
    await expectNothingStored(user.id);
  });

  it("refuses a code used twice, and a code from another sign-in (PKCE mismatch)", async () => {
    const first = client();
    const a = await openButton(first);
    const codeA = (await consent(a.authorizeUrl)).searchParams.get("code") ?? "";

    // An attacker's browser with its own /link pastes the victim's code next to its own state.
    const attacker = client();
    const b = await openButton(attacker);
    const stateB = new URL(b.authorizeUrl).searchParams.get("state") ?? "";
    const injected = new URL(`${linking.origin}/oauth/callback`);
    injected.search = new URLSearchParams({ code: codeA, state: stateB }).toString();
    expect(refusalReason((await callback(attacker, injected)).body)).toBe("sign-in-failed");
    expect(linking.harness.roblox.oauth.log.at(-1)).toMatchObject({
      endpoint: "token",
      outcome: "invalid_grant",
    });
    await expectNothingStored(b.user.id);

    // Used once by its own sign-in, the code is refused to another.
    const c = await openButton(attacker);
    const own = await consent(c.authorizeUrl);
    expect((await callback(attacker, own)).status).toBe(200);
    const d = await openButton(attacker);
    const reused = new URL(`${linking.origin}/oauth/callback`);
    reused.search = new URLSearchParams({
      code: own.searchParams.get("code") ?? "",
      state: new URL(d.authorizeUrl).searchParams.get("state") ?? "",
    }).toString();
    expect(refusalReason((await callback(attacker, reused)).body)).toBe("sign-in-failed");
    await expectNothingStored(d.user.id);
    await expectNothingStored(a.user.id);
  });

  it("refuses a code older than one minute", async () => {
    const browser = client();
    const { user, authorizeUrl } = await openButton(browser);
    const back = await consent(authorizeUrl);
    linking.harness.roblox.clock.advance(61_000);
    expect(refusalReason((await callback(browser, back)).body)).toBe("sign-in-failed");
    expect(linking.harness.roblox.oauth.log.at(-1)).toMatchObject({
      endpoint: "token",
      outcome: "invalid_grant",
    });
    await expectNothingStored(user.id);
  });

  for (const fault of ["bad-signature", "wrong-audience", "wrong-issuer", "expired"] as const) {
    it(`refuses an ID token with a ${fault}, and ends the grant it came with`, async () => {
      const browser = client();
      const { user, authorizeUrl } = await openButton(browser);
      const back = await consent(authorizeUrl);
      linking.harness.roblox.oauth.settings.idTokenFault = fault;
      try {
        expect(refusalReason((await callback(browser, back)).body)).toBe("sign-in-failed");
      } finally {
        linking.harness.roblox.oauth.settings.idTokenFault = "none";
      }
      await expectNothingStored(user.id);
    });
  }

  it("refuses an ID token whose nonce is not the attempt's (an authorize URL tampered with)", async () => {
    const browser = client();
    const { user, authorizeUrl } = await openButton(browser);
    const tampered = new URL(authorizeUrl);
    tampered.searchParams.set("nonce", "a-nonce-of-the-attacker-s-choosing");
    expect(refusalReason((await callback(browser, await consent(tampered.toString()))).body)).toBe(
      "sign-in-failed",
    );
    await expectNothingStored(user.id);
  });

  it("refuses a confirm POST without the CSRF token, with a wrong one, or from another browser", async () => {
    const browser = client();
    const { user, authorizeUrl } = await openButton(browser);
    const confirm = await callback(browser, await consent(authorizeUrl));
    const csrf = csrfOf(confirm.body) ?? "";
    expect(csrf).not.toBe("");
    const url = `${linking.origin}/link/confirm`;
    // One character changed: a token that already ends in "A" gets a "B" (else it would be the right one).
    const wrong = `${csrf.slice(0, -1)}${csrf.endsWith("A") ? "B" : "A"}`;
    for (const form of [{ decision: "confirm" }, { csrf: wrong, decision: "confirm" }]) {
      const refused = await browser.request(url, { form });
      expect(refused.status).toBe(403);
      expect(refusalReason(refused.body)).toBe("bad-form");
    }
    const stranger = await client().request(url, { form: { csrf, decision: "confirm" } });
    expect(refusalReason(stranger.body)).toBe("expired");
    await expectNothingStored(user.id);
    expect(linking.harness.discord.messages.size).toBeGreaterThan(0);
  });

  it("never repeats error_description (or any query value) and maps error to fixed text", async () => {
    const hostile = `<script>alert("owned")</script>Call +1 555 0100 for help`;
    for (const error of ["access_denied", "<b>server_error</b>"]) {
      const browser = client();
      const { user, authorizeUrl } = await openButton(browser);
      const state = new URL(authorizeUrl).searchParams.get("state") ?? "";
      const url = new URL(`${linking.origin}/oauth/callback`);
      url.search = new URLSearchParams({ error, error_description: hostile, state }).toString();
      const page = await callback(browser, url);
      expect(refusalReason(page.body)).toBe(error === "access_denied" ? "denied" : "roblox-error");
      expect(page.body).not.toContain("owned");
      expect(page.body).not.toContain("555");
      expect(page.body).not.toContain("server_error");
      await expectNothingStored(user.id);
    }
    expect(linking.harness.logs.some((line) => line.includes("555 0100"))).toBe(false);
  });

  it("sends a new /link's button and forgets the old one; a sixth within 10 minutes is refused", async () => {
    const user = member();
    const first = buttonUrl(await runLink(linking.harness, user));
    const second = buttonUrl(await runLink(linking.harness, user));
    expect(first).not.toBe(second);
    expect(refusalReason((await client().request(first)).body)).toBe("expired");
    expect((await client().request(second)).status).toBe(303);
    for (let count = 3; count <= 5; count++) await runLink(linking.harness, user);
    const sixth = await runLink(linking.harness, user);
    expect(sixth.content).toContain("too often");
    expect(sixth.components).toEqual([]);
  });
});

describe("the linking pages' per-client limits", () => {
  it("answers 429 past the budget, per group, and serves again in the next window", async () => {
    const browser = client();
    // To the start of a window (they are fixed, one minute each), so the requests below all fall in one.
    linking.clock.advance(60_000 - (linking.clock.now() % 60_000) + 500);
    const statuses = async (url: string, count: number) => {
      const seen: number[] = [];
      for (let request = 0; request < count; request++) seen.push((await browser.request(url)).status);
      return seen;
    };
    const link = await statuses(`${linking.origin}/link/not-linked/expired`, 62);
    expect(link.slice(0, 2)).toEqual([410, 410]);
    expect(link.at(-1)).toBe(429);
    const limited = await browser.request(`${linking.origin}/link/not-linked/expired`);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // The callback's group has a budget of its own.
    expect((await browser.request(`${linking.origin}/oauth/callback`)).status).toBe(303);
    linking.clock.advance(61_000);
    expect((await browser.request(`${linking.origin}/link/not-linked/expired`)).status).toBe(410);
  });
});
