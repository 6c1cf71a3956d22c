/** Finds user-facing copy written outside lib/i18n (issue 9: "all strings in one place per feature"; issue 15:
 * the same for the .ts files of lib/). Two rules: findInlineCopy reads the JSX of a .tsx file (any words
 * in JSX text, in copy props, in `{ header: "…" }`), findCodeCopy reads every other string literal of a .ts or .tsx
 * file (see isCopy). Used by the unit test, and runnable by hand: `npx tsx lib/i18n/inline-copy.ts` lists what is
 * left. */
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
/** `{ label: "…" }`, `{ header: "…" }`: option lists and column definitions. */
const isCopyKey = (name: string) => COPY_PROPS.has(name.replace(/["']/g, "")) || name === "header";

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
    } else if (ts.isPropertyAssignment(node) && isCopyKey(node.name.getText(sf))) {
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

/** Indonesian words that never occur in code strings (CSS classes, SQL, URLs, MIME types, English messages): a
 * lowercase string with one of them beside another word is a sentence for a person ("masih draf", "3 tahun 2
 * bulan"). */
const INDONESIAN_WORDS = new Set(
  (
    "yang dan atau di ke dari untuk dengan tidak belum sudah masih pada ini itu oleh bila harus wajib dapat ada " +
    "dalam hanya tanpa lalu hari bulan tahun kosong"
  ).split(" "),
);
/** Sentence punctuation around a word; code punctuation (/ - _ . : inside, quotes, =, digits) makes a token code. */
const EDGE = /^[.,;:!?()[\]{}…“”‘’«»]+|[.,;:!?()[\]{}…“”‘’«»]+$/gu;

/** Whether a string literal of code is copy. Its text is split at spaces and `${…}`; a token is a word only when
 * it is all letters once sentence punctuation is trimmed, so identifiers and keys (`disetujui`, `kodeWilayah`,
 * `kunjungan_rumah`, `ibu:1`), CSS classes (`gap-2`, `sm:block`), paths and file names (`/wilayah/`,
 * `apbdes-2026.xlsx`), MIME types and header names (`text/plain`, `Content-Type`), zones (`Asia/Jakarta`) and
 * Excel formats (`"Rp"#,##0`) hold no words. Copy is
 * - a capitalised word (`Draf`, `Kode desa`, `Berkas kosong.`); all-capital codes (`SP`, `GK`, `KPM`) are values,
 *   not words; or
 * - two or more words one of which is in INDONESIAN_WORDS (`masih draf`, `${n} tahun ${m} bulan`).
 * A single lowercase word (`belum`, `hamil`) is indistinguishable from a stored value, and words joined by a slash
 * (`Kabupaten/Kota`) from a zone or a path, so both pass: write them in lib/i18n anyway. A developer message
 * (`new Error(…)`, `console.*(…)`) may be capitalised English; only the second rule applies to it. */
export function isCopy(text: string, developerMessage = false): boolean {
  const words = text
    .split(/\s+/)
    .map((t) => t.replace(EDGE, ""))
    .filter((t) => /^\p{L}+$/u.test(t));
  if (!developerMessage && words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return true;
  return words.length >= 2 && words.some((w) => INDONESIAN_WORDS.has(w.toLowerCase()));
}

const DEVELOPER_CALL = /^(Error|TypeError|RangeError|console\.\w+)$/;

/** String literals of code that are copy (isCopy). Not read: module specifiers, types, tagged templates
 * (sql`…`), property names, directives ("use server"), and what findInlineCopy already reads in a .tsx (JSX text
 * and children, copy props, `{ label: "…" }`). */
export function findCodeCopy(file: string, source = fs.readFileSync(file, "utf8")): InlineCopy[] {
  const tsx = file.endsWith(".tsx");
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: InlineCopy[] = [];
  const visit = (node: ts.Node, developerMessage: boolean): void => {
    if (
      ts.isImportDeclaration(node) ||
      ts.isExportDeclaration(node) ||
      ts.isTypeNode(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isTaggedTemplateExpression(node) ||
      (ts.isExpressionStatement(node) && ts.isStringLiteral(node.expression)) ||
      (ts.isCallExpression(node) && /^(import|require)$/.test(node.expression.getText(sf)))
    )
      return;
    if (
      tsx &&
      (ts.isJsxText(node) ||
        (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) ||
        (ts.isJsxAttribute(node) && COPY_PROPS.has(node.name.getText(sf))) ||
        (ts.isPropertyAssignment(node) && isCopyKey(node.name.getText(sf))))
    )
      return;
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && DEVELOPER_CALL.test(node.expression.getText(sf)))
      developerMessage = true;
    let parts: string[] = [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const p = node.parent;
      const isName =
        (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === node;
      if (!isName) parts = [node.text];
    } else if (ts.isTemplateExpression(node))
      parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
    if (parts.length && isCopy(parts.join(" ${} "), developerMessage))
      found.push({
        file,
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        text: parts.join("${…}").trim().slice(0, 80),
      });
    ts.forEachChild(node, (c) => visit(c, developerMessage));
  };
  visit(sf, false);
  return found;
}

/** Source files under `dir` with one of the extensions, without tests and declarations. */
export function sourceFiles(dir: string, extensions: readonly string[] = [".tsx"]): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p, extensions);
    if (/\.(test|d)\.tsx?$/.test(e.name)) return [];
    return extensions.some((x) => e.name.endsWith(x)) ? [p] : [];
  });
}

/** Every place copy is written outside lib/i18n: JSX of app/ and components/, other literals of app/, components/
 * and lib/. */
export function copyOutsideI18n(root: string): InlineCopy[] {
  const i18n = path.join(root, "lib", "i18n");
  const jsx = ["app", "components"].flatMap((d) => sourceFiles(path.join(root, d))).flatMap((f) => findInlineCopy(f));
  const code = ["app", "components", "lib"]
    .flatMap((d) => sourceFiles(path.join(root, d), [".ts", ".tsx"]))
    .filter((f) => !f.startsWith(i18n + path.sep))
    .flatMap((f) => findCodeCopy(f));
  return [...jsx, ...code];
}

if (process.argv[1] && /inline-copy\.ts$/.test(process.argv[1])) {
  const root = path.resolve(__dirname, "../..");
  const all = copyOutsideI18n(root);
  for (const c of all) console.log(`${path.relative(root, c.file)}:${c.line}  ${c.text}`);
  console.log(`${all.length} inline strings`);
}
