import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Every server action in the code, found by reading the source (not by trusting a list): files under app/
 * and lib/ whose first statement is "use server", plus any function with an inline "use server". Shared by
 * actions-guarded.test.ts and access-matrix.test.ts. */

const ROOTS = ["app", "lib"];
const ROOT = process.cwd();

export type ExportedAction = {
  /** "app/(portal)/wilayah/[kode]/sasaran/actions.ts#createIbuHamil" */
  key: string;
  file: string;
  name: string;
  /** How the export is built: directly by guardedAction, by a local factory returning guardedAction, by a
   * function that builds a guardedAction and returns its call, or none of these. */
  built: "guardedAction" | "factory" | "wrapper" | "unguarded";
};

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

function isUseServer(statement: ts.Statement | undefined): boolean {
  return Boolean(
    statement &&
    ts.isExpressionStatement(statement) &&
    ts.isStringLiteral(statement.expression) &&
    statement.expression.text === "use server",
  );
}

const isCallTo = (node: ts.Node | undefined, name: string): boolean =>
  Boolean(node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name);

function returnsOf(body: ts.Node): ts.Expression[] {
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isFunctionLike(n) && n !== body.parent) return; // nested functions return for themselves
    if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return out;
}

function functionBody(node: ts.Node | undefined): ts.Node | undefined {
  if (!node) return undefined;
  if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) return node.body;
  if (ts.isArrowFunction(node)) return node.body;
  return undefined;
}

/** A local function whose every return is `guardedAction(...)` (e.g. `workflowAction("ajukan")`). */
function isGuardFactory(sf: ts.SourceFile, name: string): boolean {
  let fn: ts.Node | undefined;
  sf.forEachChild((s) => {
    if (ts.isFunctionDeclaration(s) && s.name?.text === name) fn = s;
    if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.name.text === name) fn = d.initializer;
  });
  const body = functionBody(fn);
  if (!body) return false;
  if (!ts.isBlock(body)) return isCallTo(body, "guardedAction");
  const returns = returnsOf(body);
  return returns.length > 0 && returns.every((r) => isCallTo(r, "guardedAction"));
}

/** `async function x(prev, fd) { const run = guardedAction(...); return run(prev, fd); }` */
function isGuardWrapper(body: ts.Node | undefined): boolean {
  if (!body || !ts.isBlock(body)) return false;
  const guarded = new Set<string>();
  const visit = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && isCallTo(n.initializer, "guardedAction"))
      guarded.add(n.name.text);
    ts.forEachChild(n, visit);
  };
  visit(body);
  const returns = returnsOf(body);
  return (
    returns.length > 0 &&
    returns.every((r) => ts.isCallExpression(r) && ts.isIdentifier(r.expression) && guarded.has(r.expression.text))
  );
}

function classify(sf: ts.SourceFile, init: ts.Node | undefined): ExportedAction["built"] {
  if (isCallTo(init, "guardedAction")) return "guardedAction";
  if (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && isGuardFactory(sf, init.expression.text))
    return "factory";
  if (isGuardWrapper(functionBody(init))) return "wrapper";
  return "unguarded";
}

const hasExport = (n: ts.Node) =>
  ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

export type Inventory = { actions: ExportedAction[]; inlineUseServer: string[]; opaqueExports: string[] };

export function inventory(): Inventory {
  const actions: ExportedAction[] = [];
  const inlineUseServer: string[] = [];
  const opaqueExports: string[] = [];
  for (const abs of ROOTS.flatMap((r) => walk(path.join(ROOT, r)))) {
    const file = path.relative(ROOT, abs).split(path.sep).join("/");
    const text = fs.readFileSync(abs, "utf8");
    if (!text.includes("use server")) continue;
    const sf = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const fileLevel = isUseServer(sf.statements[0]);
    // Inline "use server" in a function body makes that function an (unexported, unguarded) action.
    const visit = (n: ts.Node) => {
      if (ts.isFunctionLike(n)) {
        const body = functionBody(n);
        if (body && ts.isBlock(body) && isUseServer(body.statements[0]))
          inlineUseServer.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    if (!fileLevel) continue;
    for (const s of sf.statements) {
      if (ts.isVariableStatement(s) && hasExport(s)) {
        for (const d of s.declarationList.declarations) {
          const name = ts.isIdentifier(d.name) ? d.name.text : d.name.getText(sf);
          actions.push({ key: `${file}#${name}`, file, name, built: classify(sf, d.initializer) });
        }
      } else if (ts.isFunctionDeclaration(s) && hasExport(s)) {
        const name = s.name?.text ?? "default";
        actions.push({ key: `${file}#${name}`, file, name, built: classify(sf, s) });
      } else if (ts.isExportDeclaration(s) && !s.isTypeOnly) {
        opaqueExports.push(`${file}: ${s.getText(sf)}`);
      } else if (ts.isExportAssignment(s)) {
        opaqueExports.push(`${file}: export default`);
      }
    }
  }
  return { actions: actions.sort((a, b) => a.key.localeCompare(b.key)), inlineUseServer, opaqueExports };
}

/** The action modules, imported as the app imports them. */
export async function importAction(
  action: ExportedAction,
): Promise<(prev: unknown, formData: FormData) => Promise<unknown>> {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, action.file))) as Record<string, unknown>;
  const fn = mod[action.name];
  if (typeof fn !== "function") throw new Error(`${action.key} is not a function`);
  return fn as (prev: unknown, formData: FormData) => Promise<unknown>;
}
