import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The intended layers, checked by reading every import in the source (not by trusting a list), as
 * tests/db/actions-inventory.ts does for actions. Used by layers.test.ts. */

export type Layer = "app" | "components" | "db" | "lib";

export type LayerRule = {
  /** Files the rule applies to (a folder, with its trailing slash). */
  scope: string;
  /** A folder under scope the rule leaves out. */
  exempt?: string;
  forbids: readonly Layer[];
  text: string;
};

export const LAYER_RULES: readonly LayerRule[] = [
  {
    scope: "lib/",
    // The session guard has to read the user and the region; every other rule in lib/ is pure.
    exempt: "lib/auth/",
    forbids: ["db"],
    text: "lib/ holds pure rules: nothing from db/ (only lib/auth may read it)",
  },
  { scope: "lib/", forbids: ["app", "components"], text: "lib/ imports nothing from app/ or components/" },
  {
    scope: "components/",
    forbids: ["db", "app"],
    text: "components/ takes props only: nothing from db/ or app/, type-only imports included",
  },
  { scope: "db/", forbids: ["app", "components"], text: "db/ imports nothing from app/ or components/" },
];

/** Folders whose files are checked: every scope above. */
const CHECKED = ["lib", "components", "db"];

export type ImportRef = {
  specifier: string;
  line: number;
  kind: "import" | "import type" | "export from" | "import()" | "import type()" | "require";
};

const stringArg = (node: ts.Node | undefined): string | undefined =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

/** Every module a file names: import and export…from (type-only included), dynamic import(), `import("…")`
 * in a type, and require(). */
export function importsOf(file: string, text: string): ImportRef[] {
  const sf = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: ImportRef[] = [];
  const add = (node: ts.Node, specifier: string | undefined, kind: ImportRef["kind"]) => {
    if (specifier !== undefined)
      out.push({ specifier, kind, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
  };
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n))
      add(n, stringArg(n.moduleSpecifier), n.importClause?.isTypeOnly ? "import type" : "import");
    else if (ts.isExportDeclaration(n)) add(n, stringArg(n.moduleSpecifier), "export from");
    else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference))
      add(n, stringArg(n.moduleReference.expression), "require");
    else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument))
      add(n, stringArg(n.argument.literal), "import type()");
    else if (ts.isCallExpression(n)) {
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword) add(n, stringArg(n.arguments[0]), "import()");
      else if (ts.isIdentifier(n.expression) && n.expression.text === "require")
        add(n, stringArg(n.arguments[0]), "require");
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The repository path an import points at ("@/db/schema" → "db/schema"), or null for a package. */
export function resolveImport(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.posix.normalize(specifier.slice(2));
  if (specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../"))
    return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return null;
}

function layerOf(target: string): Layer | null {
  const top = target.split("/")[0];
  return top === "app" || top === "components" || top === "db" || top === "lib" ? top : null;
}

export type LayerViolation = {
  file: string;
  line: number;
  specifier: string;
  kind: ImportRef["kind"];
  target: string;
  rule: string;
};

/** The imports of one file (repository path, "/"-separated) that cross a layer. */
export function crossings(file: string, text: string): LayerViolation[] {
  const rules = LAYER_RULES.filter((r) => file.startsWith(r.scope) && !(r.exempt && file.startsWith(r.exempt)));
  if (!rules.length) return [];
  const out: LayerViolation[] = [];
  for (const ref of importsOf(file, text)) {
    const target = resolveImport(file, ref.specifier);
    const layer = target && layerOf(target);
    if (!target || !layer) continue;
    for (const rule of rules) if (rule.forbids.includes(layer)) out.push({ file, ...ref, target, rule: rule.text });
  }
  return out;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx|mts|cts)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Every crossing in lib/, components/ and db/, tests included. */
export function layerViolations(root: string): LayerViolation[] {
  return CHECKED.flatMap((d) => sourceFiles(path.join(root, d))).flatMap((abs) =>
    crossings(path.relative(root, abs).split(path.sep).join("/"), fs.readFileSync(abs, "utf8")),
  );
}

export const describeViolation = (v: LayerViolation) =>
  `${v.file}:${v.line} ${v.kind} "${v.specifier}" (${v.target}) breaks: ${v.rule}`;
