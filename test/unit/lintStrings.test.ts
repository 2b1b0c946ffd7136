import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const folder = mkdtempSync(join(tmpdir(), "lint-strings-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function lint(name: string, code: string): { status: number | null; output: string } {
  const root = mkdtempSync(join(folder, `${name}-`));
  writeFileSync(join(root, "handler.ts"), code);
  const result = spawnSync(
    resolve("node_modules/.bin/tsx"),
    [resolve("scripts/lint-strings.ts"), "--root", root],
    {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run lint:strings", () => {
  it("finds a sentence a handler would show", () => {
    const found = lint("reply", 'export const reply = () => ({ content: "Your upload is ready." });\n');
    expect(found.status).toBe(1);
    expect(found.output).toContain('handler.ts:1: "Your upload is ready."');
    // The code under check holds a template literal: built here without one.
    const template = lint(
      "template",
      `export const title = (n: string) => \`Inventory of $\{n} and more\`;\n`,
    );
    expect(template.status).toBe(1);
  });

  it("leaves logs, internal errors, catalogue keys, URLs and waived lines alone", () => {
    const clean = lint(
      "clean",
      [
        "declare const log: { info(o: object, m: string): void }; declare const t: { t(k: string): string };",
        'log.info({}, "interaction ended with an explained failure");',
        'export const fail = () => { throw new Error("two component handlers claim one namespace"); };',
        'export const key = t.t("inventory.title");',
        'export const link = "https://www.roblox.com/my/account#!/privacy";',
        "// lint-strings: not user-facing — a symbol's description",
        'export const marker = Symbol("trusted markup");',
      ].join("\n"),
    );
    expect(clean.output).toContain("no user-facing string literal");
    expect(clean.status).toBe(0);
  });
});
