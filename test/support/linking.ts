import { randomBytes } from "node:crypto";
import type { Clock } from "../../src/clock.js";
import type { MessageState } from "../emulators/discord/types.js";
import { type Harness, type HarnessOptions, startHarness } from "./harness.js";
import { freePort } from "./ports.js";

/** The bot's clock in linking tests: real time plus whatever a test adds. */
export interface TestClock extends Clock {
  advance(ms: number): void;
}

export function testClock(): TestClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      offset += ms;
    },
  };
}

export interface LinkingHarness {
  readonly harness: Harness;
  readonly clock: TestClock;
  readonly origin: string;
  readonly clientId: string;
}

/** A bot with linking on, against an OAuth app registered with the bot's callback (identity scopes only). */
export async function startLinkingHarness(
  options: Omit<HarnessOptions, "env"> & {
    readonly env?: Readonly<Record<string, string>>;
    /** The OAuth app's scopes; identity only unless given. */
    readonly appScopes?: readonly string[];
  } = {},
): Promise<LinkingHarness> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const clock = testClock();
  const harness = await startHarness({
    store: "sqlite",
    clock,
    ...options,
    opencloud: {
      ...options.opencloud,
      oauth: {
        apps: [
          {
            redirectUris: [`${origin}/oauth/callback`],
            scopes: [...(options.appScopes ?? ["openid", "profile"])],
          },
        ],
      },
    },
    env: ({ roblox }) => {
      const app = roblox.oauth.defaultApp;
      if (app === undefined) throw new Error("the emulator has no OAuth app");
      return {
        WEB_PORT: String(port),
        PUBLIC_URL: origin,
        ROBLOX_OAUTH_CLIENT_ID: app.clientId,
        ROBLOX_OAUTH_CLIENT_SECRET: app.clientSecret,
        TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
        ...options.env,
      };
    },
  });
  return { harness, clock, origin, clientId: harness.config.linking?.oauth?.clientId ?? "" };
}

/** The link button's URL on a /link reply. */
export function buttonUrl(message: MessageState): string {
  const row = message.components[0] as { components: Array<{ url?: string }> } | undefined;
  const url = row?.components[0]?.url;
  if (url === undefined) throw new Error(`no link button on ${JSON.stringify(message)}`);
  return url;
}

/** Runs /link as the user and returns the private reply. */
export async function runLink(
  harness: Harness,
  user: { id: string; username: string },
  locale?: string,
): Promise<MessageState> {
  return harness.discord
    .runCommand({ name: "link", user, ...(locale === undefined ? {} : { locale }) })
    .reply();
}

/**
 * A browser without a browser: follows nothing by itself, keeps cookies per origin, and remembers every
 * page body it was served (for the secret check).
 */
export class HttpClient {
  readonly pages: string[] = [];
  readonly #cookies = new Map<string, string>();

  /** `headers` go with every request (an `accept-language`, say). */
  constructor(private readonly headers: Readonly<Record<string, string>> = {}) {}

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<{
    status: number;
    location: string | undefined;
    headers: Headers;
    body: string;
  }> {
    const cookie = [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      redirect: "manual",
      headers: {
        ...this.headers,
        ...(cookie === "" ? {} : { cookie }),
        ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", value = ""] = pair.split("=", 2);
      if (/max-age=0/i.test(line)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    const body = await response.text();
    this.pages.push(body);
    const location = response.headers.get("location") ?? undefined;
    return {
      status: response.status,
      location: location === undefined ? undefined : new URL(location, url).toString(),
      headers: response.headers,
      body,
    };
  }
}

/** The fixed reason a refusal page names (its `data-reason`), or undefined for any other page. */
export function refusalReason(body: string): string | undefined {
  return /data-reason="([a-z-]+)"/.exec(body)?.[1];
}

export function csrfOf(body: string): string | undefined {
  return /name="csrf" value="([^"]+)"/.exec(body)?.[1];
}

/**
 * The whole /link flow over HTTP as the member (button, Roblox consent, callback, confirm), with the
 * `access` option when given; returns the authorize URL Roblox was sent to.
 */
export async function linkInBrowser(
  linking: LinkingHarness,
  user: { id: string; username: string },
  robloxUserId: string,
  access?: string,
): Promise<{ authorizeUrl: URL; browser: HttpClient }> {
  const browser = new HttpClient();
  const reply = await linking.harness.discord
    .runCommand({ name: "link", user, ...(access === undefined ? {} : { options: { access } }) })
    .reply();
  const opened = await browser.request(buttonUrl(reply));
  const authorizeUrl = new URL(opened.location ?? "");
  const outcome = await linking.harness.roblox.oauth.consent(authorizeUrl.toString(), {
    userId: robloxUserId,
  });
  if (outcome.kind !== "redirect") throw new Error(`Roblox kept the browser: ${outcome.status}`);
  const back = await browser.request(outcome.location.toString());
  const confirm = await browser.request(back.location ?? "");
  const confirmed = await browser.request(`${linking.origin}/link/confirm`, {
    form: { csrf: csrfOf(confirm.body) ?? "", decision: "confirm" },
  });
  if (confirmed.status !== 303) throw new Error(`the confirm answered ${confirmed.status}`);
  return { authorizeUrl, browser };
}
