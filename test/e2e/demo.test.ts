import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

describe("npm run demo", () => {
  it("plays the whole tour against the emulators and exits 0", () => {
    const result = spawnSync(resolve("node_modules/.bin/tsx"), ["scripts/demo/index.ts"], {
      encoding: "utf8",
      timeout: 120_000,
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Demo finished: every step worked.");
    for (const heading of [
      "┌─ /user user:",
      "┌─ /link method:profile account:",
      "Linked as",
      "┌─ /user (no user: the linked account)",
      "┌─ /privacy",
      "What this bot stores about you",
      "┌─ /groups user:",
      "(after the click)",
      "group:",
      "┌─ /inventory user:",
      "asset_types:HAT,CLASSIC_SHIRT",
      "✓ owns",
      "✗ does not own",
      "┌─ /upload file:gradient.png",
      "┌─ /upload file:tone.wav",
      "┌─ /upload file:block.rbxmx",
      "New version uploaded",
    ]) {
      expect(result.stdout).toContain(heading);
    }
  }, 150_000);

  it("plays the tour in a chosen locale: --locale pt-BR answers in Portuguese", () => {
    const result = spawnSync(
      resolve("node_modules/.bin/tsx"),
      ["scripts/demo/index.ts", "--locale", "pt-BR"],
      {
        encoding: "utf8",
        timeout: 120_000,
        env: { PATH: process.env.PATH ?? "" },
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("The member and the server speak pt-BR.");
    for (const words of [
      "Inventário de",
      "Grupos de",
      "✓ tem",
      "Enviado para o Roblox",
      "Nova versão enviada",
    ]) {
      expect(result.stdout).toContain(words);
    }
    expect(result.stdout).not.toContain("Inventory of");
  }, 150_000);

  it("refuses a locale it has no catalogue for", () => {
    const result = spawnSync(resolve("node_modules/.bin/tsx"), ["scripts/demo/index.ts", "--locale", "xx"], {
      encoding: "utf8",
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--locale must be one of en-US, pt-BR, es-ES, de, fr, ja");
  });
});
