import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../support/harness.js";
import { freePort } from "../support/ports.js";

const RENAME_WARNING = "HEALTH_PORT is the old name of WEB_PORT";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("the bot's web server", () => {
  it("still listens on HEALTH_PORT, the old name, with one warning to rename it", async () => {
    const port = await freePort();
    harness = await startHarness({ env: { HEALTH_PORT: String(port) } });
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, gateway: "connected", store: "ok" });
    expect(harness.logs.filter((line) => line.includes(RENAME_WARNING))).toHaveLength(1);
    harness.assertClean();
  });

  it("listens on WEB_PORT without a warning, and closes its port when the bot stops", async () => {
    const port = await freePort();
    harness = await startHarness({ env: { WEB_PORT: String(port) } });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(harness.logs.some((line) => line.includes(RENAME_WARNING))).toBe(false);
    expect(harness.logs.some((line) => line.includes('"msg":"web server listening"'))).toBe(true);
    await harness.stopBot();
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
