/**
 * npm run lint:strings: walks the TypeScript syntax tree of the code that talks to people (commands,
 * views, events, web pages, the pager and the interaction layer) and fails on any string literal that
 * reads as words (two words or more) outside the catalogue (src/i18n/locales). Logs, internal errors,
 * catalogue keys and imports are not user-facing and are left alone; anything else that must stay
 * a literal says why on the line before: `// lint-strings: not user-facing — <why>`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import ts from "typescript";

const DEFAULT_ROOTS = ["src/commands", "src/views", "src/events", "src/web", "src/pager", "src/interaction"];
// `--root <folder>` (repeatable) checks other folders instead; the tests use it.
const { values: flags } = parseArgs({ options: { root: { type: "string", multiple: true } } });
const ROOTS = flags.root ?? DEFAULT_ROOTS;
/** Two words in a row, as a sentence has them: letters only, apart from a trailing punctuation mark. */
const WORD = /^\p{L}[\p{L}’'-]*\p{L}[,.:;!?]?$/u;
function readsAsWords(text: string): boolean {
  const tokens = text.split(/\s+/);
  return tokens.some((token, index) => WORD.test(token) && WORD.test(tokens[index + 1] ?? ""));
}
const LOG_METHODS = new Set(["trace", "debug", "info", "warn", "error", "fatal", "child"]);
/** Calls whose first argument is a catalogue key or data, never words for a person. */
const KEY_CALLS = new Set(["t", "message", "userError", "render"]);
const WAIVER = "lint-strings: not user-facing";

function files(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Whether a literal sits where its text is never shown to a person. */
function exempt(node: ts.Node, source: ts.SourceFile): boolean {
  for (let at: ts.Node = node; at.parent !== undefined; at = at.parent) {
    const parent = at.parent;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent))
      return true;
    if (ts.isPropertyAssignment(parent) && parent.name === at) return true;
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      const name = calleeName(parent);
      if (ts.isNewExpression(parent) && name !== undefined && /Error$/.test(name) && name !== "UserError")
        return true;
      if (ts.isCallExpression(parent) && name !== undefined && LOG_METHODS.has(name)) return true;
      if (name !== undefined && KEY_CALLS.has(name) && parent.arguments?.[0] === at) return true;
    }
    if (ts.isStatement(parent) || ts.isClassElement(parent)) {
      const comments = ts.getLeadingCommentRanges(source.text, parent.getFullStart()) ?? [];
      if (comments.some((range) => source.text.slice(range.pos, range.end).includes(WAIVER))) return true;
    }
  }
  return false;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" … ");
  return undefined;
}

const findings: string[] = [];
for (const path of ROOTS.flatMap(files)) {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined && readsAsWords(text) && !exempt(node, source)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      findings.push(`${relative(".", path)}:${line + 1}: ${JSON.stringify(text.slice(0, 80))}`);
    }
    // A template's parts are read as one string above.
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else for (const span of node.templateSpans) visit(span.expression);
  };
  visit(source);
}

if (findings.length > 0) {
  console.error(`User-facing words outside the catalogue (src/i18n/locales):\n${findings.join("\n")}`);
  process.exit(1);
}
console.log(`lint:strings: no user-facing string literal outside the catalogue in ${ROOTS.join(", ")}`);
