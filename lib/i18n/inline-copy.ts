/** Finds user-facing copy written inline in TSX (issue 9: "all strings in one place per feature").
 * Used by the unit test that keeps JSX free of literal copy, and runnable by hand:
 * `npx tsx lib/i18n/inline-copy.ts` lists what is left. */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export type InlineCopy = { file: string; line: number; text: string };

/** Props that carry words a person reads (or hears, for aria-*). Other string props are code: classes, names, ids. */
const COPY_PROPS = new Set([
  "label",
  "title",
  "placeholder",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "alt",
  "pendingText",
  "hint",
  "description",
  "detail",
  "heading",
  "message",
  "caption",
  "summary",
  "confirmText",
  "confirmLabel",
  "emptyText",
  "emptyMessage",
  "action-label",
  "actionLabel",
  "text",
  "subtitle",
  "legend",
  "note",
  "head",
  "headers",
  "labels",
  "columns",
]);

const hasWords = (s: string) => /\p{L}{2,}/u.test(s);

function literalParts(node: ts.Node, out: string[]) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
  else if (ts.isTemplateExpression(node)) {
    out.push(node.head.text);
    for (const span of node.templateSpans) {
      out.push(span.literal.text);
      // `${n ? "a" : "b"}` inside a template is copy as well.
      literalParts(span.expression, out);
    }
  } else if (ts.isConditionalExpression(node)) {
    literalParts(node.whenTrue, out);
    literalParts(node.whenFalse, out);
  } else if (
    ts.isBinaryExpression(node) &&
    [
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.QuestionQuestionToken,
      ts.SyntaxKind.AmpersandAmpersandToken,
      ts.SyntaxKind.PlusToken,
    ].includes(node.operatorToken.kind)
  ) {
    literalParts(node.left, out);
    literalParts(node.right, out);
  } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) literalParts(node.expression, out);
  else if (ts.isArrayLiteralExpression(node)) node.elements.forEach((e) => literalParts(e, out));
  // `["Desa", "Indikator"].map(…)`: the headings of a table.
  else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression))
    literalParts(node.expression.expression, out);
}

export function findInlineCopy(file: string, source = fs.readFileSync(file, "utf8")): InlineCopy[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: InlineCopy[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      text: text.trim().slice(0, 80),
    });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    else if (
      (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) ||
      (ts.isJsxExpression(node) && node.expression && ts.isJsxFragment(node.parent))
    ) {
      const parts: string[] = [];
      literalParts(node.expression!, parts);
      const words = parts.filter(hasWords);
      if (words.length) report(node, words.join(" … "));
    } else if (ts.isJsxAttribute(node) && COPY_PROPS.has(node.name.getText(sf)) && node.initializer) {
      const parts: string[] = [];
      const init = node.initializer;
      if (ts.isStringLiteral(init)) parts.push(init.text);
      else if (ts.isJsxExpression(init) && init.expression) literalParts(init.expression, parts);
      const words = parts.filter(hasWords);
      if (words.length) report(node, `${node.name.getText(sf)}=${words.join(" … ")}`);
    } else if (
      ts.isPropertyAssignment(node) &&
      (COPY_PROPS.has(node.name.getText(sf).replace(/["']/g, "")) || node.name.getText(sf) === "header")
    ) {
      // Column definitions and option lists: `{ header: "Nama" }`, `{ label: "Ibu hamil" }`.
      const parts: string[] = [];
      literalParts(node.initializer, parts);
      const words = parts.filter(hasWords);
      if (words.length) report(node, `${node.name.getText(sf)}: ${words.join(" … ")}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

export function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(p);
    return e.name.endsWith(".tsx") ? [p] : [];
  });
}

if (process.argv[1] && /inline-copy\.ts$/.test(process.argv[1])) {
  const root = path.resolve(__dirname, "../..");
  const all = ["app", "components"].flatMap((d) => tsxFiles(path.join(root, d))).flatMap((f) => findInlineCopy(f));
  for (const c of all) console.log(`${path.relative(root, c.file)}:${c.line}  ${c.text}`);
  console.log(`${all.length} inline strings`);
}
