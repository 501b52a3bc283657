// A sidebar page as HtmlService serves it: src/ui/<page>.html with the shared page helpers inlined at
// /* @page-helpers */. One file per page keeps each page self-contained (no server round trip for an
// include), while the helpers are written once. Used by the build and by the browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = '/* @page-helpers */';

export function assemblePage(uiDir, file) {
  const html = readFileSync(join(uiDir, file), 'utf8');
  if (!html.includes(MARKER)) return html;
  return html.replace(MARKER, () => readFileSync(join(uiDir, 'page-helpers.js'), 'utf8').trim());
}
