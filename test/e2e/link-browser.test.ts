import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BROWSER_HOOK_TIMEOUT_MS, launchBrowser, type TestBrowser } from "../support/browser.js";
import { buttonUrl, type LinkingHarness, runLink, startLinkingHarness } from "../support/linking.js";

let linking: LinkingHarness;
const browsers: TestBrowser[] = [];
const pages: string[] = [];

// Each test launches its own browsers, and a stalled launch is retried (test/support/browser.ts).
vi.setConfig({ testTimeout: 2 * BROWSER_HOOK_TIMEOUT_MS });

const ASKER = { id: "410000000000000001", username: "asker" };

async function person(): Promise<TestBrowser> {
  const browser = await launchBrowser();
  browsers.push(browser);
  return browser;
}

/** A page that loads nothing from the internet (the accounts' pictures live on Discord's and Roblox's CDNs). */
async function newPage(browser: TestBrowser): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  await page.route(/^https:\/\//, (route) => route.abort());
  // The bot's pages only: Roblox's own sign-in page carries the state and challenge, as it must.
  page.on("load", () => {
    if (!page.url().startsWith(linking.origin)) return;
    void page.content().then(
      (html) => pages.push(html),
      () => undefined,
    );
  });
  return { page, violations };
}

/** Roblox's sign-in and consent pages, as a person clicks through them. */
async function signInAndDecide(page: Page, robloxUserId: string, decision: "Approve" | "Deny") {
  await page.locator("select[name=as_user]").selectOption(robloxUserId);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: decision }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/link/"));
}

const services = () => {
  const service = linking.harness.bot()?.context.services.linking;
  if (service === undefined) throw new Error("linking is off");
  return service;
};

beforeAll(async () => {
  linking = await startLinkingHarness();
});
afterAll(async () => {
  await Promise.allSettled(browsers.map((browser) => browser.close()));
  linking?.harness.assertClean(pages);
  await linking?.harness.close();
});

describe("linking in a real browser", () => {
  it("follows the button, approves on Roblox, confirms both accounts, and sees Linked; the /link reply says so", async () => {
    const user = { id: "410000000000000010", username: "linker" };
    const roblox = linking.harness.roblox.world.subjects.richUser;
    const reply = await runLink(linking.harness, user);
    expect(reply.flags ?? 0).toBe(64);
    expect(reply.content).toContain("Never share this button");
    expect(reply.content).toContain("pick the method “A phrase on my Roblox profile”");

    const { page, violations } = await newPage(await person());
    await page.goto(buttonUrl(reply));
    await signInAndDecide(page, roblox.userId, "Approve");
    expect(new URL(page.url()).pathname).toBe("/link/confirm");
    expect(new URL(page.url()).search).toBe("");
    await expect(page.locator("#discord-account").textContent()).resolves.toContain("@linker");
    await expect(page.locator("#roblox-account").textContent()).resolves.toContain(`@${roblox.username}`);

    await page.getByRole("button", { name: "Confirm" }).click();
    await page.waitForURL((url) => url.pathname === "/link/done");
    expect(new URL(page.url()).pathname).toBe("/link/done");
    expect(await page.locator("h1").textContent()).toBe("Linked");
    expect(violations).toEqual([]);

    const edited = linking.harness.discord.messages.get(reply.id);
    expect(edited?.content).toContain(`Linked as`);
    expect(edited?.content).toContain(roblox.username);
    expect(edited?.components).toEqual([]);
    expect(await services().linkOf(user.id)).toMatchObject({ robloxUserId: roblox.userId });
  });

  it("denies consent and sees the refusal page, with nothing stored", async () => {
    const user = { id: "410000000000000020", username: "decliner" };
    const grantsBefore = linking.harness.roblox.oauth.grants().length;
    const reply = await runLink(linking.harness, user);
    const { page } = await newPage(await person());
    await page.goto(buttonUrl(reply));
    await signInAndDecide(page, linking.harness.roblox.world.subjects.groupless.userId, "Deny");
    expect(await page.locator("h1").textContent()).toBe("Not linked");
    expect(await page.locator("#reason").textContent()).toBe(
      "You declined on Roblox, so nothing was linked.",
    );
    expect(new URL(page.url()).search).toBe("");
    expect(await services().linkOf(user.id)).toBeUndefined();
    expect(linking.harness.roblox.oauth.grants()).toHaveLength(grantsBefore);
    expect(linking.harness.discord.messages.get(reply.id)?.content).toContain("Never share this button");
  });

  it("shows another person who opens the button the Discord account that asked, so they can refuse", async () => {
    const reply = await runLink(linking.harness, ASKER);
    const someoneElse = linking.harness.roblox.world.subjects.oneGroupUser;
    const { page } = await newPage(await person());
    await page.goto(buttonUrl(reply));
    await signInAndDecide(page, someoneElse.userId, "Approve");
    const discord = await page.locator("#discord-account").textContent();
    expect(discord).toContain("@asker");
    expect(discord).toContain(ASKER.id);
    await expect(page.locator("#roblox-account").textContent()).resolves.toContain(
      `@${someoneElse.username}`,
    );
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.locator("#reason").textContent()).resolves.toBe("Cancelled: nothing was linked.");
    expect(await services().linkOf(ASKER.id)).toBeUndefined();
  });
});
