// The functions Apps Script must see, read from the TypeScript source with the TypeScript 5 compiler
// API (typescript 7's native compiler has no JS API): each export of src/addon/main.ts that is a
// function, followed through re-exports, with its parameter names and its JSDoc block as written.
import ts from 'typescript';

/** esbuild plugin: refuse Node built-ins and the Node-only packages (exceljs, docx, jszip) in the add-on bundle. */
export const appsScriptOnly = {
  name: 'apps-script-only',
  setup(build) {
    build.onResolve(
      { filter: /^(node:|fs$|path$|os$|crypto$|child_process$|url$|stream$|zlib$|exceljs|docx|jszip)/ },
      (args) => ({
        errors: [{ text: `${args.path} imported by ${args.importer}: not available in Apps Script` }],
      }),
    );
  },
};

/**
 * Built-in Sheets functions a custom function must not shadow: Sheets calls its own, silently. Not the
 * whole catalogue (ours all start with ZG_, which no built-in does), but the common ones and every
 * name a short English word would suggest.
 */
export const BUILTIN_FUNCTIONS = new Set(
  `ABS ADDRESS AND ARRAYFORMULA AVERAGE AVERAGEIF AVERAGEIFS CEILING CHAR CHOOSE CLEAN COLUMN COLUMNS
  CONCAT CONCATENATE COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS COUNTUNIQUE DATE DATEDIF DATEVALUE DAY DAYS
  EDATE EOMONTH EXACT FALSE FILTER FIND FLATTEN FLOOR GOOGLEFINANCE GOOGLETRANSLATE HLOOKUP HOUR HYPERLINK
  IF IFERROR IFNA IFS IMAGE IMPORTDATA IMPORTHTML IMPORTRANGE IMPORTXML INDEX INDIRECT INT ISBLANK ISDATE
  ISERROR ISNUMBER ISTEXT JOIN LAMBDA LARGE LEFT LEN LET LOOKUP LOWER MATCH MAX MAXIFS MEDIAN MID MIN
  MINIFS MINUTE MOD MONTH NETWORKDAYS NOT NOW OFFSET OR PROPER QUERY RAND RANDBETWEEN RANK REGEXEXTRACT
  REGEXMATCH REGEXREPLACE REPLACE REPT RIGHT ROUND ROUNDDOWN ROUNDUP ROW ROWS SEARCH SECOND SEQUENCE SMALL
  SORT SORTN SPARKLINE SPLIT SQRT STDEV SUBSTITUTE SUBTOTAL SUM SUMIF SUMIFS SUMPRODUCT SWITCH TEXT TEXTJOIN
  TIME TODAY TRANSPOSE TRIM TRUE TRUNC UNIQUE UPPER VALUE VLOOKUP WEEKDAY WEEKNUM WORKDAY XLOOKUP XOR YEAR
  POINTS CHECK CREDIT STATUS`
    .split(/\s+/)
    .filter(Boolean),
);

/** The /** … *\/ block right above a declaration, as written (or ''). */
function leadingJsDoc(decl, source) {
  const text = source.getFullText();
  const ranges = ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? [];
  const docs = ranges.filter(
    (r) => r.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', r.pos),
  );
  if (docs.length === 0) return '';
  const last = docs[docs.length - 1];
  // Re-indent to column 0 so the block reads well at the top level of Code.js.
  return text
    .slice(last.pos, last.end)
    .split('\n')
    .map((line, i) => (i === 0 ? line.trim() : ` ${line.trim()}`))
    .join('\n');
}

/**
 * @param {string} entryFile path of src/addon/main.ts
 * @returns {{ name: string, params: { name: string, rest: boolean }[], jsdoc: string, custom: boolean, file: string }[]}
 */
export function readEntryPoints(entryFile) {
  const program = ts.createProgram([entryFile], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    noLib: true,
    types: [],
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  if (!source) throw new Error(`cannot read ${entryFile}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  const out = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = (target.declarations ?? []).find((d) => ts.isFunctionDeclaration(d) && d.body);
    if (!decl) continue; // constants, types and classes are not entry points
    const declSource = decl.getSourceFile();
    const params = decl.parameters.map((p, i) => ({
      name: ts.isIdentifier(p.name) ? p.name.text : `arg${i}`,
      rest: Boolean(p.dotDotDotToken),
    }));
    const jsdoc = leadingJsDoc(decl, declSource);
    out.push({
      name: exported.getName(),
      params,
      jsdoc,
      custom: /@customfunction\b/.test(jsdoc),
      file: declSource.fileName,
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Problems that would make an entry point invisible or wrong in Apps Script / Sheets. */
export function checkEntryPoints(entries) {
  const problems = [];
  for (const e of entries) {
    if (e.name.endsWith('_')) {
      problems.push(
        `${e.name}: Apps Script hides functions whose name ends in "_" (menus, sidebars and Sheets cannot call them)`,
      );
    }
    if (e.custom) {
      if (BUILTIN_FUNCTIONS.has(e.name.toUpperCase())) {
        problems.push(`${e.name}: clashes with a built-in Sheets function; Sheets would call its own`);
      }
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(e.name))
        problems.push(`${e.name}: a custom function name must be ASCII letters, digits and _`);
      for (const p of e.params) {
        if (!new RegExp(`@param\\s+(\\{[^}]*\\}\\s+)?\\[?${p.name}\\b`).test(e.jsdoc)) {
          problems.push(`${e.name}: parameter ${p.name} has no @param line (Sheets' formula help shows it)`);
        }
      }
    } else if (/^ZG_/i.test(e.name)) {
      problems.push(`${e.name}: looks like a custom function but its JSDoc lacks @customfunction`);
    }
  }
  return problems;
}

/** `function NAME(a, b) { return __AddOn.NAME(a, b); }` with the source's JSDoc above it. */
export function stub(entry, globalName) {
  const list = entry.params.map((p) => (p.rest ? `...${p.name}` : p.name)).join(', ');
  const body = `function ${entry.name}(${list}) {\n  return ${globalName}.${entry.name}(${list});\n}`;
  return entry.jsdoc ? `${entry.jsdoc}\n${body}` : body;
}

/**
 * Re-indent esbuild's output with tabs instead of two spaces (same text, fewer bytes), leaving the
 * inside of template literals alone: their line starts are string content.
 */
export function retab(code) {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const literal = [];
  const visit = (node) => {
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      literal.push([node.getStart(file), node.end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  literal.sort((a, b) => a[0] - b[0]);
  let i = 0;
  return code.replace(/^(?: {2})+/gm, (m, offset) => {
    while (i < literal.length && literal[i][1] <= offset) i++;
    const inside = i < literal.length && literal[i][0] < offset && offset < literal[i][1];
    return inside ? m : '\t'.repeat(m.length / 2);
  });
}
