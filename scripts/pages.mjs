// A sidebar page as HtmlService serves it: src/ui/<page>.html with its script src/ui/<page>.js inlined at
// /* @page-script <page>.js */, and the shared page helpers (src/ui/page-helpers.js) inlined where the
// script says /* @page-helpers */. One file per page keeps each page self-contained (no server round trip
// for an include), while the scripts live in .js files tsc checks (src/ui/tsconfig.json) against the
// server's types. Used by the build and by the browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const HELPERS = '/* @page-helpers */';
const SCRIPT = /\/\* @page-script ([\w-]+\.js) \*\//g;

export function assemblePage(uiDir, file) {
  const read = (name) => readFileSync(join(uiDir, name), 'utf8');
  const html = read(file).replace(SCRIPT, (_, script) => read(script).trim());
  if (!html.includes(HELPERS)) return html;
  return html.replace(HELPERS, () => read('page-helpers.js').trim());
}
