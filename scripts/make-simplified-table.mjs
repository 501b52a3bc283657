// Generates the traditional → simplified table of src/core/simplified.ts from OpenCC's data (npm opencc-js,
// a devDependency): each code point of U+3400–U+9FFF and U+F900–U+FAFF through its t → cn converter, keeping
// the characters that change to one other character of the same planes' range (BMP). No phrases: the ledger's
// keys fold character by character. `node scripts/make-simplified-table.mjs` rewrites the table in place;
// test/core/simplified.test.ts regenerates it and compares, so the committed table is checked against its source.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const RANGES = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
];

/** The table: traditional and simplified characters in pairs, in code point order (T1S1T2S2…). */
export function simplifiedPairs() {
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  let pairs = '';
  for (const [from, to] of RANGES) {
    for (let c = from; c <= to; c++) {
      const t = String.fromCharCode(c);
      let s = toSimplified(t);
      // 薴 → 苧 → 苎: the fold is idempotent, so a character's simplified form is followed to its end.
      for (let next = toSimplified(s); next !== s && next.length === 1; next = toSimplified(s)) s = next;
      if (s !== t && s.length === 1 && !(s.charCodeAt(0) >= 0xd800 && s.charCodeAt(0) <= 0xdfff))
        pairs += t + s;
    }
  }
  return pairs;
}

export const TABLE_FILE = fileURLToPath(new URL('../src/core/simplified.ts', import.meta.url));
const LINE = /^const PAIRS =\n? *'[^']*';$/m;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = readFileSync(TABLE_FILE, 'utf8');
  if (!LINE.test(source)) throw new Error(`no "const PAIRS = '…';" line in ${TABLE_FILE}`);
  const pairs = simplifiedPairs();
  writeFileSync(TABLE_FILE, source.replace(LINE, `const PAIRS =\n  '${pairs}';`));
  console.log(`${pairs.length / 2} pairs written to ${TABLE_FILE}`);
}
