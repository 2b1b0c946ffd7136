import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's chromium package; `.ci/run` installs it and `npm test`'s preflight names it when missing. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Flags for a headless Chromium run as root in CI: no sandbox (root), no GPU, and nothing the browser
 * would fetch by itself (updates, sync, field trials), since the machine has no internet.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

export interface TestBrowser {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** How long one launch may take, and how many launches before giving up. */
const LAUNCH_TIMEOUT_MS = 25_000;
const LAUNCH_ATTEMPTS = 3;
/** A `beforeAll` that launches the browser needs this long: every attempt may time out. */
export const BROWSER_HOOK_TIMEOUT_MS = LAUNCH_TIMEOUT_MS * LAUNCH_ATTEMPTS + 5_000;

/**
 * A headless Chromium with a fresh profile of its own: every call is a different person's browser.
 * Idle, a launch takes under a second; on a machine busy with the rest of the suite a launch has been
 * seen to stall past 20 s, so a stalled launch is abandoned and tried again with a new profile.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install it (Debian: apt-get install chromium)`);
  }
  let lastError: unknown;
  for (let attempt = 1; attempt <= LAUNCH_ATTEMPTS; attempt++) {
    const profile = mkdtempSync(join(tmpdir(), "bot-browser-"));
    try {
      // Playwright passes the profile to Chromium as --user-data-dir.
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS],
        timeout: LAUNCH_TIMEOUT_MS,
      });
      return {
        context,
        newPage: () => context.newPage(),
        async close() {
          await context.close();
          rmSync(profile, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = error;
      rmSync(profile, { recursive: true, force: true });
    }
  }
  throw lastError;
}
